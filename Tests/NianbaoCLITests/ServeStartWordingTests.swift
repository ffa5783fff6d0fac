import Foundation
import ReportFixtures
import SyncServer
import Testing

@testable import NianbaoCLI

/// A county that followed the README served on 127.0.0.1 only: every township's pull said 对方没有响应, and neither
/// side was told why; the server's start line gave no hint (user review ux98, finding C). A second `serve` on a port
/// already taken said `bind(descriptor:ptr:bytes:): Address already in use) (errno: 98)` and no next step (finding F).
@Suite struct ServeStartWordingTests {
    @Test func aServerOnLoopbackSaysOnlyThisComputerReachesItAndATakenPortSaysWhatToDo() async throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try workspace.run(["init", "--node", "县政务公开办"])
        let server = try workspace.start(["serve", "--port", "0"])
        defer { _ = server.kill() }
        let port = try #require(await server.servingPort(), "the server did not start: \(server.currentStderr)")
        #expect(
            server.currentStderr.contains(
                "注意：现在只有本机能打开（127.0.0.1），乡镇和其他电脑连不上。要让它们连接，请停止后加 --host 0.0.0.0"),
            "\(server.currentStderr)")
        #expect(server.currentStderr.contains("nianbao serve --host 0.0.0.0 --port \(port)"))

        let second = try workspace.run(["serve", "--port", "\(port)"])

        #expect(second.status != 0)
        #expect(
            second.stderr.contains(
                "端口 \(port) 已被占用（可能 nianbao serve 已经在另一个窗口里运行）：请先停止它，或用 --port 换一个端口。"),
            "\(second.stderr)")
        #expect(!second.stderr.contains("errno"))
    }

    /// On every address, the start line names where the townships connect (a test server listens on 127.0.0.1 only:
    /// the words are checked here).
    @Test func aServerOnEveryAddressSaysWhereOthersConnect() {
        #expect(
            ServeMessage.reachAt(port: 8080, addresses: ["10.1.2.3"]).text
                == "乡镇和其他电脑用 http://10.1.2.3:8080 连接（网页也是这个地址；乡镇：nianbao remote add county "
                + "http://10.1.2.3:8080 --token 令牌）。")
        #expect(ServerAddresses.isLoopback("127.0.0.1") && ServerAddresses.isLoopback("localhost"))
        #expect(ServerAddresses.isEveryAddress("0.0.0.0") && !ServerAddresses.isLoopback("0.0.0.0"))
        #expect(ServerAddresses.ofThisComputer().allSatisfy { !$0.hasPrefix("127.") })
    }
}

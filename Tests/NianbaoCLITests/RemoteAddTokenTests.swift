import Foundation
import ReportFixtures
import Testing

/// A first `nianbao remote add` tries the token at once (rv117 M8: a mistyped token was added with
/// `远程节点 county 的地址是 …`, exit 0, and the clerk learnt of the typo at the first pull): taken, it says what the
/// token may do, by the office's name; refused, the remote is not added; a remote that does not answer is added with
/// a warning that the token was not tried.
@Suite struct RemoteAddTokenTests {
    @Test func aNewRemotesTokenIsTriedWhenTheRemoteAnswers() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        let another = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
            another.remove()
        }
        try township.run(["init", "--node", "常张乡"])
        try another.run(["init", "--node", "常张乡新电脑"])
        try await county.serveCounty(to: township) { port in
            let url = "http://127.0.0.1:\(port)"
            // A mistyped token: refused, exit non-zero, no remote added
            let wrong = try await another.runServed(["remote", "add", "county", url, "--token", "nbt_mistyped"])
            #expect(wrong.status != 0)
            #expect(wrong.stderr.contains("没有添加远程节点 county，什么也没有改动"), "\(wrong.stderr)")
            #expect(wrong.stderr.contains("不接受这个令牌"))
            #expect(try await another.runServed(["remote", "list"]).stdout.contains("没有远程节点"))
            // The token the county issued: added, and what it may do said by the office's name
            let issued = try await county.runServed(["token", "create", "--agency", "changzhang", "--format", "json"])
            let secret = try #require(try issued.json()["token"] as? String)
            let added = try await another.runServed(["remote", "add", "county", url, "--token", secret])
            #expect(added.status == 0, "\(added.stderr)")
            #expect(added.stdout.contains("远程节点 county 的地址是 \(url)。"))
            #expect(added.stdout.contains("令牌已确认：可读写 常张乡人民政府 的报告"), "\(added.stdout)")
        }
        // A remote that does not answer: added, with a warning that the token was not tried
        let offline = try await another.runServed(
            ["remote", "add", "town", "http://127.0.0.1:1", "--token", "nbt_untried"])
        #expect(offline.status == 0, "\(offline.stderr)")
        #expect(offline.stderr.contains("令牌没有试过"), "\(offline.stderr)")
        #expect(try await another.runServed(["remote", "list"]).stdout.contains("town\thttp://127.0.0.1:1"))
    }
}

import Foundation
import Testing

/// A county node and two computers of one township: the first commits changzhang/2024 and pushes, the second pulls
/// it with a token of its own; then the county and both computers each change table 3's first cell of that version
/// (to 4, 3 and 6), and the first computer pushes its edit. The second computer's push meets the county's edit and
/// the first computer's second head. The scene of the tests of second heads.
struct TwoComputersScene {
    let county: CLIWorkspace
    let first: CLIWorkspace
    let second: CLIWorkspace
    /// The county's address on the loopback interface.
    let port: Int

    /// `--agency changzhang --year 2024`.
    static let report = ["--agency", "changzhang", "--year", "2024"]

    /// Sets the scene, with both computers' nodes named `node`, runs `body` while the county serves, then removes
    /// the three workspaces.
    static func play(
        node: String, _ body: @escaping @Sendable (TwoComputersScene) async throws -> Void
    ) async throws {
        let county = try CLIWorkspace()
        let first = try CLIWorkspace()
        let second = try CLIWorkspace()
        defer {
            county.remove()
            first.remove()
            second.remove()
        }
        try first.run(["init", "--node", node])
        try first.run(["commit", try first.writeSample("v1.txt")] + report)
        try second.run(["init", "--node", node])
        try await county.serveCounty(to: first) { port in
            #expect(try await first.runServed(["push"]).status == 0)
            let token = try await county.runServed(
                ["token", "create", "--agency", "changzhang", "--label", "常张乡第二台", "--json"]
            ).json()
            let secret = try #require(token["token"] as? String)
            try await second.runServed(["remote", "add", "county", "http://127.0.0.1:\(port)", "--token", secret])
            #expect(try await second.runServed(["pull"]).status == 0)
            try await county.runServed(["commit", try county.writeSample("c.txt", table3Cell: "4")] + report)
            try await first.runServed(["commit", try first.writeSample("a.txt", table3Cell: "3")] + report)
            try await second.runServed(["commit", try second.writeSample("b.txt", table3Cell: "6")] + report)
            _ = try await first.runServed(["push"])
            try await body(TwoComputersScene(county: county, first: first, second: second, port: port))
        }
    }
}

import Foundation
import Testing

/// `token create` and `token list` say what a token may do: a viewer's token (只读查看) read `可用于 全部报告` like a
/// reviewer's, though it reads and never writes (user review rv117, M6).
@Suite struct TokenReachWordingTests {
    @Test func aViewersTokenSaysItOnlyReads() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try #require(workspace.run(["init", "--node", "县政务公开办"]).status == 0)
        for (name, role) in [("赵主任", "viewer"), ("王审核", "reviewer")] {
            let added = try UserCommandTests.run(
                ["user", "add", name, "--role", role, "--password-stdin"], input: "pw-\(role)-2024", in: workspace)
            try #require(added.status == 0, "\(added.stderr)")
        }

        // When each gets a token for every report
        let viewer = try workspace.run(["token", "create", "--all", "--label", "查看", "--owner", "赵主任"])
        let reviewer = try workspace.run(["token", "create", "--all", "--label", "审核", "--owner", "王审核"])

        // Then the viewer's reads 只读, the reviewer's 可用于, when issued and in the list
        #expect(viewer.stderr.contains("（查看，只读：全部报告）"), "\(viewer.stderr)")
        #expect(reviewer.stderr.contains("（审核，可用于 全部报告）"), "\(reviewer.stderr)")
        let lines = try workspace.run(["token", "list"]).stdout.split(separator: "\n")
        let viewerLine = try #require(lines.first { $0.contains("\t查看\t") })
        let reviewerLine = try #require(lines.first { $0.contains("\t审核\t") })
        #expect(viewerLine.contains("\t只读：全部报告\t") && !viewerLine.contains("可用于"), "\(viewerLine)")
        #expect(reviewerLine.contains("\t可用于 全部报告\t"), "\(reviewerLine)")
        let english = try workspace.run(["token", "list", "--lang", "en"]).stdout
        #expect(english.contains("\tread only: every report\t"), "\(english)")
        #expect(english.contains("\treaches every report\t"), "\(english)")
    }
}

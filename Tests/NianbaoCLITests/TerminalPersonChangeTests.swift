import Foundation
import ReportFixtures
import ReportParser
import Testing

/// `commit`, `restore` and `merge` at the terminal hold a person of the node named as the author to her role and
/// reach, as `comment`, `decide` and `mark` do: a clerk of 大庄乡 named as the author committed to 常张乡's report at
/// the county's terminal, recorded under her name (rv113 F8). Another agency's report is answered exactly as one
/// that is not there.
@Suite struct TerminalPersonChangeTests {
    /// The county's terminal: 常张乡's report (第 1 版), 大庄乡 registered, 赵六 a clerk of 大庄乡 and 观察员 a viewer; and
    /// a changed copy of the report, which would be its 第 2 版.
    static func county() throws -> (CLIWorkspace, URL) {
        let (workspace, first) = try GuardTests.workspace()
        #expect(try workspace.run(["commit", first.path, "--agency", "changzhang", "--year", "2024"]).status == 0)
        let file = workspace.folder.path("changed.txt")
        try Data(ReportText.render(SampleReport.make(paragraphs: 4)).utf8).write(to: file)
        #expect(try workspace.run(["agency", "add", "dazhuang", "--name", "大庄乡人民政府"]).status == 0)
        for arguments in [["赵六", "--role", "clerk", "--agency", "dazhuang"], ["观察员", "--role", "viewer"]] {
            let added = try UserCommandTests.run(
                ["user", "add"] + arguments + ["--password-stdin"], input: "pw-\(arguments[2])-2024", in: workspace)
            #expect(added.status == 0, "\(added.stderr)")
        }
        return (workspace, file)
    }

    /// The versions of 常张乡's report and who made them.
    static func versions(in workspace: CLIWorkspace) throws -> [String] {
        let log = try workspace.run(["log", "changzhang/2024", "--format", "json"]).json()
        return (log["revisions"] as? [[String: Any]] ?? []).compactMap { $0["author"] as? String }
    }

    @Test func aClerkOfAnotherAgencyChangesNothingThereAndIsToldItIsNotThere() throws {
        let (workspace, file) = try Self.county()
        defer { workspace.remove() }
        // Each command on 常张乡's report, and on a report no one has: the same refusal, but for the name
        let pairs: [([String], [String])] = [
            (
                ["commit", file.path, "--agency", "changzhang", "--year", "2024", "--force"],
                ["commit", file.path, "--agency", "xiaozhuang", "--year", "2024", "--force"]
            ),
            (
                ["commit", file.path, "--agency", "常张乡", "--year", "2024", "--force"],
                ["commit", file.path, "--agency", "小庄乡", "--year", "2024", "--force"]
            ),
            (["restore", "changzhang/2024#1"], ["restore", "xiaozhuang/2024#1"]),
            (["merge", "changzhang/2024", "--take", "ours"], ["merge", "xiaozhuang/2024", "--take", "ours"]),
            (["mark", "changzhang/2024", "submitted"], ["mark", "xiaozhuang/2024", "submitted"]),
        ]
        for (there, nowhere) in pairs {
            let refused = try workspace.run(there + ["--author", "赵六"])
            let missing = try workspace.run(nowhere + ["--author", "赵六"])
            #expect(refused.status != 0, "\(there): \(refused.stdout)")
            #expect(refused.status == missing.status, "\(there)")
            #expect(!refused.stderr.isEmpty)
            #expect(
                refused.stderr
                    == missing.stderr.replacingOccurrences(of: "xiaozhuang", with: "changzhang")
                    .replacingOccurrences(of: "小庄乡", with: "常张乡"),
                "\(there): \(refused.stderr) / \(missing.stderr)")
        }
        // Nothing changed at 常张乡, and nothing under her name
        #expect(try Self.versions(in: workspace) == [try #require(try Self.versions(in: workspace).first)])
        #expect(!(try workspace.run(["reports"]).stdout.contains("已报送")))
        // Her own agency's report she commits, recorded under her name
        let own = try workspace.run(
            ["commit", file.path, "--agency", "dazhuang", "--year", "2024", "--force", "--author", "赵六"])
        #expect(own.status == 0, "\(own.stderr)")
        let log = try workspace.run(["log", "dazhuang/2024"])
        #expect(log.stdout.contains("赵六"), "\(log.stdout)")
    }

    /// Her name typed with a space inside is hers: `赵　六` acted as the administrator under a name that reads as
    /// 赵六's (rv114 F7).
    @Test func herNameWithASpaceInsideIsHers() throws {
        let (workspace, file) = try Self.county()
        defer { workspace.remove() }
        let before = try Self.versions(in: workspace)
        let arguments = ["commit", file.path, "--agency", "changzhang", "--year", "2024", "--force"]
        let refused = try workspace.run(arguments + ["--author", "赵　六"])
        let plain = try workspace.run(arguments + ["--author", "赵六"])
        #expect(refused.status != 0 && refused.stderr == plain.stderr, "\(refused.stderr)")
        #expect(try Self.versions(in: workspace) == before)
        let own = try workspace.run(
            ["commit", file.path, "--agency", "dazhuang", "--year", "2024", "--force", "--author", "赵 六"])
        #expect(own.status == 0, "\(own.stderr)")
        #expect(try workspace.run(["log", "dazhuang/2024"]).stdout.contains("赵六"))
    }

    @Test func aViewerNamedAtTheTerminalChangesNoReport() throws {
        let (workspace, file) = try Self.county()
        defer { workspace.remove() }
        let before = try Self.versions(in: workspace)
        for arguments in [
            ["commit", file.path, "--agency", "changzhang", "--year", "2024", "--force"],
            ["restore", "changzhang/2024#1"],
            ["merge", "changzhang/2024", "--take", "ours"],
        ] {
            let refused = try workspace.run(arguments + ["--author", "观察员"])
            #expect(refused.status != 0, "\(arguments)")
            #expect(
                refused.stderr.contains("“观察员”是本节点的用户（只读查看），不能修改报告"), "\(arguments): \(refused.stderr)")
        }
        #expect(try Self.versions(in: workspace) == before)
    }
}

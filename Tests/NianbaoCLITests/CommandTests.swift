import ArgumentParser
import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import Testing

@testable import NianbaoCLI

/// The repository commands as a person runs them: output, JSON shapes, exit codes, and bad input.
@Suite(.serialized) struct CommandTests {
    @Test func argumentsParseIntoTheRightCommands() throws {
        let commit = try Nianbao.parseAsRoot([
            "commit", "a.txt", "--agency", "changzhang", "--year", "2024", "-m", "初稿",
        ])
        let parsed = try #require(commit as? Nianbao.Commit)
        #expect(parsed.agency == "changzhang")
        #expect(parsed.message == "初稿")
        #expect(try Nianbao.parseAsRoot(["mark", "changzhang/2024", "published"]) is Nianbao.MarkCommand)
        #expect(throws: (any Error).self) { try Nianbao.parseAsRoot(["mark", "changzhang/2024", "approved"]) }
        #expect(throws: (any Error).self) { try Nianbao.parseAsRoot(["commit", "a.txt", "--year", "2024"]) }
    }

    /// A pull of large originals is counted in megabytes, not in thousands of kilobytes.
    @Test func transferSizesAreInTheUnitAPersonReads() {
        #expect(RevisionText.bytes(812) == "812 B")
        #expect(RevisionText.bytes(1_250) == "1.2 KB")
        #expect(RevisionText.bytes(25_221_427) == "24.1 MB")
    }

    @Test func anOfficeWritingOnItsOwnNodeIsNamedOnceInLogAndShow() {
        func entry(author: String, node: String) -> String {
            let revision = Revision(
                RevisionContent(
                    report: ReportKey(agency: "changzhang", year: 2024), root: ObjectID.hashing(Data("r".utf8)),
                    parents: [], author: author, node: node, time: Date(timeIntervalSince1970: 1_736_310_000),
                    message: "初稿"))
            return RevisionText.entry(
                revision, message: ShownMessage(revision),
                reportName: { ReportNames.name(of: $0, agencyName: "常张乡人民政府") }, generation: 1)
        }
        let office = entry(author: "县政务公开办", node: "县政务公开办")
        let person = entry(author: "李明", node: "常张乡")
        #expect(office.contains("\n作者：县政务公开办\n") || office.contains("\nAuthor:  县政务公开办\n"), "\(office)")
        #expect(person.contains("作者：李明（节点 常张乡）") || person.contains("Author:  李明 on 常张乡"), "\(person)")
    }

    /// A slip undone at the terminal: `restore` makes 第 1 版's text the draft again as 第 3 版, says so, and writes the
    /// audit line; restoring the draft's own text commits nothing.
    @Test func anEarlierVersionIsRestored() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let file = workspace.folder.path("changzhang.txt")
        let report = SampleReport.make()
        try Data(ReportText.render(report).utf8).write(to: file)
        #expect(try workspace.run(["init", "--node", "常张乡"]).status == 0)
        #expect(try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"]).status == 0)
        try Data(ReportText.render(SampleReport.settingTable3Cell(of: report, index: 2, to: "5")).utf8).write(to: file)
        #expect(try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"]).status == 0)
        let restored = try workspace.run(["restore", "changzhang/2024~1"])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.hasPrefix("已把 常张乡人民政府 2024 年度报告 恢复为第 1 版的内容：第 3 版"), "\(restored.stdout)")
        #expect(try workspace.run(["export", "changzhang/2024"]).stdout == ReportText.render(report))
        let audit = try #require(
            try workspace.run(["audit", "--format", "json"]).json()["entries"] as? [[String: Any]])
        #expect(audit.first?["action"] as? String == "restore")
        #expect(audit.first?["detail"] as? String == "命令行恢复为第 1 版")
        let again = try workspace.run(["restore", "changzhang/2024", "--json"])
        #expect(try again.json()["status"] as? String == "unchanged")
    }

    @Test func aDayOfWorkThroughTheCommandLine() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let file = workspace.folder.path("changzhang.txt")
        let report = SampleReport.make()
        try Data(ReportText.render(report).utf8).write(to: file)
        // init, commit, commit again (unchanged), edit and commit, mark, list, show, export, fsck
        let created = try workspace.run(["init", "--node", "township", "--format", "json"])
        #expect(try created.json()["node"] as? String == "township")
        let first = try workspace.run([
            "commit", file.path, "--agency", "changzhang", "--year", "2024", "-m", "初稿", "--json",
        ])
        #expect(try first.json()["status"] as? String == "committed")
        let again = try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"])
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("没有改动"))
        try Data(ReportText.render(SampleReport.settingTable3Cell(of: report, index: 2, to: "5")).utf8).write(to: file)
        let second = try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024", "--json"])
        let revision = try #require(try second.json()["revision"] as? [String: Any])
        #expect(revision["author"] as? String == "测试员")
        #expect(revision["node"] as? String == "township")
        // An old revision is not submitted: the draft is (user review rv103, F10)
        let old = try workspace.run(["mark", "changzhang/2024~1", "submitted"])
        #expect(old.status != 0)
        #expect(old.stderr.contains("第 1 版是旧修订，当前草稿是第 2 版"), "\(old.stderr)")
        #expect(try workspace.run(["mark", "changzhang/2024", "submitted"]).status == 0)
        // The commits and the mark are in the audit log by the author; the unchanged commit is not.
        let audit = try workspace.run(["audit", "--format", "json"])
        let entries = try #require(try audit.json()["entries"] as? [[String: Any]])
        #expect(entries.compactMap { $0["action"] as? String } == ["mark", "commit", "commit"])
        #expect(entries.allSatisfy { $0["person"] as? String == "测试员" })
        #expect((entries.first?["detail"] as? String)?.contains("已报送") == true)
        let reports = try workspace.run(["reports", "--json"])
        let list = try #require(try reports.json()["reports"] as? [[String: Any]])
        #expect(list.count == 1)
        #expect(list.first?["agencyName"] as? String == "常张乡人民政府")
        #expect(list.first?["published"] is NSNull)
        let show = try workspace.run(["show", "changzhang/2024", "--json"])
        #expect(try show.json()["refs"] as? [String] == ["draft", "submitted"])
        let export = try workspace.run(["export", "changzhang/2024~1"])
        #expect(export.stdout == ReportText.render(report))
        #expect(try workspace.run(["fsck"]).stdout.contains("没有问题"))
    }

    @Test func badInputGetsAClearErrorAndLeavesTheStoreAsItWas() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        // A repository that does not exist: an error, and no file is made
        let missing = try workspace.run(["reports"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("没有 nianbao 仓库"))
        #expect(!FileManager.default.fileExists(atPath: workspace.repository))
        // A store with one report
        #expect(try workspace.run(["init"]).status == 0)
        let file = workspace.folder.path("report.txt")
        try Data(ReportText.render(SampleReport.make()).utf8).write(to: file)
        #expect(try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: workspace.repository))
        let notes = workspace.folder.path("notes.txt")
        try Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 1, 2]).write(to: notes)
        let cases: [([String], String)] = [
            (["commit", notes.path, "--agency", "changzhang", "--year", "2024"], "文件是压缩包"),
            (["commit", workspace.folder.path("none.txt").path, "--agency", "changzhang", "--year", "2024"], "无法读取"),
            (["log", "dazhuang/2024"], "仓库里没有 dazhuang 2024 年度报告"),
            (["show", "0000ffff"], "没有以 0000ffff 开头的修订号"),
            (["import", workspace.folder.path("nowhere").path], "没有文件夹"),
        ]
        for (arguments, message) in cases {
            let result = try workspace.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        // A --repo that names no repository: an error, and no file is made
        let other = workspace.folder.path("other.sqlite").path
        let elsewhere = try NianbaoProcess.run(
            ["mark", "changzhang/2024", "published", "--repo", other], in: workspace.folder.url,
            scratch: workspace.scratch)
        #expect(elsewhere.status == 1)
        #expect(elsewhere.stderr.contains("\(other) 没有 nianbao 仓库"))
        #expect(!FileManager.default.fileExists(atPath: other))
        // Nothing above even opened the file for writing: it is byte for byte as it was
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.repository)) == before)
        // Marking a revision that does not exist opens it for writing but changes nothing in it
        let reports = try workspace.run(["reports", "--json"]).stdout
        let unknown = try workspace.run(["mark", "dazhuang/2024", "published"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("仓库里没有 dazhuang 2024 年度报告"))
        #expect(try workspace.run(["reports", "--json"]).stdout == reports)
        #expect(try workspace.run(["fsck"]).status == 0)
    }
}

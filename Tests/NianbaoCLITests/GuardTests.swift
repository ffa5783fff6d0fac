import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// The guards a user relies on, as a person meets them at the command line: who makes a commit, the wrong report,
/// and what may be published.
@Suite struct GuardTests {
    /// A workspace with a repository and 常张乡's sample report as `changzhang.txt`.
    static func workspace() throws -> (CLIWorkspace, URL) {
        let workspace = try CLIWorkspace()
        #expect(try workspace.run(["init", "--node", "county"]).status == 0)
        let file = workspace.folder.path("changzhang.txt")
        try Data(ReportText.render(SampleReport.make()).utf8).write(to: file)
        return (workspace, file)
    }

    @Test func withoutAnAuthorNothingIsCommittedAndTheMessageSaysHow() throws {
        let (workspace, file) = try Self.workspace()
        defer { workspace.remove() }
        let nobody: [String: String?] = ["NIANBAO_AUTHOR": nil, "LOGNAME": "someone", "USER": "someone"]
        let (folder, _) = try workspace.writeReports("batch", count: 1)
        for arguments in [
            ["commit", file.path, "--agency", "changzhang", "--year", "2024"], ["import", folder.path],
        ] {
            let refused = try workspace.run(arguments, environment: nobody)
            #expect(refused.status == 1, "\(arguments)")
            #expect(refused.stderr.contains("还没有设置作者"), "\(arguments): \(refused.stderr)")
            #expect(refused.stderr.contains("nianbao config author"), "\(arguments)")
        }
        #expect((try workspace.run(["reports", "--format", "json"]).json()["reports"] as? [Any])?.isEmpty == true)
        #expect(try workspace.run(["log", "changzhang/2024"]).status == 1)
        // `config author` records one in the repository; then commit and mark use it, never the login name
        #expect(try workspace.run(["config", "author"], environment: nobody).status == 1)
        #expect(try workspace.run(["config", "author", "张三"], environment: nobody).status == 0)
        #expect(try workspace.run(["config", "author"], environment: nobody).stdout == "张三\n")
        let commit = try workspace.run(
            ["commit", file.path, "--agency", "changzhang", "--year", "2024", "--format", "json"],
            environment: nobody)
        #expect(try (commit.json()["revision"] as? [String: Any])?["author"] as? String == "张三")
        #expect(try workspace.run(["mark", "changzhang/2024", "submitted"], environment: nobody).status == 0)
        // $NIANBAO_AUTHOR and --author come before the repository's
        let edited = SampleReport.rewritingParagraph(of: SampleReport.make(), index: 0, to: "2024年，常张乡改了一句话。")
        try Data(ReportText.render(edited).utf8).write(to: file)
        let byEnvironment = try workspace.run(
            ["commit", file.path, "--agency", "changzhang", "--year", "2024", "--format", "json"])
        #expect(try (byEnvironment.json()["revision"] as? [String: Any])?["author"] as? String == NianbaoProcess.author)
        #expect(try workspace.run(["config", "author", "--unset"]).status == 0)
        #expect(
            try workspace.run(["mark", "changzhang/2024", "submitted"], environment: nobody).stderr.contains("还没有设置作者"))
    }

    @Test func theWrongReportIsRefusedUnlessForced() throws {
        let (workspace, file) = try Self.workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"]).status == 0)
        let head = try workspace.run(["log", "changzhang/2024", "--format", "json"]).stdout
        let other = workspace.folder.path("yangshan.txt")
        try Data(ReportText.render(SampleReport.make(agency: "金乡县羊山镇人民政府")).utf8).write(to: other)
        // Another agency's report as changzhang/2024: exit 1, both named, the draft untouched
        let refused = try workspace.run(["commit", other.path, "--agency", "changzhang", "--year", "2024"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains("这份报告是 金乡县羊山镇人民政府 2024 年的，不是 changzhang/2024（常张乡人民政府）"),
            "\(refused.stderr)")
        #expect(try workspace.run(["log", "changzhang/2024", "--format", "json"]).stdout == head)
        // Last year's report as this year's: refused too
        let lastYear = workspace.folder.path("2023.txt")
        try Data(ReportText.render(SampleReport.make(year: 2023)).utf8).write(to: lastYear)
        let wrongYear = try workspace.run(["commit", lastYear.path, "--agency", "changzhang", "--year", "2024"])
        #expect(wrongYear.status == 1)
        #expect(wrongYear.stderr.contains("这份报告是 常张乡人民政府 2023 年的，不是 changzhang/2024"))
        // --force commits it and the message says so
        let forced = try workspace.run(
            [
                "commit", other.path, "--agency", "changzhang", "--year", "2024", "-m", "换稿", "--force", "--format",
                "json",
            ])
        #expect(forced.status == 0)
        let message = try (forced.json()["revision"] as? [String: Any])?["message"] as? String
        #expect(message?.hasPrefix("换稿\n\n（强制提交：这份报告是 金乡县羊山镇人民政府 2024 年的") == true)
    }

    @Test func aFileThatIsNoReportLeavesTheRepositoryByteForByte() throws {
        // `commit` reads the file while it opens the repository: a file's error still comes first and writes nothing.
        let (workspace, file) = try Self.workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: workspace.repository))
        let notes = workspace.folder.path("notes.txt")
        try Data("会议记录\n".utf8).write(to: notes)
        let missing = workspace.folder.path("missing.txt")
        for path in [notes.path, missing.path] {
            let refused = try workspace.run(["commit", path, "--agency", "changzhang", "--year", "2024"])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains(path), "\(refused.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.repository)) == before)
        // With no repository either, the file is still what the message is about.
        let nowhere = try NianbaoProcess.run(
            [
                "commit", notes.path, "--agency", "changzhang", "--year", "2024", "--repo",
                workspace.folder.path("none").path,
            ],
            in: workspace.folder.url, scratch: workspace.scratch)
        #expect(nowhere.status == 1)
        #expect(nowhere.stderr.contains(notes.path), "\(nowhere.stderr)")
    }

    @Test func publishingNeedsTheSubmittedRevisionOrAReasonShownEverywhere() throws {
        let (workspace, file) = try Self.workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"]).status == 0)
        // Not submitted: refused, saying why and how to override
        let refused = try workspace.run(["mark", "changzhang/2024", "published"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("这份报告还没有报送"))
        #expect(refused.stderr.contains("--force --reason"))
        #expect(try workspace.run(["mark", "changzhang/2024", "published", "--force"]).status != 0)
        // A return needs its comment; then it is a REF, and listed with its comment
        #expect(try workspace.run(["mark", "changzhang/2024", "returned"]).stderr.contains("退回意见"))
        #expect(try workspace.run(["mark", "changzhang/2024", "returned", "--comment", "请核对表三"]).status == 0)
        #expect(try workspace.run(["show", "changzhang/2024@returned"]).stdout.contains("标记：已退回 退回意见：请核对表三"))
        let reports = try workspace.run(["reports"]).stdout
        #expect(reports.contains("  已退回  "))
        #expect(reports.contains("常张乡人民政府 2024 年度报告  已退回 退回意见：请核对表三"))
        // Forced with a reason: published, and the reason is beside the mark in reports, show and log
        let forced = try workspace.run(
            ["mark", "changzhang/2024", "published", "--force", "--reason", "县政府已审定", "--format", "json"])
        #expect(try forced.json()["forced"] as? Bool == true)
        for arguments in [["reports"], ["show", "changzhang/2024"], ["log", "changzhang/2024"]] {
            #expect(
                try workspace.run(arguments).stdout.contains("已公开（强制） 强制理由：县政府已审定"), "\(arguments)")
        }
    }

    @Test func initHonoursTheRepositoryOfTheEnvironment() throws {
        let folder = try TemporaryDirectory(prefix: "nianbao-init")
        defer { folder.remove() }
        let scratch = folder.path("scratch")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let target = folder.path("elsewhere.sqlite").path
        let created = try NianbaoProcess.run(
            ["init", "--format", "json"], in: folder.url, scratch: scratch, environment: ["NIANBAO_REPO": target])
        #expect(created.status == 0)
        #expect(try created.json()["repository"] as? String == target)
        #expect(FileManager.default.fileExists(atPath: target))
        #expect(!FileManager.default.fileExists(atPath: folder.path(".nianbao").path))
    }
}

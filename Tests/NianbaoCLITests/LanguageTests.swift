import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// The command line speaks Chinese unless asked for English (`--lang en`, `NIANBAO_LANG=en`), and shows times in
/// Beijing time unless `TZ` names another zone; its JSON does not change with either.
@Suite struct LanguageTests {
    static let english: [String: String?] = ["NIANBAO_LANG": "en"]

    @Test func helpIsChineseByDefaultAndEnglishOnRequest() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let chinese = try workspace.runOnFiles(["--help"]).stdout
        #expect(chinese.contains("比较两份报告"))
        #expect(chinese.contains("给报告的一个修订加标记"))
        #expect(!chinese.contains("Compare two reports"))
        let diffHelp = try workspace.runOnFiles(["diff", "--help"]).stdout
        #expect(diffHelp.contains("较早的报告"))
        for arguments in [["--lang", "en", "--help"], ["--lang=en", "--help"], ["--help", "--lang", "en"]] {
            let english = try workspace.runOnFiles(arguments).stdout
            #expect(english.contains("Compare two reports"), "\(arguments)")
            #expect(!english.contains("比较两份报告"), "\(arguments)")
        }
        let byVariable = try NianbaoProcess.run(
            ["diff", "--help"], in: workspace.folder.url, scratch: workspace.scratch, environment: Self.english)
        #expect(byVariable.stdout.contains("The older report"))
    }

    @Test func messagesErrorsAndMarksSpeakTheChosenLanguage() throws {
        let (workspace, file) = try GuardTests.workspace()
        defer { workspace.remove() }
        let committed = try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"])
        #expect(committed.stdout.hasPrefix("已提交 changzhang/2024，修订 "), "\(committed.stdout)")
        let again = try workspace.run(
            ["commit", file.path, "--agency", "changzhang", "--year", "2024"], environment: Self.english)
        #expect(again.stdout.hasPrefix("Unchanged: changzhang/2024 is already at "), "\(again.stdout)")
        let marked = try workspace.run(["mark", "changzhang/2024", "submitted"])
        #expect(marked.stdout.contains("标记为“已报送”"), "\(marked.stdout)")
        #expect(!marked.stdout.contains("submitted"))
        let reports = try workspace.run(["reports"]).stdout
        #expect(reports.contains("已报送") && reports.contains("状态"))
        #expect(try workspace.run(["reports", "--lang", "en"]).stdout.contains("STATUS"))
        let unknown = try workspace.run(["log", "dazhuang/2024"])
        #expect(unknown.stderr.hasPrefix("错误：仓库里没有报告 dazhuang/2024"), "\(unknown.stderr)")
        let unknownInEnglish = try workspace.run(["log", "dazhuang/2024", "--lang", "en"])
        #expect(unknownInEnglish.stderr.hasPrefix("Error: The repository has no report dazhuang/2024"))
        let invalid = try workspace.run(["mark", "changzhang/2024", "submitted", "--reason", "x"])
        #expect(invalid.stderr.contains("错误：--reason 只和 --force 一起用。"), "\(invalid.stderr)")
        // JSON keeps the documented values whatever the language
        let json = try workspace.run(["mark", "changzhang/2024", "submitted", "--format", "json"]).json()
        #expect(json["mark"] as? String == "submitted")
    }

    @Test func timesAreBeijingTimeUnlessTZSaysOtherwise() throws {
        let (workspace, file) = try GuardTests.workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["commit", file.path, "--agency", "changzhang", "--year", "2024"]).status == 0)
        let log = try workspace.run(["log", "changzhang/2024", "--format", "json"]).json()
        let revision = try #require((log["revisions"] as? [[String: Any]])?.first)
        let stamp = try #require(revision["time"] as? String)
        #expect(stamp.hasSuffix("Z"), "JSON keeps UTC: \(stamp)")
        let time = try #require(ISO8601DateFormatter().date(from: stamp))
        let beijing = DateFormatter()
        beijing.locale = Locale(identifier: "en_US_POSIX")
        beijing.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        beijing.dateFormat = "yyyy-MM-dd HH:mm"
        let text = try workspace.run(["log", "changzhang/2024"], environment: ["TZ": nil]).stdout
        #expect(text.contains("时间：\(beijing.string(from: time))"), "\(text)")
        beijing.timeZone = TimeZone(identifier: "UTC")
        let utc = try workspace.run(["log", "changzhang/2024"], environment: ["TZ": "UTC"]).stdout
        #expect(utc.contains("时间：\(beijing.string(from: time))"), "\(utc)")
    }

    @Test func theTextDiffSpeaksChineseOrEnglish() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        var report = SampleReport.make()
        let old = workspace.folder.path("old.txt")
        try Data(ReportText.render(report).utf8).write(to: old)
        report.title = (report.title ?? "") + "（修订稿）"
        let new = workspace.folder.path("new.txt")
        try Data(ReportText.render(report).utf8).write(to: new)
        let chinese = try workspace.runOnFiles(["diff", old.path, new.path]).stdout
        #expect(chinese.hasPrefix("比较 "), "\(chinese)")
        #expect(chinese.contains("单元格变动 0 个"), "\(chinese)")
        let english = try NianbaoProcess.run(
            ["diff", old.path, new.path], in: workspace.folder.url, scratch: workspace.scratch,
            environment: Self.english
        ).stdout
        #expect(english.hasPrefix("diff "), "\(english)")
        #expect(english.contains("cells changed: 0"), "\(english)")
    }
}

import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// `nianbao commit` of last year's report with only the title's year changed is refused, the draft left as it was,
/// with the way on (`nianbao draft`); `--force` commits it as before (rv120 F2).
@Suite struct PeriodYearLeftCommandTests {
    @Test func theCommitIsRefusedAndForceStillCommitsIt() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let key = ["--agency", "changzhang", "--year", "2025"]
        let thisYear = workspace.folder.path("2025.txt")
        try Data(ReportText.render(SampleReport.make(agency: "常张乡人民政府", year: 2025)).utf8).write(to: thisYear)
        try #require(try workspace.run(["init", "--node", "county"]).status == 0)
        let first = try workspace.run(["commit", thisYear.path] + key)
        try #require(first.status == 0, "\(first.stderr)")
        var lastYears = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        lastYears.title = "常张乡人民政府2025年政府信息公开工作年度报告"
        lastYears.year = 2025
        let file = workspace.folder.path("年报.txt")
        try Data(ReportText.render(lastYears).utf8).write(to: file)

        let before = try workspace.run(["log", "changzhang/2025"]).stdout
        let refused = try workspace.run(["commit", file.path] + key)

        #expect(refused.status != 0)
        #expect(
            refused.stderr.contains(
                "文件的标题写 2025 年，统计期限却还是 2024 年：多半是拿 2024 年度的报告只改了标题里的年份，内容还是 2024 年的。"
                    + "要起草 2025 年度的报告，请用 nianbao draft changzhang/2025 -o 文件名.docx"),
            "\(refused.stderr)")
        #expect(try workspace.run(["log", "changzhang/2025"]).stdout == before)

        let forced = try workspace.run(["commit", file.path, "--force"] + key)
        #expect(forced.status == 0, "\(forced.stderr)")
        let after = try workspace.run(["log", "changzhang/2025"])
        #expect(after.stdout.contains("强制提交：文件的标题写 2025 年，统计期限却还是 2024 年"), "\(after.stdout)")
    }
}

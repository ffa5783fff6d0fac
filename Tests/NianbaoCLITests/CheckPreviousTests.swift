import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// `nianbao check --previous LAST THIS`: the cross-year rules run on the report of the year before; given another
/// year, or another office's report, the person is told (a silent 没有发现问题 had passed a report whose 上年结转 was
/// never compared).
@Suite struct CheckPreviousTests {
    /// Writes 常张乡's sample report of a year (or another agency's) as text; returns its path.
    static func write(
        _ workspace: CLIWorkspace, _ name: String, agency: String = "常张乡人民政府", year: Int
    ) throws
        -> String
    {
        let file = workspace.folder.path(name)
        try Data(ReportText.render(SampleReport.make(agency: agency, year: year)).utf8).write(to: file)
        return file.path
    }

    @Test func anotherYearOrAnotherOfficeIsSaid() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let this = try Self.write(workspace, "2024.txt", year: 2024)
        let last = try Self.write(workspace, "2023.txt", year: 2023)
        let older = try Self.write(workspace, "2022.txt", year: 2022)
        let other = try Self.write(workspace, "wangcun-2023.txt", agency: "王村乡人民政府", year: 2023)
        let renamed = try Self.write(workspace, "changzhang-county-2023.txt", agency: "长子县常张乡人民政府", year: 2023)

        let right = try workspace.run(["check", "--previous", last, this])
        #expect(!right.stderr.contains("警告"), "\(right.stderr)")
        let countyInFront = try workspace.run(["check", "--previous", renamed, this])
        #expect(!countyInFront.stderr.contains("警告"), "\(countyInFront.stderr)")

        let skipped = try workspace.run(["check", "--previous", older, this])
        #expect(
            skipped.stderr.contains(
                "警告：作为上年报告给出的文件是 2022 年度的，这份报告是 2024 年度的，应给 2023 年度的报告：没有做跨年度检查。"),
            "\(skipped.stderr)")
        let swapped = try workspace.run(["check", "--previous", this, last])
        #expect(swapped.stderr.contains("作为上年报告给出的文件是 2024 年度的，这份报告是 2023 年度的"), "\(swapped.stderr)")
        let another = try workspace.run(["check", "--previous", other, this])
        #expect(
            another.stderr.contains("作为上年报告给出的文件是 王村乡人民政府 的，这份报告是 常张乡人民政府 的"), "\(another.stderr)")
        let english = try workspace.run(["--lang", "en", "check", "--previous", older, this])
        #expect(
            english.stderr.contains("warning: The file given as last year's report is of 2022"), "\(english.stderr)")
        // In English, findings give their severity, rule, message and place in English (the report's own headings
        // and labels as the report has them)
        let sample = Corpus.packageRoot.appendingPathComponent("Scripts/samples/003_a04c1cce206c730a.txt").path
        let findings = try workspace.run(["--lang", "en", "check", sample])
        #expect(findings.stdout.contains("  error section-missing: Section "), "\(findings.stdout)")
        #expect(findings.stdout.contains("  warning paragraph-broken [line 15]: "), "\(findings.stdout)")
        #expect(!findings.stdout.contains("  错误 ") && !findings.stdout.contains("  警告 "), "\(findings.stdout)")
    }
}

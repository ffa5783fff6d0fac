import Foundation
import ReportFixtures
import Testing

/// A clerk who commits or submits a report whose tables do not add up is told at once, at the terminal: how many
/// errors the version has and how to see them (user review ux96, finding 6). Submitting is not refused — the web's
/// 报送 is not either (``MarkRules/submitCaution(_:)``) — but it says the county will see them.
@Suite struct CheckCautionCommandTests {
    /// A workspace with 常张乡 registered.
    static func county() throws -> CLIWorkspace {
        let county = try CLIWorkspace()
        try county.run(["init", "--node", "县政务公开办"])
        try county.run(["agency", "add", "changzhang", "--name", "常张乡人民政府", "--kind", "township"])
        return county
    }

    @Test func committingAndSubmittingAReportWhoseTableDoesNotAddUpSaysSo() throws {
        let county = try Self.county()
        defer { county.remove() }
        // Given table 3's first cell changed so that its totals no longer add up
        let file = try county.writeSample("bad-total.txt", table3Cell: "999")

        let committed = try county.run(["commit", file, "--agency", "changzhang", "--year", "2024"])

        #expect(committed.status == 0, "\(committed.stderr)")
        #expect(committed.stdout.contains("已提交 常张乡人民政府 2024 年度报告 第 1 版"), "\(committed.stdout)")
        #expect(committed.stderr.contains("检查：第 1 版有 "), "\(committed.stderr)")
        #expect(committed.stderr.contains("个错误"), "\(committed.stderr)")
        #expect(committed.stderr.contains("请改正后再报送；用 nianbao check changzhang/2024 看详情。"), "\(committed.stderr)")
        // The count is the check's own
        let checked = try county.run(["check", "changzhang/2024"])
        let errors = try #require(
            checked.stdout.firstMatch(of: /报告问题：(\d+)个错误/).map { String($0.output.1) }, "\(checked.stdout)")
        #expect(committed.stderr.contains("第 1 版有 \(errors) 个错误"), "\(committed.stderr)")

        let submitted = try county.run(["mark", "changzhang/2024", "submitted"])

        #expect(submitted.status == 0, "\(submitted.stderr)")
        #expect(submitted.stdout.contains("标记为“已报送”"), "\(submitted.stdout)")
        #expect(
            submitted.stderr.contains("注意：第 1 版的检查有 \(errors) 个错误"), "\(submitted.stderr)")
        #expect(submitted.stderr.contains("县里会看到这些错误，多半会退回"), "\(submitted.stderr)")
        #expect(submitted.stderr.contains("nianbao check changzhang/2024"), "\(submitted.stderr)")
    }

    @Test func aReportWithoutFindingsIsCommittedAndSubmittedWithoutAWord() throws {
        let county = try Self.county()
        defer { county.remove() }
        let file = try county.writeSample("clean.txt")
        #expect(try county.run(["check", "clean.txt"]).stdout.contains("没有发现问题"))

        let committed = try county.run(["commit", file, "--agency", "changzhang", "--year", "2024"])
        let submitted = try county.run(["mark", "changzhang/2024", "submitted"])

        #expect(committed.status == 0 && submitted.status == 0)
        #expect(!committed.stderr.contains("检查"), "\(committed.stderr)")
        #expect(!submitted.stderr.contains("检查"), "\(submitted.stderr)")
    }

    @Test func inEnglishTheCautionIsEnglish() throws {
        let county = try Self.county()
        defer { county.remove() }
        let file = try county.writeSample("bad-total.txt", table3Cell: "999")

        let committed = try county.run(["commit", file, "--agency", "changzhang", "--year", "2024", "--lang", "en"])
        let submitted = try county.run(["mark", "changzhang/2024", "submitted", "--lang", "en"])

        #expect(committed.stderr.contains("Checks: version 1 has "), "\(committed.stderr)")
        #expect(committed.stderr.contains("nianbao check changzhang/2024 lists them"), "\(committed.stderr)")
        #expect(submitted.stderr.contains("the county will see them and will likely return"), "\(submitted.stderr)")
    }
}

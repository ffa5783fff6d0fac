import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A row of table 2 or 3 whose label a clerk emptied is no row that can be told: its figures go to no row, and its
/// text is kept as a paragraph after the table with a warning. It had vanished, figures and all, with only "没有找到
/// （行政强制）" said (review rv112 F2).
@Suite struct EmptiedLabelTests {
    @Test func table2RowWithItsLabelEmptiedIsKept() async throws {
        let bytes = try TwoRowLabelTests.table2(penalties: [("行政处罚", "41"), ("", "42")])
        let result = try await TwoRowLabelTests.parse(bytes)
        let table2 = try #require(result.report.table(number: 2))
        #expect(table2.cell(row: "penalties", column: "decisions")?.text == "41")
        #expect(table2.cell(row: "enforcement", column: "decisions")?.text == nil)
        #expect(result.report.sections.flatMap(\.allParagraphs).map(\.text) == ["42"])
        let warning = try #require(result.diagnostics.first { $0.code == .tableRowUnknown })
        #expect(warning.message.contains("没有行名") && warning.message.contains("42"), "\(warning.message)")
        // The check names no row 「」 either (review rv114 F6).
        let finding = try #require(
            ReportChecker().check(result.report, diagnostics: result.diagnostics).first {
                $0.rule == "table-row-unknown"
            })
        #expect(finding.message.hasPrefix("表格中有一行没有行名"), "\(finding.message)")
        #expect(!finding.message.contains("「」"))
    }

    @Test func table3RowsWithTheirLabelsEmptiedAreKept() async throws {
        let blank = [""] + (100...106).map(String.init)
        let last = [""] + (340...346).map(String.init)
        let rows = [blank, ValueCellAsLabelTests.carried, ValueCellAsLabelTests.total, last]
        let result = try await ValueCellAsLabelTests.parse(try ValueCellAsLabelTests.table3(rows))
        let cells = try ValueCellAsLabelTests.texts(result)
        #expect(cells["received"] == Array(repeating: nil, count: 7))
        #expect(cells["carry-forward"] == Array(repeating: nil, count: 7))
        #expect(cells["carried-over"] == (110...116).map(String.init))
        let kept: [String] = [100, 340].map { base in (base...(base + 6)).map(String.init).joined(separator: "\t") }
        #expect(ValueCellAsLabelTests.paragraphs(result) == kept)
    }
}

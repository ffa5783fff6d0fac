import DocumentLayout
import DocumentReaders
import Foundation
import ReportModel
import ReportParser
import Testing

/// Cells in which the clerk typed words or a unit instead of a bare number: the text stays in its cell whatever it
/// is, and a number is read only where it is certain. Each case is the real fixture (Word, PDF, text) with one cell
/// changed, read by the same parser a file goes through.
@Suite struct ClerkWordsInCellTests {
    /// The grid cells with every cell whose text is one of `texts` given the text they map to.
    static func replacing(_ texts: [String: String]) -> ([GridCell]) -> [GridCell] {
        { cells in
            cells.map { cell in
                guard let text = texts[cell.text] else { return cell }
                return GridCell(
                    row: cell.row, column: cell.column, rowSpan: cell.rowSpan, columnSpan: cell.columnSpan,
                    text: text, box: cell.box)
            }
        }
    }

    /// `5000元` under 本年收费金额（单位：万元） is 0.5 万元: read as 5000 it was 10 000 times too large. It keeps its text
    /// and has no value; so does `1200.00元`.
    @Test(arguments: ["docx", "pdf"])
    func aFeeInYuanIsKeptAsTextWithoutAValue(format: String) async throws {
        for text in ["5000元", "1200.00元"] {
            let result = try await ClerkCellTests.parse(
                changingTableWith: "110.10", in: format, Self.replacing(["110.10": text]))
            let fee = try ClerkCellTests.cell(result.report, table: 2, row: "fees", column: "fee-amount")
            #expect(fee.text == text)
            #expect(fee.value == nil)
        }
        // `0.5万元`, in the column's own unit, is read.
        let wan = try await ClerkCellTests.parse(
            changingTableWith: "110.10", in: format, Self.replacing(["110.10": "0.5万元"]))
        let fee = try ClerkCellTests.cell(wan.report, table: 2, row: "fees", column: "fee-amount")
        #expect(fee.value == Decimal(string: "0.5"))
    }

    /// In a text table too, and without the note that it was read as 5000.
    @Test func aFeeInYuanInATextTableHasNoValueAndNoReadAsNote() throws {
        let text = String(decoding: try FixtureDocuments.data("qingshi-2024", "txt"), as: UTF8.self)
            .replacingOccurrences(of: "行政事业性收费\t110.10", with: "行政事业性收费\t5000元")
        let result = try ReportParser.parse(text: text)
        let fee = try ClerkCellTests.cell(result.report, table: 2, row: "fees", column: "fee-amount")
        #expect(fee.text == "5000元")
        #expect(fee.value == nil)
        #expect(!result.diagnostics.contains { $0.code == .cellReadAsNumber && $0.subject?.row == "fees" })
    }

    /// Table 4 of an agency with no case: its fifteen cells all `无`, `/`, `—` or blank. Its header tells the table,
    /// not its numbers (it was read as a plain grid, and `check` said 缺少表四): the marks stay as typed, no value.
    @Test(arguments: ["docx", "pdf"], ["无", "/", "—", "", "不涉及", "无此类情况"])
    func aTable4WithNothingToReportIsTable4(format: String, mark: String) async throws {
        let numbers = (286...300).map(String.init)
        let result = try await ClerkCellTests.parse(
            changingTableWith: "286", in: format,
            Self.replacing(Dictionary(uniqueKeysWithValues: numbers.map { ($0, mark) })))
        let table = try #require(result.report.table(number: 4))
        #expect(table.cells.count == 15)
        #expect(table.cells.allSatisfy { $0.cell.text == mark && $0.cell.value == nil })
    }

    /// Words in a single-value row of table 2 (one cell over the width of the table): the row keeps its cell with
    /// the words, no value, as a three-column row does. Taken for a header row, it was 没有找到 and its words lost.
    @Test(arguments: ["docx", "pdf"], ["不涉及", "约9000", "9487（含变更）", "无数据", "3千元"])
    func wordsInASingleValueRowStayInTheirCell(format: String, words: String) async throws {
        let result = try await ClerkCellTests.parse(
            changingTableWith: "107", in: format, Self.replacing(["107": words, "110.10": words]))
        for (row, column) in [("licensing", "decisions"), ("fees", "fee-amount")] {
            let cell = try ClerkCellTests.cell(result.report, table: 2, row: row, column: column)
            #expect(cell.text == words)
            #expect(cell.value == nil)
        }
        #expect(!result.diagnostics.contains { $0.code == .rowsMissing })
        // The other rows are read as before.
        #expect(try ClerkCellTests.cell(result.report, table: 2, row: "penalties", column: "decisions").value == 108)
    }

    /// `1.2万` is 1.2 in the fee column, counted in 万元 (the 万 stands for it), with the unit noted; in a count
    /// column it would be 12,000 件, a conversion left to the person: text, no value. The fee had no value.
    @Test(arguments: ["docx", "pdf"])
    func anAbbreviatedWanIsReadOnlyInTheFeeColumn(format: String) async throws {
        let result = try await ClerkCellTests.parse(
            changingTableWith: "107", in: format, Self.replacing(["107": "1.2万", "110.10": "1.2万"]))
        let fee = try ClerkCellTests.cell(result.report, table: 2, row: "fees", column: "fee-amount")
        #expect(fee.text == "1.2万")
        #expect(fee.reading == .writtenNumber(Decimal(string: "1.2") ?? 0, .unit("万")))
        let licensing = try ClerkCellTests.cell(result.report, table: 2, row: "licensing", column: "decisions")
        #expect(licensing.text == "1.2万")
        #expect(licensing.value == nil)
    }

    /// A row of table 3 typed `不涉及` in every cell keeps its cells with the words.
    @Test(arguments: ["docx", "pdf"])
    func aTable3RowOfWordsKeepsItsCells(format: String) async throws {
        let numbers = (139...145).map(String.init)
        let result = try await ClerkCellTests.parse(
            changingTableWith: "139", in: format,
            Self.replacing(Dictionary(uniqueKeysWithValues: numbers.map { ($0, "不涉及") })))
        let table = try #require(result.report.table(number: 3))
        let row = table.cells.filter { $0.row.key == "withheld.state-secret" }
        #expect(row.count == 7)
        #expect(row.allSatisfy { $0.cell.text == "不涉及" && $0.cell.value == nil })
        #expect(table.cells.filter { $0.row.key == "withheld.prohibited-by-law" }.allSatisfy { $0.cell.value != nil })
        #expect(!result.diagnostics.contains { $0.code == .rowsMissing })
    }
}

import DocumentLayout
import ReportModel
import ReportParser
import Testing

/// `一` typed for a dash (the character a pinyin input method offers for `—`): no number, kept as typed, wherever it
/// stands. Table 4 filled with it was read as a plain grid, and `check` said 缺少表四 (review rv112 F16).
@Suite struct DashTypedAsYiTests {
    static let table4Numbers = (286...300).map(String.init)

    /// Table 4 of `一` (or `一一`) in every cell is table 4: each cell keeps its text and has no value, as the same
    /// text reads in table 3.
    @Test(arguments: ["docx", "pdf"], ["一", "一一"])
    func table4OfYiIsTable4(format: String, mark: String) async throws {
        let result = try await ClerkCellTests.parse(
            changingTableWith: "286", in: format,
            ClerkWordsInCellTests.replacing(Dictionary(uniqueKeysWithValues: Self.table4Numbers.map { ($0, mark) })))
        let table = try #require(result.report.table(number: 4))
        #expect(table.cells.count == 15)
        #expect(table.cells.allSatisfy { $0.cell.text == mark && $0.cell.value == nil })
        #expect(!result.diagnostics.contains { $0.code == .tableUnreadable })
    }

    /// `一` in some cells and `—` in the others: table 4 too, every mark kept, no value.
    @Test(arguments: ["docx", "pdf"])
    func table4OfYiAndDashesIsTable4(format: String) async throws {
        let marks = Dictionary(
            uniqueKeysWithValues: Self.table4Numbers.enumerated().map { ($1, $0.isMultiple(of: 2) ? "一" : "—") })
        let result = try await ClerkCellTests.parse(
            changingTableWith: "286", in: format, ClerkWordsInCellTests.replacing(marks))
        let table = try #require(result.report.table(number: 4))
        #expect(table.cells.map(\.cell.text) == Self.table4Numbers.map { marks[$0] })
        #expect(table.cells.allSatisfy { $0.cell.value == nil })
    }

    /// The rule table 4 now follows: `一` in a cell of table 3 (上年结转's 自然人) is its text, no value, and the row's
    /// other numbers are read.
    @Test(arguments: ["docx", "pdf"])
    func yiInTable3IsTextWithoutAValue(format: String) async throws {
        let result = try await ClerkCellTests.parse(
            changingTableWith: "118", in: format, ClerkWordsInCellTests.replacing(["118": "一"]))
        let table = try #require(result.report.table(number: 3))
        let row = try #require(table.rows.first { $0.key == Table3Row.carriedOver.rawValue })
        #expect(row.cells.map(\.text) == ["一"] + (119...124).map(String.init))
        #expect(row.cells.first?.value == nil)
        #expect(CellText.reading("一") == .text && CellText.reading("一一") == .text)
        #expect(CellText.isDashTypedAsYi("一一") && !CellText.isDashTypedAsYi("一百") && !CellText.isDashTypedAsYi(""))
    }
}

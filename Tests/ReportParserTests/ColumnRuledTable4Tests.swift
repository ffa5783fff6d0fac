import Foundation
import ReportModel
import ReportParser
import Testing

/// Table 4 printed with rules between its columns only (review wn99 F9, table 4; `table4-columns.pdf` and
/// `-blank.pdf` from `Scripts/tools/make_ruling_fixtures.py`): its header cells merged over several columns end
/// the column rules short of the frame, and the cells made of the rules there are held a header and its figure
/// together (`结果` / `维持` / `286`): a table of no template, and `check` said table 4 was missing. It is read as text
/// set in columns now: each figure in its column, or, with a cell left blank, the row missing, never shifted.
@Suite struct ColumnRuledTable4Tests {
    @Test func eachFigureIsReadInItsColumn() async throws {
        let result = try await FixtureDocuments.parse("table4-columns", "pdf")
        let table = try #require(result.report.table(number: 4))
        let row = try #require(table.rows.first)
        #expect(row.cells.map(\.text) == (286...300).map { Optional(String($0)) })
        #expect(table.templateDefinition?.columns.map(\.key) == row.cells.map(\.column))
        #expect(!result.diagnostics.contains { $0.severity != .note })
        // The opening sentence above, a paragraph of two lines, is still one paragraph (the table's lines, read
        // as text, are no measure of the page's margins).
        #expect(result.report.preamble.compactMap(\.paragraph).count == 1)
    }

    @Test func aBlankCellLeavesTheRowMissingNotShifted() async throws {
        let result = try await FixtureDocuments.parse("table4-columns-blank", "pdf")
        let table = try #require(result.report.table(number: 4))
        #expect(table.rows.allSatisfy { $0.cells.allSatisfy(\.isMissing) })
        #expect(result.diagnostics.contains { $0.subject?.table == 4 && $0.severity != .note })
    }
}

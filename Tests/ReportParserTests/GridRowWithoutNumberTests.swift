import Foundation
import ReportModel
import ReportParser
import Testing

/// A row of table 3 with no plain number in it (`/` in six cells and a note `12（注1）` in the seventh): kept by its
/// label with each cell's text as typed, the note's value missing. It had vanished, text and all, with a warning that
/// the row was not found.
@Suite struct GridRowWithoutNumberTests {
    @Test func aRowOfMarksAndANoteKeepsItsPlace() async throws {
        let page = String(decoding: try FixtureDocuments.data("plain-grid", "html"), as: UTF8.self)
        let typed = (153...159).map { "<td>\($0)</td>" }.joined()
        try #require(page.contains(typed))
        let edited = page.replacingOccurrences(
            of: typed, with: String(repeating: "<td>/</td>", count: 6) + "<td>12（注1）</td>")
        let result = try await FixtureDocuments.offPool { try ReportParser.parse(Data(edited.utf8)) }
        let table = try #require(result.report.table(number: 3))
        let row = table.cells.filter { $0.0.key == "withheld.three-safeties" }.map(\.1)
        #expect(row.map(\.text) == ["/", "/", "/", "/", "/", "/", "12（注1）"])
        #expect(row.allSatisfy { $0.value == nil })
        #expect(!result.diagnostics.contains { $0.message.contains("没有找到") }, "\(result.diagnostics.map(\.message))")
    }
}

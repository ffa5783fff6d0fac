import Foundation
import ReportModel
import ReportParser
import Testing

/// A web page whose group label in table 3 is merged over one row too many (`（三）不予公开` rowspan 9 instead of 8,
/// as LibreOffice's HTML has it): the next group's first row sits one cell to the right, and the rows after it have
/// that group's label, merged from above, right of their own. Their own label is theirs: each read as 7 numbers
/// under the format's columns; the group label made them rows of no format, 7 clear figures each missing, and
/// check called table 3 incomplete (review rv114 F1 addendum).
@Suite struct RowspanTooLongTests {
    /// The rowspan of a group label in the qingshi-2024 web page, and one more.
    @Test(arguments: [("rowspan=\"8\">", "rowspan=\"9\">"), ("rowspan=\"5\">", "rowspan=\"6\">")])
    func aGroupLabelMergedOneRowTooFarLeavesTheRowsRead(rowspan: String, tooLong: String) async throws {
        // (the page is not UTF-8: its bytes are changed where they say the rowspan)
        var page = try FixtureDocuments.data("qingshi-2024", "cms.html")
        let at = try #require(page.range(of: Data(rowspan.utf8)))
        page.replaceSubrange(at, with: Data(tooLong.utf8))
        let changed = page
        let result = try await FixtureDocuments.offPool { try ReportParser.parse(changed) }
        let reference = try await FixtureDocuments.parse("qingshi-2024", "cms.html")
        let table = try #require(result.report.table(number: 3))
        let expected = try #require(reference.report.table(number: 3))
        #expect(table.cells.map(\.cell.text) == expected.cells.map(\.cell.text))
        #expect(!result.diagnostics.contains { $0.code == .tableRowUnknown }, "\(result.diagnostics.map(\.message))")
    }
}

import Foundation
import ReportModel
import ReportParser
import Testing

/// A report PDF one of whose pages a viewer shows turned (review wn99 F2): `turned-page.pdf` is qingshi-2024.pdf with
/// its page 3, table 3, turned by `/Rotate 90` (`Scripts/tools/make_turned_fixtures.py`). Read as the
/// lines of an upright page, its characters ran down the page, each a line of its own. It reads as the upright file
/// does: every figure of table 3 in its cell, and no other note.
@Suite struct TurnedPageTests {
    @Test func aReportWithATurnedPageReadsAsTheUprightOne() async throws {
        let upright = try await FixtureDocuments.parse("qingshi-2024", "pdf")
        let turned = try await FixtureDocuments.parse("turned-page", "pdf")
        let table = try #require(turned.report.table(number: 3))
        #expect(table.cell(row: "received", column: "total")?.text == "117")
        #expect(turned.report == upright.report)
        #expect(turned.diagnostics == upright.diagnostics)
    }
}

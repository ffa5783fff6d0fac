import Foundation
import ReportModel
import ReportParser
import Testing

/// A report saved from Word as a web page, with a footnote mark after a number of its table 2: Word raises the mark
/// through its style sheet (`span.MsoFootnoteReference {vertical-align:super}` in `<style>`), not through the mark's
/// own `style`. The cell keeps what the page shows, `107¹`, and has no number: it was read as 1071, a wrong number.
@Suite struct WordPageFootnoteTests {
    /// The Word page fixture with `text` put where `old` was (ASCII both, so the GB18030 bytes around stay whole).
    static func page(replacing changes: [(old: String, new: String)]) throws -> Data {
        var page = try FixtureDocuments.data("qingshi-2024", "word.html")
        for (old, new) in changes {
            let range = try #require(page.range(of: Data(old.utf8)), "\(old) not in the page")
            page.replaceSubrange(range, with: Data(new.utf8))
        }
        return page
    }

    @Test func aMarkWordsStyleSheetRaisesLeavesItsCellMissing() async throws {
        let page = try Self.page(replacing: [
            (
                "-->\n</style>",
                "span.MsoFootnoteReference\n\t{mso-style-noshow:yes;\n\tvertical-align:super;}\n-->\n</style>"
            ),
            (
                ">107<o:p>",
                ">107<span class=MsoFootnoteReference><span lang=EN-US style='font-size:10.5pt'>1</span></span><o:p>"
            ),
        ])
        let result = try await FixtureDocuments.offPool { try ReportParser.parse(page) }
        let cell = try ClerkCellTests.cell(result.report, table: 2, row: "licensing", column: "decisions")
        #expect(cell.text == "107¹")
        #expect(cell.value == nil)
        // The rest of the table reads as before.
        #expect(try ClerkCellTests.cell(result.report, table: 2, row: "penalties", column: "decisions").value == 108)
    }
}

import ReportChecks
import ReportModel
import ReportParser
import Testing

/// A `9` after the number of a table-3 cell that the page does not show, or may not show
/// (`Scripts/tools/make_hidden_text_fixtures.py` makes the files from the real template; row r of the table holds
/// 10r+1 … 10r+7 in the format's columns). Joined to the digits, it read 219 where the page shows 21; text the page
/// hides is left out, and a cell whose number depends on text the reader cannot tell is shown is missing, with a note.
@Suite struct HiddenTextInCellTests {
    /// The texts expected in （一）予以公开 and （二）部分公开 (`nil`: missing), by column.
    static func expect(_ report: Report, disclosed: [String?], partly: [String?]) throws {
        let table = try #require(report.table(number: 3))
        let template = try #require(table.templateDefinition)
        for (key, expected) in [("disclosed", disclosed), ("partly-disclosed", partly)] {
            let row = try #require(template.row(key))
            let texts = template.columns(of: row).map { table.cell(row: key, column: $0.key)?.text }
            #expect(texts == expected, "\(key)")
        }
    }

    /// Word: `w:vanish` and `w:specVanish` are left out; `w:webHidden` (printed by Word, hidden by LibreOffice and in
    /// a web view) makes 23+9 missing, but a hidden space changes nothing; white on the white page is left out, on a
    /// dark blue cell shown, on a light grey cell not sure.
    @Test func aWordCellsHiddenDigitIsNotJoinedToItsNumber() async throws {
        let result = try await FixtureDocuments.parse("hidden-text", "docx")
        try Self.expect(
            result.report, disclosed: ["21", "22", nil, "24 ", "25", "26", "27"],
            partly: ["31", "329", nil, "34", "35", "36", "37"])
        let notes = result.diagnostics.filter { $0.code == .cellTextUncertain }
        #expect(notes.map(\.subject?.column) == ["research", "research"])
        #expect(notes.first?.message.contains("连同它读作「239」，不算它读作「23」") == true)
        #expect(notes.first?.message.contains("网页视图中隐藏") == true)
        #expect(notes.last?.message.contains("连同它读作「339」，不算它读作「33」") == true)
    }

    /// A web page: font-size 0, a class of the page's style sheet with display:none, visibility:hidden and white on
    /// the white page are left out; white on a dark blue cell is shown (259); white on a light grey cell and on a
    /// picture leave the cell missing with a note, and the checks say so instead of blaming the clerk.
    @Test func aWebPageCellsHiddenDigitIsNotJoinedToItsNumber() async throws {
        let result = try await FixtureDocuments.parse("hidden-text", "html")
        try Self.expect(
            result.report, disclosed: ["21", "22", "23", "24", "259", nil, nil],
            partly: ["31", "32", "33", "34", "35", "36", "37"])
        let notes = result.diagnostics.filter { $0.code == .cellTextUncertain }
        #expect(notes.map(\.subject?.column) == ["other-organization", "total"])
        let findings = ReportChecker().check(result.report, diagnostics: result.diagnostics)
        #expect(findings.filter { $0.rule == "cell-text-uncertain" }.count == 2)
        #expect(!findings.contains { $0.rule == "table-incomplete" || $0.rule == "cells-unread" })
    }
}

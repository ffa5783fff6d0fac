import DocumentLayout
import DocumentReaders
import Foundation
import ReportChecks
import ReportModel
import ReportParser
import Testing

/// Table 2's fee column whose unit is stated in a paragraph right above the table (`单位：元`) instead of in its header
/// (`本年收费金额`, no unit), as an office that keeps its books in 元 lays it out (wn99 F13, second half): the figure
/// (110.10 in the `unit-above` fixtures, made by `Scripts/tools/make_unit_fixtures.py`) was read as 110.10 万元. It is
/// missing now, with the note a header in 元 gets, in every format; a paragraph in 万元 keeps it.
@Suite struct UnitAboveTableTests {
    /// The `unit-above` fixture (or another, `name`) in a format; `edit` changes its text (a text file) or the text of
    /// its paragraphs and table cells (a laid-out document).
    static func parse(
        _ format: String, from name: String = "unit-above", edit: @escaping @Sendable (String) -> String = { $0 }
    ) async throws -> ParseResult {
        let bytes = try FixtureDocuments.data(name, format)
        if format == "txt" {
            let text = edit(String(decoding: bytes, as: UTF8.self))
            return try await FixtureDocuments.offPool { try ReportParser.parse(text: text) }
        }
        var document = try DocumentReaders.read(Array(bytes))
        document.blocks = document.blocks.map { block in
            switch block {
            case .paragraph(var paragraph):
                paragraph.text = edit(paragraph.text)
                return .paragraph(paragraph)
            case .table(let grid):
                let cells = grid.cells.map { cell -> GridCell in
                    var copy = cell
                    copy.text = edit(cell.text)
                    return copy
                }
                return .table(
                    GridTable(
                        rowCount: grid.rowCount, columnCount: grid.columnCount, cells: cells,
                        columnEdges: grid.columnEdges))
            }
        }
        let edited = document
        return try await FixtureDocuments.offPool { try ReportParser.parse(document: edited) }
    }

    static func table2(_ result: ParseResult) throws -> Table {
        try #require(result.report.table(number: 2))
    }

    /// Expects the fee of a `unit-above`-like fixture (110.10) missing with one note that names the line above the
    /// table, `statedAbove`, and both units, the same finding from the checks (no incomplete table), and the counts
    /// of table 2 read as before.
    static func expectFeeWithheld(_ result: ParseResult, statedAbove: String) throws {
        let table = try table2(result)
        let fee = try #require(table.cell(row: "fees", column: "fee-amount"))
        #expect(fee.isMissing && fee.value == nil)
        #expect(table.cell(row: "regulations", column: "issued")?.text == "101")
        #expect(table.cell(row: "penalties", column: "decisions")?.text == "108")
        let notes = result.diagnostics.filter { $0.code == .cellNumberUnread }
        #expect(notes.count == 1)
        let note = try #require(notes.first)
        #expect(note.subject == DiagnosticSubject(table: 2, row: "fees", column: "fee-amount", text: "110.10"))
        #expect(note.message.contains("表格上方「\(statedAbove)」的单位是“元”，不是规定的“万元”，未读取数值"))
        let findings = ReportChecker().check(result.report, diagnostics: result.diagnostics)
        #expect(findings.filter { $0.rule == "cell-unit-mismatch" }.map(\.message) == [note.message])
        #expect(!findings.contains { $0.rule == "table-incomplete" || $0.rule == "cells-unread" })
    }

    /// `单位：元` above the table (in the CMS page above the first of table 2's pieces, three pieces above the fee's):
    /// the fee is missing, the note quotes it and names both units as for a header in 元, the checks say so as the
    /// report's; the counts of the table read as before, and the paragraph stays in the report as written.
    @Test(arguments: FixtureDocuments.formats)
    func aFeeUnderAParagraphInYuanIsNotReadAsWanYuan(format: String) async throws {
        let result = try await Self.parse(format)
        try Self.expectFeeWithheld(result, statedAbove: "单位：元")
        let section = try #require(result.report.sections.first { $0.heading.hasSuffix("主动公开政府信息情况") })
        #expect(section.allParagraphs.map(\.text).contains("单位：元"))
    }

    /// Other statements above the table: 千元 and `金额单位：元` withhold the figure, and so does 元 above a header that
    /// says 万元 (the two disagree); 万元 and its short form 万 read it.
    @Test(arguments: [
        ("（单位：千元）", nil, false), ("金额单位：元", nil, false), ("单位：元", "本年收费金额（单位：万元）", false),
        ("单位：万元", nil, true), ("（单位：万）", nil, true),
    ])
    func theStatedUnitDecides(statement: String, header: String?, read: Bool) async throws {
        for format in ["docx", "pdf", "txt"] {
            let result = try await Self.parse(format) { text in
                var text = text.replacingOccurrences(of: "单位：元", with: statement)
                if let header {
                    text = text.replacingOccurrences(of: "本年收费金额\n", with: header + "\n")
                    if text.trimmingLayoutSpace() == "本年收费金额" { text = header }
                }
                return text
            }
            let fee = try #require(Self.table2(result).cell(row: "fees", column: "fee-amount"))
            #expect(fee.value == (read ? Decimal(string: "110.10") : nil), "\(format) \(statement)")
            #expect(result.diagnostics.contains { $0.code == .cellNumberUnread } == !read, "\(format) \(statement)")
        }
    }

    /// A web page's table whose `<caption>` states the unit (`unit-caption.cms.html`: `单位：元` on the fee's piece of
    /// table 2): the caption shows above the piece, states its unit, and is kept after the table; the piece still
    /// fills table 2 (a paragraph between two pieces had made it a second table 2 of missing cells).
    @Test func aCaptionStatesTheUnitOfItsTable() async throws {
        let result = try await FixtureDocuments.parse("unit-caption", "cms.html")
        #expect(result.report.tables.count == 3)
        let fee = try #require(Self.table2(result).cell(row: "fees", column: "fee-amount"))
        #expect(fee.isMissing)
        #expect(try Self.table2(result).cell(row: "enforcement", column: "decisions")?.text == "109")
        let notes = result.diagnostics.filter { $0.code == .cellNumberUnread }
        #expect(notes.map(\.subject?.text) == ["110.10"])
        #expect(notes.allSatisfy { $0.message.contains("表格上方「单位：元」的单位是“元”") })
        let section = try #require(result.report.sections.first { $0.heading.hasSuffix("主动公开政府信息情况") })
        #expect(section.allParagraphs.map(\.text).contains("单位：元"))
    }

    /// Under `单位：元`, 0 is 0 in any unit and is read.
    @Test func zeroIsRead() async throws {
        for format in ["docx", "txt"] {
            let result = try await Self.parse(format) { $0.replacingOccurrences(of: "110.10", with: "0") }
            let fee = try #require(Self.table2(result).cell(row: "fees", column: "fee-amount"))
            #expect(fee.value == 0, "\(format)")
            #expect(!result.diagnostics.contains { $0.code == .cellNumberUnread }, "\(format)")
        }
    }

    /// A statement that does not stand right above the table, a sentence between them, states nothing for it.
    @Test func aStatementAboveASentenceIsNotTheTables() async throws {
        for format in ["docx", "txt"] {
            let result = try await Self.parse(format) {
                $0.replacingOccurrences(of: "单位：元", with: "单位：元\n本表为本机关主动公开情况。")
            }
            let fee = try #require(Self.table2(result).cell(row: "fees", column: "fee-amount"))
            #expect(fee.value == Decimal(string: "110.10"), "\(format)")
        }
    }
}

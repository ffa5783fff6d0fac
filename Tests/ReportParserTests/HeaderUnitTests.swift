import DocumentLayout
import DocumentReaders
import Foundation
import ReportChecks
import ReportModel
import ReportParser
import Testing

/// Table 2's fee column headed in another unit than the format's 万元 (`本年收费金额（单位：元）`), as an office that
/// keeps its books in 元 types it (wn99 F13): the figure (110.10 in the fixtures) was read as 110.10 万元 and so
/// stored, exported and summed in the county workbook. It is missing now, with a note that quotes it, in every
/// format; a header without a unit, or in 万元, reads as before.
@Suite struct HeaderUnitTests {
    /// The qingshi fixture in a format, its fee header changed by `header` (the text of the cells that name the fee
    /// column, or of the text's header line) and its fee cell by `fee`.
    static func parse(
        _ format: String, header: @escaping @Sendable (String) -> String, fee: String = "110.10"
    ) async throws -> ParseResult {
        let bytes = try FixtureDocuments.data("qingshi-2024", format)
        if format == "txt" {
            let text = String(decoding: bytes, as: UTF8.self)
                .replacingOccurrences(of: "本年收费金额（单位：万元）", with: header("本年收费金额（单位：万元）"))
                .replacingOccurrences(of: "行政事业性收费\t110.10", with: "行政事业性收费\t\(fee)")
            return try await FixtureDocuments.offPool { try ReportParser.parse(text: text) }
        }
        let document = try DocumentReaders.read(Array(bytes))
        var changed = 0
        let blocks = document.blocks.map { block -> LayoutBlock in
            guard let grid = block.table, grid.cells.contains(where: { $0.text.contains("收费金额") }) else {
                return block
            }
            let cells = grid.cells.map { cell -> GridCell in
                var copy = cell
                if cell.text.contains("收费金额") {
                    copy.text = header(cell.text)
                    changed += 1
                } else if cell.text.trimmingLayoutSpace() == "110.10" {
                    copy.text = fee
                }
                return copy
            }
            return .table(
                GridTable(
                    rowCount: grid.rowCount, columnCount: grid.columnCount, cells: cells,
                    columnEdges: grid.columnEdges))
        }
        #expect(changed == 1, "the fee header of the \(format) fixture")
        let edited = LaidOutDocument(format: document.format, blocks: blocks, pageCount: document.pageCount)
        return try await FixtureDocuments.offPool { try ReportParser.parse(document: edited) }
    }

    static func fee(_ result: ParseResult) throws -> Cell {
        let table = try #require(result.report.table(number: 2))
        return try #require(table.cell(row: "fees", column: "fee-amount"))
    }

    /// `（单位：元）`: the figure is missing, the note quotes it and names both units, and the checks say so as the
    /// report's (the clerk is to write it in 万元) instead of calling the table incomplete.
    @Test(arguments: ["docx", "pdf", "word.html", "cms.html", "txt"])
    func aFeeHeadedInYuanIsNotReadAsWanYuan(format: String) async throws {
        let result = try await Self.parse(format) { $0.replacingOccurrences(of: "万元", with: "元") }
        let cell = try Self.fee(result)
        #expect(cell.isMissing && cell.value == nil)
        let notes = result.diagnostics.filter { $0.code == .cellNumberUnread }
        #expect(notes.count == 1)
        let note = try #require(notes.first)
        #expect(note.subject == DiagnosticSubject(table: 2, row: "fees", column: "fee-amount", text: "110.10"))
        #expect(note.message.contains("表头「本年收费金额（单位：元）」的单位是“元”，不是规定的“万元”，未读取数值"))
        let findings = ReportChecker().check(result.report, diagnostics: result.diagnostics)
        #expect(findings.filter { $0.rule == "cell-unit-mismatch" }.map(\.message) == [note.message])
        #expect(!findings.contains { $0.rule == "table-incomplete" || $0.rule == "cells-unread" })
    }

    /// Other headers: 千元 and a unit on its own (`（元）`) withhold the figure; no unit, 万元 and its short form 万
    /// read it as before.
    @Test(arguments: [
        ("本年收费金额（千元）", false), ("本年收费金额（元）", false), ("本年收费金额(单位:人民币元)", false),
        ("本年收费金额", true), ("本年收费金额（万元）", true), ("本年收费金额（单位：万）", true),
    ])
    func theHeadersUnitDecides(header: String, read: Bool) async throws {
        for format in ["docx", "txt"] {
            let result = try await Self.parse(format) { _ in header }
            let cell = try Self.fee(result)
            #expect(cell.value == (read ? Decimal(string: "110.10") : nil), "\(format) \(header)")
            #expect(result.diagnostics.contains { $0.code == .cellNumberUnread } == !read, "\(format) \(header)")
        }
    }

    /// The unit written after the row's label (`行政事业性收费（元）`) under a header in 万元 withholds the figure as a
    /// header in 元 does: 52500 元 had been stored as 52500 万元 from a .docx or a PDF (review rv112 F15).
    @Test(arguments: ["docx", "pdf"])
    func aUnitAfterTheRowLabelWithholdsTheFigure(format: String) async throws {
        let document = try DocumentReaders.read(Array(try FixtureDocuments.data("qingshi-2024", format)))
        var changed = 0
        let blocks = document.blocks.map { block -> LayoutBlock in
            guard let grid = block.table else { return block }
            let cells = grid.cells.map { cell -> GridCell in
                var copy = cell
                if cell.text.trimmingLayoutSpace() == "行政事业性收费" {
                    copy.text = "行政事业性收费（元）"
                    changed += 1
                }
                return copy
            }
            return .table(
                GridTable(
                    rowCount: grid.rowCount, columnCount: grid.columnCount, cells: cells,
                    columnEdges: grid.columnEdges))
        }
        #expect(changed == 1)
        let edited = LaidOutDocument(format: document.format, blocks: blocks, pageCount: document.pageCount)
        let result = try await FixtureDocuments.offPool { try ReportParser.parse(document: edited) }
        let cell = try Self.fee(result)
        #expect(cell.isMissing && cell.value == nil)
        let note = try #require(result.diagnostics.first { $0.code == .cellNumberUnread })
        #expect(note.message.contains("行政事业性收费（元）") && note.message.contains("“元”"))
    }

    /// Under a header in 元, 0 is 0 in any unit, and a figure typed with its own unit says it: both read.
    @Test(arguments: [("0", Decimal(0)), ("0.5万元", Decimal(string: "0.5"))])
    func zeroAndAFigureWithItsOwnUnitAreRead(fee: String, value: Decimal?) async throws {
        for format in ["docx", "txt"] {
            let result = try await Self.parse(format, header: { _ in "本年收费金额（单位：元）" }, fee: fee)
            let cell = try Self.fee(result)
            #expect(cell.text?.trimmingLayoutSpace() == fee, "\(format)")
            #expect(cell.value == value, "\(format)")
            #expect(!result.diagnostics.contains { $0.code == .cellNumberUnread }, "\(format)")
        }
    }
}

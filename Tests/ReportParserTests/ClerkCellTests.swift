import DocumentLayout
import DocumentReaders
import Foundation
import ReportChecks
import ReportModel
import ReportParser
import Testing

/// Cells as clerks fill them: a number merged over several rows or under several headers counts for none of them
/// (which one it means is a guess: the places are *missing*), a blank merged over rows says "nothing" for each,
/// numbers typed with a unit (`111件`) are numbers, a number with a note stays in its place as text, and a table
/// that matches no template keeps every cell. Each case
/// is the real Word fixture's grid with one change, read by the same parser a file goes through.
@Suite struct ClerkCellTests {
    /// The laid-out fixture, and a change to the grid that holds `anchor`: the cells as (row, column, text) → the
    /// new cells.
    static func parse(
        changingTableWith anchor: String, in format: String = "docx", _ change: ([GridCell]) -> [GridCell]
    ) async throws -> ParseResult {
        let bytes = try FixtureDocuments.data("qingshi-2024", format)
        let document = try DocumentReaders.read(Array(bytes))
        var found = false
        let blocks = document.blocks.map { block -> LayoutBlock in
            guard let grid = block.table, grid.cells.contains(where: { $0.text == anchor }) else { return block }
            found = true
            return .table(
                GridTable(
                    rowCount: grid.rowCount, columnCount: grid.columnCount, cells: change(grid.cells),
                    columnEdges: grid.columnEdges))
        }
        #expect(found, "no table holds \(anchor)")
        let changed = LaidOutDocument(format: document.format, blocks: blocks, pageCount: document.pageCount)
        return try ReportParser.parse(document: changed)
    }

    /// The cells with the one holding `text` merged down over `rows` rows (taking the place of those below it) and
    /// its text replaced.
    static func mergingDown(from text: String, rows: Int, to newText: String) -> ([GridCell]) -> [GridCell] {
        { cells in
            guard let top = cells.first(where: { $0.text == text }) else { return cells }
            return cells.compactMap { cell in
                if cell.text == text {
                    return GridCell(row: cell.row, column: cell.column, rowSpan: rows, text: newText)
                }
                let covered = cell.column == top.column && cell.row > top.row && cell.row < top.row + rows
                return covered ? nil : cell
            }
        }
    }

    static func cell(_ report: Report, table: Int, row: String, column: String) throws -> Cell {
        let found = try #require(report.table(number: table))
        return try #require(found.cell(row: row, column: column), "table \(table) \(row) \(column)")
    }

    /// Two numbers on two lines of one cell (`69` / `13`) are no number and no label: the cell is missing, and its
    /// row keeps its other numbers (taken for a label, the cell had made the whole row unreadable).
    @Test(arguments: ["docx", "pdf"])
    func twoNumbersInOneCellAreMissingAndTheRowKeepsTheRest(format: String) async throws {
        let result = try await Self.parse(changingTableWith: "一、本年新收政府信息公开申请数量", in: format) { cells in
            guard let label = cells.first(where: { $0.text == "一、本年新收政府信息公开申请数量" }),
                let first = cells.filter({ $0.row == label.row && $0.column > label.column })
                    .min(by: { $0.column < $1.column })
            else { return cells }
            return cells.map { cell in
                cell == first
                    ? GridCell(
                        row: cell.row, column: cell.column, rowSpan: cell.rowSpan, columnSpan: cell.columnSpan,
                        text: "69\n13", box: cell.box) : cell
            }
        }
        let table = try #require(result.report.table(number: 3))
        let row = table.cells.filter { $0.row.key == "received" }
        #expect(row.count == 7)
        #expect(row.first?.cell.isMissing == true || row.first?.cell.value == nil)
        #expect(row.dropFirst().allSatisfy { $0.cell.value != nil })
        #expect(!result.diagnostics.contains { $0.message.contains("不是规定格式中的行") })
    }

    @Test func aNumberMergedOverRowsIsMissingInEach() async throws {
        // 139, 146, 153: the natural persons' column of 属于国家秘密, 其他法律行政法规禁止公开, 危及“三安全一稳定”
        let result = try await Self.parse(
            changingTableWith: "139", Self.mergingDown(from: "139", rows: 3, to: "0"))
        let rows = ["withheld.state-secret", "withheld.prohibited-by-law", "withheld.three-safeties"]
        for row in rows {
            #expect(try Self.cell(result.report, table: 3, row: row, column: "natural-person").isMissing, "\(row)")
        }
        // (the other cells of those rows read as before, and the person is told to look)
        #expect(try Self.cell(result.report, table: 3, row: "withheld.state-secret", column: "business").value == 140)
        #expect(try Self.cell(result.report, table: 3, row: "withheld.three-safeties", column: "total").value == 159)
        #expect(result.diagnostics.count { $0.code == .rowIncomplete } == 3)
    }

    /// A column's numbers one a line in a cell over several rows (a PDF's number cells printed without the rules
    /// between their rows, review wn99 F8): each row's cell is missing, never the column's numbers.
    @Test(arguments: ["docx", "pdf"])
    func numbersOneALineMergedOverRowsAreMissingInEach(format: String) async throws {
        let result = try await Self.parse(
            changingTableWith: "139", in: format, Self.mergingDown(from: "139", rows: 3, to: "139\n146\n153"))
        let rows = ["withheld.state-secret", "withheld.prohibited-by-law", "withheld.three-safeties"]
        for row in rows {
            let cell = try Self.cell(result.report, table: 3, row: row, column: "natural-person")
            #expect(cell.isMissing, "\(row): \(cell.text ?? "")")
        }
        #expect(try Self.cell(result.report, table: 3, row: "withheld.state-secret", column: "business").value == 140)
        #expect(!result.diagnostics.contains { $0.code == .rowsMissing })
        // Each row is told as a reading problem; the first names the numbers once.
        let told = result.diagnostics.filter { $0.code == .rowIncomplete }
        #expect(told.count == 3)
        #expect(told.count { $0.message.contains("139/146/153") } == 1)
    }

    /// Every number column of three rows so (no rule under 属于国家秘密 and the next row across the numbers): the
    /// rows are still the table's, their cells unread, and the checks call it a reading problem, not a table cut
    /// short.
    @Test func aWholeBlockOfRowsWithoutRulesBetweenIsUnreadNotMissing() async throws {
        let result = try await Self.parse(changingTableWith: "139") { cells in
            (139...145).reduce(cells) { cells, number in
                Self.mergingDown(from: "\(number)", rows: 3, to: "\(number)\n\(number + 7)\n\(number + 14)")(cells)
            }
        }
        let table = try #require(result.report.table(number: 3))
        for row in ["withheld.state-secret", "withheld.prohibited-by-law", "withheld.three-safeties"] {
            let cells = table.cells.filter { $0.row.key == row }
            #expect(cells.count == 7 && cells.allSatisfy { $0.cell.isMissing }, "\(row)")
        }
        #expect(!result.diagnostics.contains { $0.code == .rowsMissing })
        let findings = ReportChecker().check(result.report, diagnostics: result.diagnostics)
        #expect(!findings.contains { $0.rule == "table-incomplete" })
        #expect(findings.contains { $0.rule == "cells-unread" && $0.kind == .reading })
    }

    @Test func aBlankMergedOverRowsIsNotFilledInEach() async throws {
        let result = try await Self.parse(
            changingTableWith: "139", Self.mergingDown(from: "139", rows: 3, to: ""))
        for row in ["withheld.state-secret", "withheld.prohibited-by-law", "withheld.three-safeties"] {
            let cell = try Self.cell(result.report, table: 3, row: row, column: "natural-person")
            #expect(cell.text == "", "\(row)")
        }
        #expect(result.diagnostics.allSatisfy { $0.code != .rowIncomplete })
    }

    @Test func aNumberUnderSeveralHeadersIsMissingInEach() async throws {
        // Table 4's 286–289: the four results of 行政复议, merged into one cell
        let result = try await Self.parse(changingTableWith: "286") { cells in
            guard let first = cells.first(where: { $0.text == "286" }) else { return cells }
            return cells.compactMap { cell in
                if cell.text == "286" { return GridCell(row: cell.row, column: cell.column, columnSpan: 4, text: "0") }
                return ["287", "288", "289"].contains(cell.text) && cell.row == first.row ? nil : cell
            }
        }
        let table = try #require(result.report.table(number: 4))
        let values = try #require(table.rows.first?.cells)
        let merged = values.prefix(4)
        #expect(merged.allSatisfy { $0.isMissing }, "\(merged.map(\.text))")
        #expect(values.dropFirst(4).first?.value == 290)
        #expect(!values.contains { $0.value == 0 })
    }

    @Test func numbersTypedWithAUnitAreRead() async throws {
        let result = try await Self.parse(changingTableWith: "111") { cells in
            cells.map { cell in
                guard let number = Int(cell.text), (111...117).contains(number) else { return cell }
                var typed = cell
                typed.text = "\(number)件"
                return typed
            }
        }
        let table = try #require(result.report.table(number: 3))
        #expect(table.template != nil)
        #expect(table.rows.first?.cells.map(\.value) == (111...117).map { Decimal($0) })
        #expect(table.rows.first?.cells.first?.text == "111件")
    }

    @Test func aNumberWithANoteStaysInItsPlaceAsText() async throws {
        // A note typed after a number (`139（其中1件）`) is text: it once took the row's label's place, and the row
        // was lost (with 25 such cells, the whole of table 3)
        let result = try await Self.parse(changingTableWith: "139") { cells in
            cells.map { cell in
                var noted = cell
                if cell.text == "139" { noted.text = "139（其中1件）" }
                return noted
            }
        }
        let noted = try Self.cell(result.report, table: 3, row: "withheld.state-secret", column: "natural-person")
        #expect(noted.text == "139（其中1件）")
        #expect(noted.value == nil)
        #expect(try Self.cell(result.report, table: 3, row: "withheld.state-secret", column: "business").value == 140)
        #expect(result.diagnostics.allSatisfy { $0.code != .tableRowUnknown })
    }

    /// A clerk's own sub-row label beside a row's label (`一、本年新收…` | `其中：网上申请`) is no value typed as text:
    /// it sits in the label columns, under no column of the template, and the figures after it are a part of the
    /// row's. The row is left unknown (its cells missing, with a warning), never filled with the part's figures.
    @Test func aSubRowLabelBesideARowsLabelLeavesTheRowUnknown() async throws {
        let label = "一、本年新收政府信息公开申请数量"
        let result = try await Self.parse(changingTableWith: label) { cells in
            cells.flatMap { cell -> [GridCell] in
                guard cell.text == label, cell.columnSpan >= 2 else { return [cell] }
                return [
                    GridCell(row: cell.row, column: cell.column, columnSpan: cell.columnSpan - 1, text: label),
                    GridCell(row: cell.row, column: cell.column + cell.columnSpan - 1, text: "其中：网上申请"),
                ]
            }
        }
        let table = try #require(result.report.table(number: 3))
        let received = try #require(table.rows.first { $0.key == "received" })
        #expect(received.cells.allSatisfy { $0.isMissing }, "\(received.cells.map(\.text))")
        #expect(result.diagnostics.contains { $0.code == .tableRowUnknown })
        #expect(try Self.cell(result.report, table: 3, row: "carried-over", column: "natural-person").value == 118)
    }

    @Test func aTableOfNoTemplateKeepsEveryCellUnderAMergedHeader() throws {
        // 项目 | 数量 (over two columns) / 合计 | 3 | 4: the 4 was dropped when the header's cells gave the columns
        let grid = GridTable(
            rowCount: 2, columnCount: 3,
            cells: [
                GridCell(row: 0, column: 0, text: "项目"), GridCell(row: 0, column: 1, columnSpan: 2, text: "数量"),
                GridCell(row: 1, column: 0, text: "合计"), GridCell(row: 1, column: 1, text: "3"),
                GridCell(row: 1, column: 2, text: "4"),
            ])
        let document = LaidOutDocument(
            format: .docx, blocks: [.paragraph(LayoutParagraph("一、总体情况")), .table(grid)])
        let result = try ReportParser.parse(document: document)
        let table = try #require(result.report.tables.first?.table)
        #expect(table.template == nil)
        #expect(table.rows.map { $0.cells.map(\.text) } == [["合计", "3", "4"]])
        #expect(table.columns.count == 3)
    }
}

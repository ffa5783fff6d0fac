import DocumentLayout
import DocumentReaders
import Foundation
import ReportModel
import ReportParser
import Testing

/// Table 3 split in two in a Word file, its header rows repeated on the second piece, with a `（续表）` line between
/// the pieces as many offices type it: one table, every cell read, the line left out as layout. The same words
/// elsewhere stay the paragraph they are.
@Suite struct ContinuedTableTests {
    /// The real Word fixture with table 3 cut before the row whose first cell is `cut`, and `between` typed
    /// between the pieces.
    static func parse(cuttingTable3Before cut: String, between: [String]) throws -> ParseResult {
        let document = try DocumentReaders.read(Array(try FixtureDocuments.data("qingshi-2024", "docx")))
        var blocks: [LayoutBlock] = []
        for block in document.blocks {
            guard let grid = block.table, grid.cells.contains(where: { $0.text.hasPrefix("一、本年新收") }),
                let first = grid.cells.first(where: { $0.text.hasPrefix("一、本年新收") })?.row,
                let split = grid.cells.first(where: { $0.text == cut })?.row
            else {
                blocks.append(block)
                continue
            }
            // Header rows are those above 一、本年新收; no cell may span the cut.
            let header = grid.cells.filter { $0.row < first }
            let top = grid.cells.filter { $0.row < split && $0.rows.upperBound <= split }
            let bottom = grid.cells.filter { $0.row >= split }.map { cell in
                GridCell(
                    row: cell.row - split + first, column: cell.column, rowSpan: cell.rowSpan,
                    columnSpan: cell.columnSpan, text: cell.text)
            }
            blocks.append(.table(GridTable(rowCount: split, columnCount: grid.columnCount, cells: top)))
            blocks += between.map { .paragraph(LayoutParagraph($0)) }
            blocks.append(
                .table(
                    GridTable(
                        rowCount: grid.rowCount - split + first, columnCount: grid.columnCount,
                        cells: header + bottom)))
        }
        return try ReportParser.parse(document: LaidOutDocument(format: .docx, blocks: blocks))
    }

    static func paragraphs(_ result: ParseResult) -> [String] {
        (result.report.preamble.compactMap(\.paragraph) + result.report.sections.flatMap(\.allParagraphs)).map(\.text)
    }

    static func table3(_ result: ParseResult) -> [Table] {
        result.report.tables.map(\.table).filter { $0.templateDefinition?.table == 3 }
    }

    @Test(arguments: ["（续表）", "续表", "续表三", "表3（续）", "续上表", "（续）"])
    func aContinuedTableIsOneTable(marker: String) throws {
        let whole = try Self.table3(Self.parse(cuttingTable3Before: "（七）总计", between: []))
        let result = try Self.parse(cuttingTable3Before: "（七）总计", between: [marker])
        let tables = Self.table3(result)
        #expect(whole.count == 1)
        #expect(tables.count == 1)
        #expect(tables.first?.cells.filter(\.cell.isMissing).isEmpty == true)
        #expect(tables == whole)
        #expect(!Self.paragraphs(result).contains(marker))
    }

    @Test func theWordsBetweenProseStayAParagraph() throws {
        let result = try Self.parse(cuttingTable3Before: "（七）总计", between: ["续表", "上表的说明：数字为件数。"])
        #expect(Self.table3(result).count == 2)
        #expect(Self.table3(result).first?.cells.contains(where: \.cell.isMissing) == true)
        #expect(Self.paragraphs(result).contains("续表"))
    }
}

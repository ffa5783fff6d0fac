import DocumentLayout
import PDFGeometry
import Testing

/// A PDF of a table with one row set in from the left (Word's `w:gridBefore`), as LibreOffice prints it: the frame's
/// left rule stops above the row and goes on below it, and the row's bottom rule starts at its own left edge, so the
/// next row's first cell has no rule along the step (review rv112 F6: the table was cut there, the next row's label
/// read as a section heading and 42 cells of table 3 lost).
@Suite struct SteppedTablePDFTests {
    @Test func theRowBelowAnIndentedRowKeepsItsFirstCell() throws {
        var page = SyntheticPage()
        // rows a (full width), b (set in to x = 100), c (full width); label column to 300, figures to 350
        page.segments += [
            .horizontal(y: 100, from: 50, to: 350), .horizontal(y: 120, from: 50, to: 350),
            .horizontal(y: 140, from: 100, to: 350), .horizontal(y: 160, from: 50, to: 350),
            .vertical(x: 50, from: 100, to: 120), .vertical(x: 100, from: 120, to: 140),
            .vertical(x: 50, from: 140, to: 160), .vertical(x: 300, from: 100, to: 160),
            .vertical(x: 350, from: 100, to: 160),
        ]
        page.text("a", x: 55, baseline: 114)
        page.text("b", x: 105, baseline: 134)
        page.text("c", x: 55, baseline: 154)
        for (row, figure) in ["1", "2", "3"].enumerated() {
            page.text(figure, x: 310, baseline: 114 + 20 * Double(row))
        }
        let document = try PDFLayout.document(from: [page.content])
        #expect(document.paragraphs.isEmpty, "\(document.paragraphs.map(\.text))")
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        let rows = (0..<table.rowCount).map { row in
            table.cells.filter { $0.row == row }.sorted { $0.column < $1.column }.map(\.text).filter { !$0.isEmpty }
        }
        #expect(rows == [["a", "1"], ["b", "2"], ["c", "3"]])
    }
}

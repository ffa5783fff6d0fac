import DocumentLayout
import DocumentReaders
import ReportFixtures
import Testing

/// A table printed with rules between its columns only (review wn99 F9): read as ruled, it was one row of cells,
/// each a whole column, and every label and number was lost. Its text is read as the text of a table drawn without
/// rules: each label on one line with its numbers.
@Suite struct ColumnRuledPDFTests {
    @Test func aTableRuledByColumnsOnlyKeepsEachLabelWithItsNumbers() throws {
        let rows = [("a", "11"), ("b", "12"), ("c", "13"), ("d", "14")]
        let content =
            [
                DrawnPDF.line(x0: 60, y0: 100, x1: 260, y1: 100), DrawnPDF.line(x0: 60, y0: 220, x1: 260, y1: 220),
                DrawnPDF.line(x0: 60, y0: 100, x1: 60, y1: 220), DrawnPDF.line(x0: 160, y0: 100, x1: 160, y1: 220),
                DrawnPDF.line(x0: 260, y0: 100, x1: 260, y1: 220),
            ]
            + rows.enumerated().flatMap { index, row in
                [
                    DrawnPDF.text(row.0, x: 65, baseline: 120 + 28 * Double(index)),
                    DrawnPDF.text(row.1, x: 170, baseline: 120 + 28 * Double(index)),
                ]
            }
        let document = try DocumentReaders.read(DrawnPDF.bytes([DrawnPDF.Page(content.joined(separator: "\n"))]))
        #expect(document.tables.isEmpty)
        let lines = document.paragraphs.flatMap { $0.text.split(separator: "\n").map(String.init) }
        for (label, number) in rows {
            #expect(
                lines.contains { $0.hasPrefix(label) && $0.hasSuffix(number) }, "\(label) \(number) in \(lines)")
        }
    }

    @Test func aRowOfATableWithOneCellOfSeveralLinesIsStillATable() throws {
        // One row ruled all round: a label of three lines beside a number (a row continued on the next page).
        let content = [
            DrawnPDF.grid(xs: [60, 160, 260], ys: [100, 150]),
            DrawnPDF.text("first", x: 65, baseline: 112), DrawnPDF.text("second", x: 65, baseline: 126),
            DrawnPDF.text("third", x: 65, baseline: 140), DrawnPDF.text("5", x: 170, baseline: 126),
        ].joined(separator: "\n")
        let document = try DocumentReaders.read(DrawnPDF.bytes([DrawnPDF.Page(content)]))
        let table = try #require(document.tables.first)
        #expect(table.cells.map(\.text) == ["first\nsecond\nthird", "5"])
    }
}

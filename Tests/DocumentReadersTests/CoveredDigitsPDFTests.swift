import DocumentLayout
import DocumentReaders
import ReportFixtures
import Testing

/// A figure corrected in a PDF editor (review rv112 F21): the old one covered by a white box, the new one typed on
/// top. The page shows the new figure; read with the old one under it, the two interleaved (`106` and `107` read
/// 1067). What a box drawn after it covers is not shown.
@Suite struct CoveredDigitsPDFTests {
    /// The figures column of a table of three rows drawn with more drawn on it, and the cells' uncertain readings.
    static func figures(_ drawn: [String]) throws -> [GridCell] {
        let page = DrawnPDF.grid(xs: [60, 160, 260], ys: [100, 130, 160, 190])
        let labels = ["a", "b", "c"].enumerated().map { index, label in
            DrawnPDF.text(label, x: 65, baseline: 120 + 30 * Double(index))
        }
        let bytes = DrawnPDF.bytes([DrawnPDF.Page(([page] + labels + drawn).joined(separator: "\n"))])
        let tables = try DocumentReaders.read(bytes).tables
        try #require(tables.count == 1)
        return (0..<3).compactMap { tables[0].cell(atRow: $0, column: 1) }
    }

    @Test func aFigureUnderAWhiteBoxDrawnOverItIsNotRead() throws {
        let cells = try Self.figures([
            // `106` covered by a white box, `107` typed on it a little to the right
            DrawnPDF.text("106", x: 170, baseline: 120),
            DrawnPDF.fill(x0: 169, y0: 111, x1: 190, y1: 122, colour: "1 1 1"),
            DrawnPDF.text("107", x: 172, baseline: 120),
            // a white box drawn before the text (a cell's background) hides nothing
            DrawnPDF.fill(x0: 161, y0: 131, x1: 259, y1: 159, colour: "1 1 1"),
            DrawnPDF.text("98", x: 170, baseline: 150),
            // a yellow box over `5`: maybe a highlighter, maybe a cover: the figure is not sure
            DrawnPDF.text("5", x: 170, baseline: 180),
            DrawnPDF.fill(x0: 169, y0: 171, x1: 180, y1: 182, colour: "1 1 0"),
        ])
        #expect(cells.map(\.text) == ["107", "98", "5"])
        #expect(cells.map(\.uncertain) == [nil, nil, UncertainText(.faint, textWithout: "")])
    }
}

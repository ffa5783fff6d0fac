import DocumentLayout
import DocumentReaders
import ReportFixtures
import Testing

/// Digits a PDF page draws but does not mean (review wn99 F1): struck through (a report printed with its tracked
/// changes showing, or 删除线) and white on the white page. Joined with the digits beside them they read as a number
/// on no page (`1̶3̶14` → 1314, a white `9` before `2` → 92).
@Suite struct MarkedDigitsPDFTests {
    /// A table of four rows, label and figure, drawn on one page, with more drawn on it.
    static func figures(_ drawn: [String]) throws -> [GridCell] {
        let page = DrawnPDF.grid(xs: [60, 160, 260], ys: [100, 130, 160, 190, 220])
        let labels = ["a", "b", "c", "d"].enumerated().map { index, label in
            DrawnPDF.text(label, x: 65, baseline: 120 + 30 * Double(index))
        }
        let bytes = DrawnPDF.bytes([DrawnPDF.Page(([page] + labels + drawn).joined(separator: "\n"))])
        let tables = try DocumentReaders.read(bytes).tables
        try #require(tables.count == 1)
        return (0..<4).compactMap { tables[0].cell(atRow: $0, column: 1) }
    }

    static let digit = DrawnPDF.digitWidth * 10

    @Test func digitsStruckThroughStayStruckAndAreNoNumber() throws {
        let cells = try Self.figures([
            // `13` struck at a third of the size above the baseline (LibreOffice: 0.28 em), `14` after it
            DrawnPDF.text("1314", x: 170, baseline: 120),
            DrawnPDF.line(x0: 170, y0: 117, x1: 170 + 2 * Self.digit, y1: 117, width: 0.6),
            // a struck digit drawn as a thin filled bar (as Word prints it)
            DrawnPDF.text("96", x: 170, baseline: 150),
            DrawnPDF.fill(x0: 170, y0: 146.2, x1: 170 + Self.digit, y1: 146.8, colour: "0 0 0"),
            // underlined (a tracked insertion): under the baseline, no strike
            DrawnPDF.text("6", x: 170, baseline: 180),
            DrawnPDF.line(x0: 170, y0: 181.5, x1: 170 + Self.digit, y1: 181.5, width: 0.6),
        ])
        #expect(cells.map(\.text) == [StruckText.text("13") + "14", StruckText.text("9") + "6", "6", ""])
    }

    @Test func aLineAcrossTheWholeCellIsARuleNotAStrike() throws {
        // A rule through the middle of a cell splits it; it strikes none of its digits.
        let cells = try Self.figures([
            DrawnPDF.text("5", x: 170, baseline: 120),
            DrawnPDF.line(x0: 160, y0: 117, x1: 260, y1: 117, width: 0.5),
        ])
        #expect(!cells.contains { $0.text.unicodeScalars.contains(StruckText.stroke) })
    }

    @Test func whiteDigitsOnTheWhitePageAreLeftOutAndPaleOnesAreUncertain() throws {
        let cells = try Self.figures([
            DrawnPDF.text("9", x: 170, baseline: 120, colour: "1 1 1"),
            DrawnPDF.text("2", x: 170 + Self.digit, baseline: 120),
            // white on a white cell: hidden as well
            DrawnPDF.fill(x0: 160, y0: 130, x1: 260, y1: 160, colour: "1 1 1"),
            DrawnPDF.text("4", x: 170, baseline: 150, colour: "1 1 1"),
            DrawnPDF.text("7", x: 170 + Self.digit, baseline: 150),
            // white on a light grey cell: maybe seen, maybe not
            DrawnPDF.fill(x0: 160, y0: 160, x1: 260, y1: 190, colour: "0.87 0.87 0.87"),
            DrawnPDF.text("12", x: 170, baseline: 180),
            DrawnPDF.text("3", x: 170 + 2 * Self.digit, baseline: 180, colour: "1 1 1"),
            // white on a dark blue cell: shown
            DrawnPDF.fill(x0: 160, y0: 190, x1: 260, y1: 220, colour: "0.1 0.2 0.5"),
            DrawnPDF.text("8", x: 170, baseline: 210, colour: "1 1 1"),
        ])
        #expect(cells.map(\.text) == ["2", "7", "123", "8"])
        #expect(cells.map(\.uncertain) == [nil, nil, UncertainText(.faint, textWithout: "12"), nil])
    }
}

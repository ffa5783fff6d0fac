import DocumentLayout
import DocumentReaders
import ReportFixtures
import Testing

/// A footnote mark moved off the line in a PDF (review rv112 F5): raised at full size by Word's 字符位置「提升」, or
/// lowered as 下标. Read as a digit of the number beside it, `2.35` with a raised `1` was 2.351 and `100` with a lowered
/// `2` was 1002; kept in its raised form, as the .docx reader keeps it, the figure is missing instead.
@Suite struct RaisedDigitsPDFTests {
    /// The figures column of a table of four rows drawn with more drawn on it (``MarkedDigitsPDFTests``'s table).
    static func figures(_ drawn: [String]) throws -> [String] {
        try MarkedDigitsPDFTests.figures(drawn).map(\.text)
    }

    /// The width of `digits` digits at 10 points.
    static func digits(_ count: Double) -> Double { DrawnPDF.digitWidth * 10 * count }

    @Test func aMarkMovedOffTheLineAtFullSizeIsNoDigitOfTheNumber() throws {
        let figures = try Self.figures([
            // `2.35` and a `1` raised 3 points (Word's 提升 3 磅), full size
            DrawnPDF.text("2.35", x: 170, baseline: 120),
            DrawnPDF.text("1", x: 170 + Self.digits(3) + 2.78, baseline: 117),
            // `100` and a `2` lowered 3 points (降低 3 磅)
            DrawnPDF.text("100", x: 170, baseline: 150),
            DrawnPDF.text("2", x: 170 + Self.digits(3), baseline: 153),
            // `101` and a `1` raised 1.5 points
            DrawnPDF.text("101", x: 170, baseline: 180),
            DrawnPDF.text("1", x: 170 + Self.digits(3), baseline: 178.5),
            // `5` and a smaller `2` lowered 1 point (LibreOffice's 下标)
            DrawnPDF.text("5", x: 170, baseline: 210),
            DrawnPDF.text("2", x: 170 + Self.digits(1), baseline: 211, size: 6),
        ])
        #expect(figures == ["2.35¹", "100₂", "101¹", "5₂"])
    }

    /// A table drawn without rules whose figures are set a size smaller and top-aligned beside their label sits a
    /// little off the label's baseline as a whole: a run of figures is no footnote mark, and stays as typed (review
    /// rv113 F6: whole rows of such a table had lost their figures).
    @Test func figuresOnTheirOwnBaselineBesideALabelAreNoMark() throws {
        let line = [
            DrawnPDF.text("abcdefg", x: 60, baseline: 120),
            DrawnPDF.text("21", x: 200, baseline: 118.8, size: 9),
            DrawnPDF.text("22", x: 240, baseline: 118.8, size: 9),
            DrawnPDF.text("23", x: 280, baseline: 118.8, size: 9),
        ]
        let bytes = DrawnPDF.bytes([DrawnPDF.Page(line.joined(separator: "\n"))])
        let text = try DocumentReaders.read(bytes).paragraphs.map(\.text).joined(separator: "\n")
        #expect(text.contains("21") && text.contains("22") && text.contains("23"), "\(text)")
        #expect(!text.contains("²") && !text.contains("¹") && !text.contains("³"), "\(text)")
    }

    @Test func digitsOfTwoFontsABitApartAreOneNumber() throws {
        // Characters of two fonts on one line sit up to a point apart: still one line, one number.
        let figures = try Self.figures([
            DrawnPDF.text("12", x: 170, baseline: 120),
            DrawnPDF.text("5", x: 170 + Self.digits(2), baseline: 120.8),
            DrawnPDF.text("7", x: 170, baseline: 150), DrawnPDF.text("8", x: 170 + Self.digits(1), baseline: 149.2),
        ])
        #expect(figures == ["125", "78", "", ""])
    }
}

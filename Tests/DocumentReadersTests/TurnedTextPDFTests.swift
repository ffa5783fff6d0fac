import DocumentLayout
import DocumentReaders
import ReportFixtures
import Testing

/// A few characters turned on an upright PDF page (review wn99 F2, its second half): a table's header cell written
/// bottom to top, a figure in a turned text box. MuPDF gives each such character on a baseline of its own, so that
/// read as upright lines each was a line of one character: a figure running up a cell read from the top down came
/// out backwards (`286` as `682`, its lines joined as a number wrapped in a narrow cell), and its digits could join
/// the lines beside them. Each turned line is read as one line, in the order it was written.
@Suite struct TurnedTextPDFTests {
    /// A ruled table of a header row and two rows; the second column is narrow, as a number column is.
    static func table(header: String, first: String, second: String) -> String {
        [
            DrawnPDF.text("Report of 2024", x: 60, baseline: 60),
            DrawnPDF.grid(xs: [60, 160, 190, 290], ys: [80, 150, 200, 250]),
            DrawnPDF.text("name", x: 65, baseline: 120), header, DrawnPDF.text("note", x: 195, baseline: 120),
            DrawnPDF.text("first", x: 65, baseline: 180), first, DrawnPDF.text("one", x: 195, baseline: 180),
            DrawnPDF.text("second", x: 65, baseline: 230), second, DrawnPDF.text("two", x: 195, baseline: 230),
        ].joined(separator: "\n")
    }

    static func read(_ content: String) throws -> LaidOutDocument {
        try DocumentReaders.read(DrawnPDF.bytes([DrawnPDF.Page(content)]))
    }

    /// A figure turned in its narrow cell, running up or down, and a header written bottom to top or top to bottom:
    /// each reads as written, and the rest of the table and the page as it does upright.
    @Test(arguments: [true, false])
    func aTurnedFigureOrHeaderReadsAsWritten(up: Bool) throws {
        // Running up, a line starts at the bottom of its cell; running down, at the top.
        func turned(_ text: String, top: Double, bottom: Double) -> String {
            up
                ? DrawnPDF.turnedText(text, x: 178, baseline: bottom - 5, up: true)
                : DrawnPDF.turnedText(text, x: 172, baseline: top + 5, up: false)
        }
        let document = try Self.read(
            Self.table(
                header: turned("count", top: 80, bottom: 150), first: turned("286", top: 150, bottom: 200),
                second: turned("1207", top: 200, bottom: 250)))
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.cells.map(\.text) == ["name", "count", "note", "first", "286", "one", "second", "1207", "two"])
        #expect(document.paragraphs.map(\.text) == ["Report of 2024"])
    }

    /// A figure turned upside down in its cell reads as written, not backwards.
    @Test func anUpsideDownFigureReadsAsWritten() throws {
        let document = try Self.read(
            Self.table(
                header: DrawnPDF.text("count", x: 162, baseline: 120),
                first: DrawnPDF.upsideDownText("286", x: 186, baseline: 170),
                second: DrawnPDF.text("1207", x: 162, baseline: 230)))
        let table = try #require(document.tables.first)
        #expect(table.cells.map(\.text) == ["name", "count", "note", "first", "286", "one", "second", "1207", "two"])
    }

    /// A turned text box holding a figure beside a line of prose: its digits no longer join the line (each digit on
    /// the baseline of one of the lines beside it), and it reads as one figure.
    @Test func aTurnedFigureBesideProseStaysApart() throws {
        let document = try Self.read(
            [
                DrawnPDF.text("First line of text", x: 60, baseline: 100),
                DrawnPDF.text("Second line of text", x: 60, baseline: 112),
                DrawnPDF.text("Third line of text", x: 60, baseline: 124),
                DrawnPDF.turnedText("527", x: 400, baseline: 126, size: 12, up: true),
            ].joined(separator: "\n"))
        let texts = document.paragraphs.map(\.text)
        #expect(!texts.contains { $0.contains("text5") || $0.contains("text 5") || $0.contains("725") })
        #expect(texts.contains { $0.contains("527") })
    }
}

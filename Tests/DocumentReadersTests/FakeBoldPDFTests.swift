import DocumentLayout
import DocumentReaders
import ReportFixtures
import Testing

/// Bold text printed twice a fraction of a point apart ("fake bold", 仿粗体, review wn99 F7): each character is one on
/// the page, so a bold 106 reads 106, not 110066. Digits that repeat side by side (`11`, `100`) stay as many as
/// they are.
@Suite struct FakeBoldPDFTests {
    @Test func textDrawnTwiceAFractionOfAPointApartIsReadOnce() throws {
        let content = [
            DrawnPDF.grid(xs: [60, 160, 260], ys: [100, 130, 160, 190]),
            DrawnPDF.text("Total", x: 65, baseline: 120, again: 0.25),
            DrawnPDF.text("106", x: 170, baseline: 120, again: 0.25),
            // drawn three times, the third a little lower (some producers shift down as well)
            DrawnPDF.text("Sum", x: 65, baseline: 150, again: 0.3),
            DrawnPDF.text("550", x: 170, baseline: 150, again: 0.3),
            DrawnPDF.text("550", x: 170.15, baseline: 150.2),
            // not bold: repeated digits side by side stay
            DrawnPDF.text("b", x: 65, baseline: 180), DrawnPDF.text("1100", x: 170, baseline: 180),
        ].joined(separator: "\n")
        let document = try DocumentReaders.read(DrawnPDF.bytes([DrawnPDF.Page(content)]))
        let table = try #require(document.tables.first)
        #expect(table.cells.map(\.text) == ["Total", "106", "Sum", "550", "b", "1100"])
    }

    @Test func aBoldHeadingIsReadOnce() throws {
        let content = DrawnPDF.text("Report 2024", x: 65, baseline: 100, size: 16, again: 0.4)
        let document = try DocumentReaders.read(DrawnPDF.bytes([DrawnPDF.Page(content)]))
        #expect(document.paragraphs.map(\.text) == ["Report 2024"])
    }

    @Test func theSameCharacterOnTheNextLineIsAnother() throws {
        // `1` over `1`, one line apart: two figures, not one drawn twice.
        let content = [
            DrawnPDF.grid(xs: [60, 160, 260], ys: [100, 130]),
            DrawnPDF.text("1", x: 170, baseline: 112), DrawnPDF.text("1", x: 170, baseline: 124),
        ].joined(separator: "\n")
        let document = try DocumentReaders.read(DrawnPDF.bytes([DrawnPDF.Page(content)]))
        let table = try #require(document.tables.first)
        #expect(table.cells.map(\.text) == ["", "1\n1"])
    }
}

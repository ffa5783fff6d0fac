import DocumentLayout
import DocumentReaders
import ReportFixtures
import Testing

/// Digits a PDF draws in a font without a ToUnicode map (review rv112 F8): MuPDF cannot tell which they are and
/// gives U+FFFD. The page shows figures the reader cannot read: the document names the page, so that what is not read
/// there is a reading problem, not the report's.
@Suite struct UndecodableDigitsPDFTests {
    @Test func aPageWithCharactersThatCannotBeToldIsNamed() throws {
        let table = [
            DrawnPDF.grid(xs: [60, 160, 260], ys: [100, 130]),
            DrawnPDF.text("a", x: 65, baseline: 120), DrawnPDF.undecodableText("106", x: 170, baseline: 120),
        ].joined(separator: "\n")
        let printed = DrawnPDF.text("Report 2024", x: 65, baseline: 100)
        let document = try DocumentReaders.read(DrawnPDF.bytes([DrawnPDF.Page(printed), DrawnPDF.Page(table)]))
        #expect(document.undecodablePages == [2])
        let cell = try #require(document.tables.first?.cell(atRow: 0, column: 1))
        #expect(cell.text == "\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(document.paragraphs.map(\.text) == ["Report 2024"])
    }
}

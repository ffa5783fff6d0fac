import DocumentLayout
import DocumentReaders
import ReportFixtures
import Testing

/// A PDF with a scanned page among printed ones (review wn99 F6): the page is a picture without text, and what it
/// shows cannot be read. The document names it, so that what is missing is not taken for the report's gaps.
@Suite struct ImagePagePDFTests {
    static let scan = DrawnPDF.image(x0: 0, y0: 0, x1: 595, y1: 842)
    static let printed = DrawnPDF.text("Report", x: 65, baseline: 100)

    @Test func aPageThatIsAPictureWithoutTextIsNamed() throws {
        let document = try DocumentReaders.read(
            DrawnPDF.bytes([DrawnPDF.Page(Self.scan), DrawnPDF.Page(Self.printed), DrawnPDF.Page(Self.scan)]))
        #expect(document.imagePages == [1, 3])
        #expect(document.paragraphs.map(\.text) == ["Report"])
    }

    @Test func aPictureOnAPageWithTextIsNoScan() throws {
        // A seal or a logo beside the text; and a blank page (no picture) is nothing to read.
        let sealed = DrawnPDF.image(x0: 400, y0: 600, x1: 500, y1: 700) + "\n" + Self.printed
        let document = try DocumentReaders.read(
            DrawnPDF.bytes([DrawnPDF.Page(sealed), DrawnPDF.Page("")]))
        #expect(document.imagePages.isEmpty)
    }

    @Test func aPDFOfPicturesOnlyIsStillRefusedAsAScan() throws {
        #expect(throws: DocumentReadError.scanned(pages: 2)) {
            try DocumentReaders.read(DrawnPDF.bytes([DrawnPDF.Page(Self.scan), DrawnPDF.Page(Self.scan)]))
        }
    }
}

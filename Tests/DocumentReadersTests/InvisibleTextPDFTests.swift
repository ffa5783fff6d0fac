import DocumentLayout
import DocumentReaders
import ReportFixtures
import Testing

/// Text a PDF draws invisibly (render mode 3, `3 Tr`; review rv112 F20): the OCR layer a scanner lays over the
/// picture of a printed page, whose digits are guesses (106 read as 108), and a hidden copy over printed text. The
/// page does not show it, so it is not read: a page whose only text is invisible is a scan.
@Suite struct InvisibleTextPDFTests {
    /// Text drawn invisibly on a baseline from `x`.
    static func invisible(_ text: String, x: Double, baseline: Double) -> String {
        "q BT 3 Tr /F1 10 Tf \(x) \(DrawnPDF.height - baseline) Td (\(text)) Tj ET Q"
    }

    static let scan = DrawnPDF.image(x0: 0, y0: 0, x1: 595, y1: 842)
    static let printed = DrawnPDF.text("Report", x: 65, baseline: 100)

    @Test func anInvisibleCopyOverPrintedFiguresIsNotRead() throws {
        // The OCR layer's 108 over the printed 106 (read together they interleaved: 1068).
        let page = [
            DrawnPDF.grid(xs: [60, 160, 260], ys: [100, 130, 160]),
            DrawnPDF.text("a", x: 65, baseline: 120), DrawnPDF.text("106", x: 170, baseline: 120),
            Self.invisible("108", x: 170.5, baseline: 120.2),
            DrawnPDF.text("b", x: 65, baseline: 150), DrawnPDF.text("5.25", x: 170, baseline: 150),
            Self.invisible("5.26", x: 170.4, baseline: 150),
        ].joined(separator: "\n")
        let tables = try DocumentReaders.read(DrawnPDF.bytes([DrawnPDF.Page(page)])).tables
        try #require(tables.count == 1)
        #expect([0, 1].compactMap { tables[0].cell(atRow: $0, column: 1)?.text } == ["106", "5.25"])
    }

    @Test func aScannedPageWithAnOCRLayerIsAPicture() throws {
        let ocr = Self.scan + "\n" + Self.invisible("108", x: 170, baseline: 120)
        let document = try DocumentReaders.read(
            DrawnPDF.bytes([DrawnPDF.Page(Self.printed), DrawnPDF.Page(ocr)]))
        #expect(document.imagePages == [2])
        #expect(document.paragraphs.map(\.text) == ["Report"])
        #expect(throws: DocumentReadError.scanned(pages: 1)) {
            try DocumentReaders.read(DrawnPDF.bytes([DrawnPDF.Page(ocr)]))
        }
    }
}

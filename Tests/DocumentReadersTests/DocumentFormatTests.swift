import DocumentLayout
import Testing

/// The format of a file is told by its content, never by its name.
@Suite struct DocumentFormatTests {
    @Test(arguments: [
        (Array("%PDF-1.7\n".utf8), DocumentFormat.pdf),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], .legacyWord),
        (Array("<!DOCTYPE html><html><body>x</body></html>".utf8), .html),
        (Array("\u{FEFF}<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">".utf8), .html),
        (Array("<!-- saved from url=(0014)about:internet -->\n<HTML>".utf8), .html),
        (Array("一、总体情况\n<p>不是网页</p>".utf8), .text),
        ([0x50, 0x4B, 0x03, 0x04] + Array("xl/workbook.xml".utf8), .text),
        ([0x50, 0x4B, 0x03, 0x04] + Array("word/document.xml".utf8), .docx),
    ])
    func formatIsToldByContent(bytes: [UInt8], format: DocumentFormat) {
        #expect(DocumentFormat.detect(bytes) == format)
    }
}

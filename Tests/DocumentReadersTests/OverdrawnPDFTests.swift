import DocumentLayout
import DocumentReaders
import Foundation
import PDFReader
import ReportFixtures
import Testing

/// A PDF of a few kilobytes whose page draws a form that draws another ten times, nested, makes MuPDF draw
/// millions of lines (review rr97 F2: 10^7 lines took 179 s and 2.4 GB). What a page and the whole file may draw is
/// capped, MuPDF is stopped at the cap, and the file is refused saying which page.
@Suite struct OverdrawnPDFTests {
    static func refusal(_ bytes: [UInt8]) -> DocumentReadError? {
        do {
            _ = try DocumentReaders.read(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func aPageDrawingAMillionLinesThroughNestedFormsIsRefused() throws {
        // 10 forms each drawing the next 10 times, 6 deep: 10^6 lines from 3.5 KB (each form drawn is an operation)
        let bytes = NestedFormPDF.bytes(leaf: NestedFormPDF.line, fan: 10, depth: 6)
        #expect(bytes.count < 4_000)
        let error = try #require(Self.refusal(bytes))
        #expect(
            error
                == .tooMuchDrawn(page: 1, kind: .shapes, limit: PDFReader.maximumDrawnPerPage, wholeFile: false))
        #expect("\(error)" == "PDF 第 1 页的内容过多（超过 100000 个图形），不像一份年度报告。请上传原始的 Word 文件（.docx）。")
    }

    @Test func formsDrawingNothingAreCountedToo() {
        // 10^6 forms that draw nothing still cost MuPDF ~30 µs each: minutes, without a line or a character
        let bytes = NestedFormPDF.bytes(leaf: NestedFormPDF.nothing, fan: 10, depth: 6)
        #expect(
            Self.refusal(bytes)
                == .tooMuchDrawn(page: 1, kind: .shapes, limit: PDFReader.maximumDrawnPerPage, wholeFile: false))
    }

    @Test func onePathOfManyLinesDrawnOverAndOverIsRefusedOnItsLines() {
        // 1,000 drawings of a path of 1,000 lines: few operations, 10^6 lines
        let bytes = NestedFormPDF.bytes(leaf: NestedFormPDF.path(of: 1_000), fan: 10, depth: 3)
        let error = Self.refusal(bytes)
        #expect(error == .tooMuchDrawn(page: 1, kind: .lines, limit: PDFReader.maximumDrawnPerPage, wholeFile: false))
        #expect(error.map { "\($0)" }?.contains("超过 100000 条线") == true)
    }

    @Test func oneLongTextDrawnOverAndOverIsRefusedOnItsCharacters() {
        let bytes = NestedFormPDF.bytes(leaf: NestedFormPDF.text(of: 1_000), fan: 10, depth: 3)
        let error = Self.refusal(bytes)
        #expect(
            error == .tooMuchDrawn(page: 1, kind: .characters, limit: PDFReader.maximumDrawnPerPage, wholeFile: false))
        #expect(error.map { "\($0)" }?.contains("超过 100000 个字") == true)
    }

    @Test func pagesEachUnderThePageCapAreRefusedOnceTheFileIsOver() {
        // 90,011 characters a page: three pages fit in the file's 300,000, the fourth does not
        let bytes = NestedFormPDF.bytes(pages: 4, leaf: NestedFormPDF.text(of: 900), fan: 10, depth: 2)
        let error = Self.refusal(bytes)
        #expect(error == .tooMuchDrawn(page: 4, kind: .characters, limit: PDFReader.maximumDrawn, wholeFile: true))
        #expect(error.map { "\($0)" }?.hasPrefix("PDF 的内容过多（到第 4 页已超过全文上限 300000 个字）") == true)
        // and three such pages are no report but are read: no cap is reached
        let three = NestedFormPDF.bytes(pages: 3, leaf: NestedFormPDF.text(of: 900), fan: 10, depth: 2)
        if case .tooMuchDrawn = Self.refusal(three) { Issue.record("three pages under the caps were refused") }
    }

    /// A page drawing a form of 250,000 `q Q` (1 MB) 5,000 times: operators that draw nothing, counted by no limit,
    /// for minutes of MuPDF's time (rv107 F1: 100 MB of them compressed to 100 KB, drawn ten times, took a minute).
    static func idleForms(times: Int) -> [UInt8] {
        var file = PDFObjects()
        let font = file.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        let form = file.addStream(
            "/Type /XObject /Subtype /Form /BBox [0 0 600 800]", String(repeating: "q Q\n", count: 250_000))
        let content = file.addStream(
            "", "BT /F1 12 Tf 50 700 Td (Report 2024) Tj ET\n" + String(repeating: "/X Do\n", count: times))
        let page = file.add(
            "<< /Type /Page /Parent \(file.nextNumber + 1) 0 R /MediaBox [0 0 600 800] /Resources << /Font << /F1 "
                + "\(font) 0 R >> /XObject << /X \(form) 0 R >> >> /Contents \(content) 0 R >>")
        _ = file.add("<< /Type /Pages /Kids [\(page) 0 R] /Count 1 >>")
        let catalog = file.add("<< /Type /Catalog /Pages \(page + 1) 0 R >>")
        return file.bytes(catalog: catalog)
    }

    @Test func contentThatDrawsNothingIsStoppedAtTheDeadline() throws {
        // (a deadline of one second for the test: a read of the file runs for minutes without one)
        let bytes = Self.idleForms(times: 5_000)
        #expect(throws: DocumentReadError.tooSlow(page: 1, seconds: 1)) {
            try PDFReader.read(bytes, milliseconds: 1_000)
        }
        #expect(
            "\(DocumentReadError.tooSlow(page: 1, seconds: PDFReader.maximumSeconds))"
                == "这个 PDF 的内容过于复杂：读到第 1 页时已用了 20 秒仍未读完，不像一份年度报告。请上传原始的 Word 文件（.docx）。")
        // The same form drawn once reads within the deadline.
        #expect(try PDFReader.read(Self.idleForms(times: 1), milliseconds: 60_000).format == .pdf)
    }

    @Test(.enabled(if: Corpus.shouldRun, Corpus.skipMessage), arguments: ["hongze-2023.pdf", "hongze-2024.pdf"])
    func theCorpusPDFsStillRead(name: String) throws {
        let document = try DocumentReaders.read(Array(try Corpus.data("files/\(name)")))
        #expect(document.blocks.count > 20)
    }

    @Test func aPageFiftyTimesAsDrawnAsARealOneStillReads() throws {
        // A real report page draws at most 174 lines and 891 operations; 10,000 lines (22,000 operations) read
        let bytes = NestedFormPDF.bytes(leaf: NestedFormPDF.line, fan: 10, depth: 4)
        let document = try DocumentReaders.read(bytes)
        #expect(document.format == .pdf)
    }
}

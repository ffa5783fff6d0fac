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

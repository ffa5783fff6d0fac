import DocumentLayout
import DocumentReaders
import Foundation
import HTMLReader
import ReportFixtures
import Testing

/// Word files and web pages hundreds of times larger than any report are refused before they cost the node minutes
/// (review rr97 F1: a 190 KB .docx inflating to 60 MiB of paragraphs was read for 130 s, a 7 MB page of 900,000
/// paragraphs for 65 s), and real ones still read.
@Suite struct OversizedDocumentTests {
    static let text = DocxFixture.p("二〇二四年政府信息公开工作年度报告")

    static func refusal(_ bytes: [UInt8]) -> DocumentReadError? {
        do {
            _ = try DocumentReaders.read(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func aBodyInflatingPastFourMegabytesIsRefused() throws {
        // One run of 5 MiB of text: 17 s to read at 60 MiB, refused only when committed
        let run =
            "<w:p><w:r><w:t xml:space=\"preserve\">" + String(repeating: "a ", count: 5 << 19) + "</w:t></w:r></w:p>"
        let bytes = try DocxFixture.make(body: Self.text + run)
        #expect(bytes.count < 100_000)
        let error = try #require(Self.refusal(bytes))
        let detail = "其中的 word/document.xml 解压后超过 4 MB，一份年度报告的这一部分不到 1 MB"
        #expect(error == .tooLarge(format: .docx, detail: detail))
        #expect("\(error)".hasSuffix("不像一份年度报告。请确认选的是年度报告本身；若是，请在 Word 或 WPS 中打开它，另存为新的 .docx 后再上传。"))
    }

    @Test func aBodyOfMoreElementsThanAnyReportIsRefused() throws {
        // 100,001 empty paragraphs, 600 KB: a real body holds at most 8,150 elements
        let bytes = try DocxFixture.make(body: Self.text + String(repeating: "<w:p/>", count: 100_001))
        let error = try #require(Self.refusal(bytes))
        guard case .tooLarge(.docx, let detail) = error else {
            Issue.record("refused as \(error)")
            return
        }
        #expect(detail == "其中的段落、文字和格式标记超过 100000 个（读到 word/document.xml 时），一份年度报告通常不到 2 万个")
    }

    @Test func partsPointedAtTheBodyAreNotReadAgain() throws {
        // The styles, numbering and notes all point at the body of 40,000 elements: read once, it fits the budget
        // of 100,000; read for each role (styles twice), it would not.
        let body = DocxFixture.document(body: Self.text + String(repeating: "<w:p/>", count: 40_000))
        let types = ["numbering", "styles", "footnotes", "endnotes"]
        let relationships = types.map { type in
            "<Relationship Id=\"r\(type)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "\(type)\" Target=\"document.xml\"/>"
        }
        let namespace = "http://schemas.openxmlformats.org/package/2006/relationships"
        let bytes = try DocxFixture.zip([
            (
                "_rels/.rels",
                "<Relationships xmlns=\"\(namespace)\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats"
                    + ".org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>"
            ),
            ("word/document.xml", body),
            (
                "word/_rels/document.xml.rels",
                "<Relationships xmlns=\"\(namespace)\">\(relationships.joined())</Relationships>"
            ),
        ])
        let document = try DocumentReaders.read(bytes)
        #expect(document.blocks.count >= 1)
    }

    @Test(.enabled(if: Corpus.shouldRun, Corpus.skipMessage))
    func theCorpusTemplateStillReads() throws {
        // A 251 KB body of 7,592 elements
        let template = Array(try Corpus.data("files/template-2021.docx"))
        #expect(try DocumentReaders.read(template).blocks.count > 5)
    }

    @Test func aBodyOfFiveThousandParagraphsStillReads() throws {
        let body = Self.text + String(repeating: DocxFixture.p("本机关依法公开政府信息。"), count: 5_000)
        #expect(try DocumentReaders.read(DocxFixture.make(body: body)).blocks.count == 5_001)
    }

    @Test func aWebPageOfMoreElementsThanAnyReportIsRefused() {
        // 20,001 paragraphs, 180 KB: a report saved from Word as a web page has 1,341 elements
        let page =
            "<html><body><h1>二〇二四年政府信息公开工作年度报告</h1>" + String(repeating: "<p>x</p>", count: 20_001)
            + "</body></html>"
        let error = Self.refusal(Array(page.utf8))
        #expect(error == .tooLarge(format: .html, detail: "有超过 20000 个段落、表格等元素，一份年度报告只有几千个"))
        #expect(error.map { "\($0)" }?.hasPrefix("网页（HTML）过大（有超过 20000 个段落、表格等元素") == true)
        // and a page just under it is read
        let under =
            "<html><body><h1>二〇二四年政府信息公开工作年度报告</h1>" + String(repeating: "<p>x</p>", count: 5_000)
            + "</body></html>"
        #expect(Self.refusal(Array(under.utf8)) == nil)
    }
}

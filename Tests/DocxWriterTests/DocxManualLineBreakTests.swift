import DocxWriter
import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// Word's manual line break (Shift+Enter) as text copied out of Word holds it, U+000B, is a line break (rv101 F3):
/// the Word export writes it as `w:br` (it left it out, and the two lines ran together), and a text report holding
/// it reads as the lines it separates, as the .docx reader reads `w:br`, so that the Word export of such a report
/// committed back is the same report (it made a new version).
@Suite struct DocxManualLineBreakTests {
    /// The sample 000 (常张乡 2024) with `replacement` for `text`.
    static func sample(replacing text: String, with replacement: String) throws -> String {
        let path = "Scripts/samples/000_35b5a4da37cb7d63.txt"
        let data = try #require(
            FileManager.default.contents(atPath: Corpus.packageRoot.appendingPathComponent(path).path))
        let sample = String(decoding: data, as: UTF8.self)
        #expect(sample.contains(text))
        return sample.replacingOccurrences(of: text, with: replacement)
    }

    @Test func aManualLineBreakIsALineBreakInWord() throws {
        var report = SampleReport.make()
        let last = report.sections.count - 1
        report.sections[last].blocks.insert(.paragraph(Paragraph("未收取信息处理费。\u{0B}备注：见附件。")), at: 0)
        let xml = String(decoding: try DocxRoundTripTests.documentXML(try DocxWriter.write(report)), as: UTF8.self)
        #expect(xml.contains(">未收取信息处理费。</w:t></w:r><w:r><w:br/></w:r><w:r><w:t xml:space=\"preserve\">备注：见附件。<"))
    }

    @Test func aTextReportWithManualLineBreaksReadsBackFromItsWordExport() throws {
        // (a line broken by hand in the middle of a sentence is not a line wrapped: its pieces stay apart)
        let text = try Self.sample(
            replacing: "我乡2024年未收取信息处理费。",
            with: "我乡2024年未收取信息处理费。\u{0B}备注：见附件。\n联系人：常张乡党政办公室王五同志\u{0B}电话：0355-1234567")
        let report = try ReportParser.parse(Data(text.utf8)).report
        let closing = try #require(report.sections.last).closingParagraphs.map(\.text)
        #expect(
            closing.map { $0.trimmingCharacters(in: .whitespaces) } == [
                "我乡2024年未收取信息处理费。", "备注：见附件。", "联系人：常张乡党政办公室王五同志", "电话：0355-1234567", "常张乡人民政府",
                "2025年1月8日",
            ])
        #expect(!closing.contains { $0.contains("\u{0B}") })
        let again = try ReportParser.parse(try DocxWriter.write(report)).report
        DocxRoundTripTests.expectSame(again, report, "manual line breaks")
    }
}

import DocumentLayout
import DocumentReaders
import ReportFixtures
import Testing

/// A Word file whose sections 五 and 六 are an embedded HTML chunk (`w:altChunk`), as some OA systems' exports
/// write them: Word shows the chunk's text in place, and the reader dropped it without a word, so that check called
/// the two sections missing (wn99 M8). The chunk's content is read where it stands now; a chunk in a format no
/// reader reads (RTF) is left out as before.
@Suite struct EmbeddedChunkTests {
    typealias F = DocxFixture

    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"

    /// A document of a paragraph, a chunk of `part` (path under word/, text), and a last paragraph.
    static func read(_ part: (String, String)) throws -> [String] {
        let chunk =
            "<w:altChunk xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " r:id=\"rIdChunk\"/>"
        let bytes = try F.make(
            body: F.p("四、政府信息公开行政复议、行政诉讼情况") + chunk + F.p("（此页无正文）"),
            relationships: "<Relationship Id=\"rIdChunk\" Type=\"\(relationshipType)\" Target=\"\(part.0)\"/>",
            parts: [("word/" + part.0, part.1)])
        return try DocumentReaders.read(bytes).paragraphs.map(\.text)
    }

    @Test func anHTMLChunkIsReadInItsPlace() throws {
        let html =
            "<html><head><meta charset=\"utf-8\"></head><body><p>五、存在的主要问题及改进情况</p>"
            + "<p>一是公开内容不够全面。</p><p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p></body></html>"
        #expect(
            try Self.read(("afchunk.htm", html)) == [
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "一是公开内容不够全面。",
                "六、其他需要报告的事项", "本年度未收取信息处理费。", "（此页无正文）",
            ])
    }

    @Test func aTextChunkIsReadAParagraphALineAndAnRTFChunkIsLeftOut() throws {
        #expect(
            try Self.read(("chunk.txt", "六、其他需要报告的事项\n\n无。\n")) == [
                "四、政府信息公开行政复议、行政诉讼情况", "六、其他需要报告的事项", "无。", "（此页无正文）",
            ])
        #expect(
            try Self.read(("chunk.rtf", "{\\rtf1 六、其他需要报告的事项}")) == [
                "四、政府信息公开行政复议、行政诉讼情况", "（此页无正文）",
            ])
    }
}

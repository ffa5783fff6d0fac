import DocumentLayout
import DocumentReaders
import DocxReader
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

    /// A document whose body is a paragraph and `chunks` chunks (path under word/, text).
    static func document(_ chunks: [(String, String)]) throws -> [UInt8] {
        let namespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let body = chunks.indices.map { "<w:altChunk xmlns:r=\"\(namespace)\" r:id=\"rIdChunk\($0)\"/>" }.joined()
        let relationships = chunks.enumerated().map { index, chunk in
            "<Relationship Id=\"rIdChunk\(index)\" Type=\"\(relationshipType)\" Target=\"\(chunk.0)\"/>"
        }
        return try F.make(
            body: F.p("四、政府信息公开行政复议、行政诉讼情况") + body, relationships: relationships.joined(),
            parts: chunks.map { ("word/" + $0.0, $0.1) })
    }

    /// What reading refuses a file with (the oversized documents' helper).
    static func refusal(_ bytes: [UInt8]) -> DocumentReadError? { OversizedDocumentTests.refusal(bytes) }

    /// Chunks are a zip bomb when nothing bounds them together (rv107 F2: 300 chunks of 4 MiB in a 1.3 MB file, read
    /// into 1.2 GB; 8 text chunks of one-character lines, 43 KB, read for minutes into 3 GB). The chunks read are
    /// counted, the bytes of all the parts read share one budget, checked before a part is inflated, and the
    /// paragraphs the chunks lay out another; a chunk of a format that is not laid out is not read at all.
    @Test func chunksTogetherHaveABudgetOfCountBytesAndParagraphs() throws {
        let most = DocxReader.maximumChunks
        let small = (0...most).map { ("chunk\($0).txt", "六、其他需要报告的事项\n无。\n") }
        #expect(try DocumentReaders.read(Self.document(Array(small.prefix(most)))).paragraphs.count == 1 + 2 * most)
        #expect(
            Self.refusal(try Self.document(small))
                == .tooLarge(format: .docx, detail: "其中嵌入的其他格式内容超过 16 块，一份年度报告至多几块"))
        // (RTF chunks are left out unread, so that they do not count)
        let rtf = (0...most).map { ("chunk\($0).rtf", "{\\rtf1 x}") }
        #expect(try DocumentReaders.read(Self.document(rtf)).paragraphs.count == 1)

        // 10,001 lines of one character: 40 KB, past the paragraphs' budget (10,000 read)
        let lines = String(repeating: "一\n", count: DocumentReaders.maximumChunkBlocks + 1)
        #expect(
            Self.refusal(try Self.document([("lines.txt", lines)]))
                == .tooLarge(
                    format: .docx, detail: "其中嵌入的其他格式内容超过 10000 段，一份年度报告的这些内容通常不到几百段"))
        #expect(
            try DocumentReaders.read(Self.document([("lines.txt", String(lines.dropLast(2)))])).paragraphs.count > 1)

        // Five chunks each under the part's 4 MiB, 19.5 MiB together (blank, so that they lay out nothing)
        let blank = String(repeating: " ", count: (4 << 20) - 100_000)
        let large = (0..<5).map { ("large\($0).txt", blank) }
        #expect(
            Self.refusal(try Self.document(large))
                == .tooLarge(format: .docx, detail: "其中各部分解压后共超过 16 MB，一份年度报告共不到 2 MB"))
    }
}

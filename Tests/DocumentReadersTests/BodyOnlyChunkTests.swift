import DocumentLayout
import DocumentReaders
import ReportFixtures
import Testing

/// A Word file whose body is only an embedded chunk (`w:altChunk`), as an OA system's 导出Word writes the whole
/// report: the chunk's text is the document's, and it had been refused as "没有任何文字" before the chunk was read
/// (review rv112 F18). A chunk in a format that is not read (MHT) is named in the refusal; chunks with no text
/// still make a document with no text.
@Suite struct BodyOnlyChunkTests {
    typealias F = DocxFixture

    /// A document whose body is `before` and one chunk of `part` (path under word/, text).
    static func document(before: String = "", _ part: (String, String)) throws -> [UInt8] {
        let chunk =
            "<w:altChunk xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " r:id=\"rIdChunk\"/>"
        return try F.make(
            body: before + chunk,
            relationships:
                "<Relationship Id=\"rIdChunk\" Type=\"\(EmbeddedChunkTests.relationshipType)\" Target=\"\(part.0)\"/>",
            parts: [("word/" + part.0, part.1)])
    }

    static let html =
        "<html><head><meta charset=\"utf-8\"></head><body><p>一、总体情况</p><p>本年度工作正常开展。</p></body></html>"

    @Test(arguments: ["", "<w:p/>"])
    func aBodyOfOneHTMLChunkIsRead(before: String) throws {
        let document = try DocumentReaders.read(try Self.document(before: before, ("afchunk.htm", Self.html)))
        #expect(document.paragraphs.map(\.text) == ["一、总体情况", "本年度工作正常开展。"])
    }

    @Test func aBodyOfOneMHTChunkIsRefusedNamingIt() throws {
        let refusal = EmbeddedChunkTests.refusal(
            try Self.document(("afchunk.mht", "MIME-Version: 1.0\n\n" + Self.html)))
        #expect(refusal == .unreadChunk(format: .docx, part: "word/afchunk.mht"))
        #expect(refusal?.description.contains("另存为新的 .docx") == true)
    }

    @Test func aBodyOfAChunkWithoutTextHasNoText() throws {
        let empty = "<html><body><p> </p></body></html>"
        #expect(EmbeddedChunkTests.refusal(try Self.document(("afchunk.htm", empty))) == .noText(format: .docx))
    }
}

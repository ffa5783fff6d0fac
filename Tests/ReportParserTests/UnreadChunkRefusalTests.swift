import DocumentLayout
import DocumentReaders
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A Word file an OA system exported as a title line and the report in an MHT chunk (`w:altChunk` of
/// `word/afchunk.mht`, which no reader here lays out): it had been refused as 「这段文字不是政府信息公开工作年度报告」,
/// the clerk not told that the report is in a part not read nor what to do (review rv114 F4). Whenever such a part
/// was left unread and the file is refused as no report or as having no text, the refusal names the part and says
/// to save the file as a new .docx.
@Suite struct UnreadChunkRefusalTests {
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"

    /// A document whose body is `before` and then one chunk of each part (name under word/, content).
    static func document(before: String, _ parts: [(String, String)]) throws -> [UInt8] {
        let chunks = parts.indices.map { index in
            "<w:altChunk xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
                + " r:id=\"rIdChunk\(index)\"/>"
        }
        let relationships = parts.indices.map { index in
            "<Relationship Id=\"rIdChunk\(index)\" Type=\"\(relationshipType)\" Target=\"\(parts[index].0)\"/>"
        }
        return try DocxFixture.make(
            body: before + chunks.joined(), relationships: relationships.joined(),
            parts: parts.map { ("word/" + $0.0, $0.1) })
    }

    static let mht = (
        "afchunk.mht",
        "MIME-Version: 1.0\nContent-Type: text/html; charset=\"utf-8\"\n\n<html><body><p>一、总体情况</p></body></html>"
    )

    static func refusal(_ bytes: [UInt8]) -> ParseError? {
        do {
            _ = try ReportParser.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        DocxFixture.p("某某镇人民政府2024年政府信息公开工作年度报告"),
        DocxFixture.p("某某县人民政府办公室文件") + DocxFixture.p("关于印发年度报告的通知"),
    ])
    func aTitleBeforeAnUnreadChunkIsRefusedNamingIt(before: String) throws {
        let refusal = Self.refusal(try Self.document(before: before, [Self.mht]))
        #expect(refusal == .unreadableDocument(.unreadChunk(format: .docx, part: "word/afchunk.mht")))
        #expect(refusal?.description.contains("word/afchunk.mht") == true)
        #expect(refusal?.description.contains("另存为新的 .docx") == true)
    }

    @Test func readChunksWithoutTextBesideAnUnreadOneAreRefusedNamingIt() throws {
        let empty = ("afchunk.htm", "<html><body><p> </p></body></html>")
        let refusal = Self.refusal(try Self.document(before: "", [empty, Self.mht]))
        #expect(refusal == .unreadableDocument(.unreadChunk(format: .docx, part: "word/afchunk.mht")))
    }

    @Test func aReportBesideAnUnreadChunkIsRead() throws {
        let body =
            DocxFixture.p("某某镇人民政府2024年政府信息公开工作年度报告") + DocxFixture.p("一、总体情况")
            + DocxFixture.p("本年度工作正常开展。")
        let result = try ReportParser.parse(try Self.document(before: body, [Self.mht]))
        #expect(result.report.sections.first?.heading == "一、总体情况")
    }

    @Test func aFileWithoutAnUnreadChunkIsStillNoReport() throws {
        let refusal = Self.refusal(try Self.document(before: DocxFixture.p("会议通知"), []))
        guard case .notAReport = refusal else {
            Issue.record("refused as \(String(describing: refusal))")
            return
        }
    }
}

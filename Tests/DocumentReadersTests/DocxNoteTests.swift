import DocumentLayout
import DocxReader
import Foundation
import ReportFixtures
import Testing

/// Word's footnotes and endnotes (引用 › 插入脚注): each reference is its note's number, raised, where it stands, and
/// each note's text a paragraph at the end of the document (`注1：…`, `尾注1：…`) — they had been dropped with no word
/// said, and the report kept without them (review rr93 F2). In a table's cell the mark is not written (the cell's
/// number stays readable), but the note is kept all the same.
@Suite struct DocxNoteTests {
    typealias F = DocxFixture

    static let footnotes = """
        <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\
        <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>\
        <w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>\
        <w:r><w:t xml:space="preserve"> 数据来源：县政务服务中心统计（截至2024年12月31日）。</w:t></w:r></w:p></w:footnote>\
        <w:footnote w:id="2"><w:p><w:r><w:t>含转办3件。</w:t></w:r></w:p></w:footnote>
        """
    static let endnotes = """
        <w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>\
        <w:endnote w:id="1"><w:p><w:r><w:t>本报告电子版可在县政府门户网站下载。</w:t></w:r></w:p></w:endnote>
        """

    static func reference(_ kind: String, _ id: Int) -> String {
        "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:\(kind)Reference w:id=\"\(id)\"/></w:r>"
    }

    @Test func notesAreKeptWithTheirMarks() throws {
        let body =
            "<w:p><w:r><w:t>全年主动公开政府信息9487条</w:t></w:r>\(Self.reference("footnote", 1))"
            + "<w:r><w:t>，涉及社会救助等领域。</w:t></w:r></w:p>"
            + F.tbl(
                grid: [1000],
                F.tr("<w:tc><w:p><w:r><w:t>12</w:t></w:r>\(Self.reference("footnote", 2))</w:p></w:tc>"))
            + "<w:p><w:r><w:t>特此报告。</w:t></w:r>\(Self.reference("endnote", 1))</w:p>"
        let document = try DocxReader.read(
            F.make(body: body, footnotes: Self.footnotes, endnotes: Self.endnotes))
        #expect(
            document.paragraphs.map(\.text) == [
                "全年主动公开政府信息9487条¹，涉及社会救助等领域。", "特此报告。¹",
                "注1：数据来源：县政务服务中心统计（截至2024年12月31日）。", "注2：含转办3件。", "尾注1：本报告电子版可在县政府门户网站下载。",
            ])
        #expect(try #require(document.tables.first).cells.map(\.text) == ["12"])
    }

    /// A file without notes, or whose notes part is broken, reads as before.
    @Test func aBrokenNotesPartLeavesTheNotesOut() throws {
        let body = "<w:p><w:r><w:t>正文</w:t></w:r>\(Self.reference("footnote", 1))</w:p>"
        let document = try DocxReader.read(F.make(body: body, footnotes: "<w:footnote w:id=\"1\"><w:p>"))
        #expect(document.paragraphs.map(\.text) == ["正文¹"])
    }
}

import DocumentLayout
import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// Table 3 pasted into a Word file as a picture (粘贴为图片, review rv112 F22): the page shows the table, none of its
/// figures can be read, and `check` had said 错误 缺少表三 and nothing of the picture. The reader notes where pictures
/// stand; a table of the format missing from the section a picture stands in is a reading warning that names the
/// picture, in the parser's diagnostics and in `check`.
@Suite struct TablePictureTests {
    /// A picture as Word 2007+ inserts it (DrawingML).
    static let drawing =
        "<w:p><w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
        + "<wp:extent cx=\"5000000\" cy=\"3000000\"/><wp:docPr id=\"1\" name=\"图片 1\"/>"
        + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
        + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
        + "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:blipFill>"
        + "<a:blip xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:embed=\"rIdImage1\"/>"
        + "</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"

    /// A picture as older Word and WPS write it (VML).
    static let vml =
        "<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" style=\"width:400pt;height:300pt\">"
        + "<v:imagedata xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        + " r:id=\"rIdImage1\"/></v:shape></w:pict></w:r></w:p>"

    /// A report of the six sections, without tables, with `picture` in the section `pictureIn` (1 to 6).
    static func parsed(_ picture: String, in pictureIn: Int) throws -> ParseResult {
        let sections = [
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
            "五、政府信息公开工作存在的主要问题及改进情况", "六、其他需要报告的事项",
        ]
        var body = DocxFixture.p("某某镇人民政府2024年政府信息公开工作年度报告")
        for (index, heading) in sections.enumerated() {
            body += DocxFixture.p(heading) + DocxFixture.p("本部分情况如下。")
            if index + 1 == pictureIn { body += picture }
        }
        return try ReportParser.parse(try DocxFixture.make(body: body))
    }

    @Test(arguments: [drawing, vml])
    func table3PastedAsAPictureIsTheReportsGapNamingThePicture(picture: String) throws {
        let result = try Self.parsed(picture, in: 3)
        let note = try #require(result.diagnostics.first { $0.code == .tablePicture })
        #expect(note.severity == .warning)
        #expect(note.subject?.table == 3)
        #expect(note.message.hasPrefix("没有表三，它所在的这一部分有一张图片：如果表三粘贴成了图片，读不出其中的数字"))
        #expect(note.englishMessage.hasPrefix("Table 3 is missing, and a picture stands in its part"))
        let findings = ReportChecker().check(result.report, diagnostics: result.diagnostics)
        let missing = try #require(findings.first { $0.rule == "table-missing" && $0.place.table == 3 })
        // (still the report's gap: the picture may be a seal or a logo, not the table — rv116 F5)
        #expect(missing.severity == .error && missing.kind != .reading)
        #expect(missing.message == note.message)
        #expect(missing.english == note.englishMessage)
        // Tables 2 and 4 are the report's gaps, as before.
        #expect(
            findings.filter { $0.rule == "table-missing" && $0.severity == .error }.map(\.place.table) == [2, 3, 4])
    }

    @Test func aPictureInAnotherSectionLeavesTheMissingTableTheReportsGap() throws {
        // A picture in section 一 (a photo of the office, a logo): table 3 is missing, and nothing says it is a picture.
        let result = try Self.parsed(Self.drawing, in: 1)
        #expect(!result.diagnostics.contains { $0.code == .tablePicture })
        let findings = ReportChecker().check(result.report, diagnostics: result.diagnostics)
        #expect(findings.contains { $0.rule == "table-missing" && $0.place.table == 3 && $0.severity == .error })
    }

    @Test func aPictureDeletedWithTrackedChangesIsNoPicture() throws {
        let deleted = Self.drawing.replacingOccurrences(
            of: "<w:r><w:drawing>", with: "<w:del w:id=\"9\" w:author=\"a\"><w:r><w:drawing>"
        ).replacingOccurrences(of: "</w:drawing></w:r>", with: "</w:drawing></w:r></w:del>")
        let result = try Self.parsed(deleted, in: 3)
        #expect(!result.diagnostics.contains { $0.code == .tablePicture })
    }
}

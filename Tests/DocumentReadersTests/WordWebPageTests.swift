import DocumentLayout
import Foundation
import ReportModel
import Testing

@testable import HTMLReader

/// A report Word saved as a web page: its conditional comments (a picture's VML drawing, a field's code) hide only
/// what they hold, and a page cut short on its way is refused.
@Suite struct WordWebPageTests {
    static func page(_ body: String) -> [UInt8] {
        Array(
            """
            <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
            <head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
            <!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>admin</o:Author></o:DocumentProperties></xml><![endif]-->
            <style><!-- p.MsoNormal {margin:0cm;} --></style></head>
            <body lang=ZH-CN><div class=WordSection1>\(body)</div></body></html>
            """.utf8)
    }

    /// Word writes an inline picture (a seal, a logo) as its VML drawing in a downlevel-hidden comment and an `<img>`
    /// between downlevel-revealed markers: the text after it is the page's.
    @Test func theTextAfterAPictureIsKept() throws {
        let picture = """
            <span lang=EN-US><!--[if gte vml 1]><v:shape id="图片_1" o:spid="_x0000_i1025" type="#_x0000_t75"
             style='width:100pt;height:100pt;visibility:visible'><v:imagedata src="report.files/image001.png"
             o:title=""/></v:shape><![endif]--><![if !vml]><img width=133 height=133
            src="report.files/image002.jpg" v:shapes="图片_1"><![endif]></span>
            """
        let document = try HTMLReader.read(
            Self.page(
                """
                <p class=MsoNormal>一、总体情况\(picture)全年主动公开政府信息133条。</p>
                <table><tr><td><p>行政许可</p></td><td><p>550</p></td></tr></table>
                <p class=MsoNormal>\(picture)</p><p class=MsoNormal>某某乡人民政府</p><p>2025年1月15日</p>
                """))
        #expect(document.paragraphs.map(\.text) == ["一、总体情况全年主动公开政府信息133条。", "某某乡人民政府", "2025年1月15日"])
        #expect(document.tables.first?.cells.map(\.text) == ["行政许可", "550"])
    }

    /// A total typed as Word's table formula (`=SUM(LEFT)`) and a DATE field: the code is in downlevel-hidden
    /// comments, the result between them is the page's text.
    @Test func aFieldsResultIsRead() throws {
        func field(_ code: String, _ result: String) -> String {
            """
            <!--[if supportFields]><span style='mso-element:field-begin'></span><span
            style='mso-spacerun:yes'> </span>\(code) <span style='mso-element:field-separator'></span><![endif]--><span
            lang=EN-US>\(result)<!--[if supportFields]><span style='mso-element:field-end'></span><![endif]--></span>
            """
        }
        let document = try HTMLReader.read(
            Self.page(
                """
                <table><tr><td><p>一、本年新收政府信息公开申请数量</p></td><td><p>100</p></td><td><p>6</p></td>
                <td><p>\(field("=SUM(LEFT)", "106"))</p></td></tr></table>
                <p class=MsoNormal>某某乡人民政府</p><p>\(field("DATE \\@ \"yyyy年M月d日\"", "2025年1月15日"))</p>
                """))
        #expect(document.tables.first?.cells.map(\.text) == ["一、本年新收政府信息公开申请数量", "100", "6", "106"])
        #expect(document.paragraphs.map(\.text) == ["某某乡人民政府", "2025年1月15日"])
    }

    /// Only markers closed right away are removed: a `<![if` in a script or in a comment, or one never closed, is left
    /// to the parser.
    @Test func onlyWholeMarkersOutsideCommentsAndScriptsAreRemoved() {
        let text = """
            <p><![if !supportLists]>一、<![endif]>总体</p><script>var a = "<![if x]>";</script>\
            <!-- <![endif]> --><p>a <![if b > c</p>
            """
        let cleaned = String(decoding: DownlevelConditionals.removed(from: Array(text.utf8)), as: UTF8.self)
        #expect(
            cleaned == """
                <p>一、总体</p><script>var a = "<![if x]>";</script><!-- <![endif]> --><p>a <![if b > c</p>
                """)
    }

    /// A page cut off while downloading ends inside a cell (`19` of `195`): refused, never read as a whole page. A
    /// fragment of a page (no `<html>`, no `<body>`) is read as it is.
    @Test func aPageCutShortIsRefused() throws {
        let whole = Self.page(
            "<table><tr><td>信息</td><td>总计</td></tr><tr><td><p>6.属于四类过程性信息</p></td><td><p>195</p></td></tr></table>")
        let text = String(decoding: whole, as: UTF8.self)
        let cut = try #require(text.range(of: "195")).lowerBound
        let cutPage = Array(text[..<text.index(cut, offsetBy: 2)].utf8)
        #expect(throws: DocumentReadError.incomplete(format: .html)) { try HTMLReader.read(cutPage) }
        #expect(DocumentReadError.incomplete(format: .html).description.hasPrefix("文件不完整"))
        #expect(try HTMLReader.read(whole).tables.first?.cells.map(\.text) == ["信息", "总计", "6.属于四类过程性信息", "195"])
        let fragment = "<table><tr><td>信息</td><td>件数</td></tr><tr><td>行政许可</td><td>550</td></tr></table>"
        #expect(
            try HTMLReader.read(Array(fragment.utf8)).tables.first?.cells.map(\.text) == ["信息", "件数", "行政许可", "550"])
    }
}

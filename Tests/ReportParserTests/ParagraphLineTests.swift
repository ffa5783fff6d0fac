import DocumentLayout
import Foundation
import ReportModel
import ReportParser
import Testing

/// A laid-out paragraph is read line by line: each line its line breaks (Word's `w:br`, `w:cr`) end is a paragraph of
/// the report, its text as written, tabs kept — as a page's `<br>` ends a paragraph, and as a text file's lines are
/// read. Its lines had been joined into one, a break between Chinese characters dropped and any other one (and a tab)
/// made a space (review rr93 F3).
@Suite struct ParagraphLineTests {
    static let opening = ["常张乡人民政府2024年政府信息公开工作年度报告", "一、总体情况"]

    static func paragraphs(_ texts: [String]) throws -> [String] {
        let blocks = (opening + texts).map { LayoutBlock.paragraph(LayoutParagraph($0)) }
        let result = try ReportParser.parse(document: LaidOutDocument(format: .docx, blocks: blocks))
        return result.report.sections.flatMap(\.allParagraphs).map(\.text)
    }

    /// A break between Chinese characters neither joins the lines nor puts a space between them: they stay two.
    @Test func aLineBreakEndsALine() throws {
        #expect(
            try Self.paragraphs(["全年收取信息处理费0元。注释范围\n换行后文字。", "本年度，\r\n我乡公开信息133条。\r联系人：张三"]) == [
                "全年收取信息处理费0元。注释范围", "换行后文字。", "本年度，", "我乡公开信息133条。", "联系人：张三",
            ])
    }

    /// Digits on both sides of a break stay on their lines: `5` and `8` are neither `58` nor `5 8`. A tab stays a tab,
    /// and an empty line (two breaks) is no paragraph.
    @Test func digitsAndWordsStayOnTheirLinesAndATabIsATab() throws {
        #expect(
            try Self.paragraphs(["受理申请5\n8件已办结。", "详见gov.cn\n\nweb页面。", "第一项\t说明。"]) == [
                "受理申请5", "8件已办结。", "详见gov.cn", "web页面。", "第一项\t说明。",
            ])
    }

    /// A heading typed above its text in one paragraph is the heading of that text, as on a line of its own.
    @Test func aHeadingOnItsOwnLineIsAHeading() throws {
        let blocks = (Self.opening + ["本年度，我乡公开信息133条。", "六、其他需要报告的事项\n本年度未收取信息处理费。"]).map {
            LayoutBlock.paragraph(LayoutParagraph($0))
        }
        let report = try ReportParser.parse(document: LaidOutDocument(format: .docx, blocks: blocks)).report
        #expect(report.sections.map(\.heading) == ["一、总体情况", "六、其他需要报告的事项"])
        #expect(report.sections.last?.allParagraphs.map(\.text) == ["本年度未收取信息处理费。"])
    }

    /// A web page's `<br>` in a `<p>` gives the same lines as Word's line break.
    @Test func aPageBreaksItsLinesAsWordDoes() throws {
        let page = """
            <html><head><meta charset="utf-8"></head><body><p>\(Self.opening[0])</p><p>\(Self.opening[1])</p>
            <p>本年度，我乡公开信息133条。<br>联系人：张三<br/>联系电话：1234</p></body></html>
            """
        let html = try ReportParser.parse(Data(page.utf8)).report
        let word = try Self.paragraphs(["本年度，我乡公开信息133条。\n联系人：张三\n联系电话：1234"])
        #expect(html.sections.flatMap(\.allParagraphs).map(\.text) == word)
        #expect(word == ["本年度，我乡公开信息133条。", "联系人：张三", "联系电话：1234"])
    }
}

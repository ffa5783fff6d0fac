import DocumentLayout
import ReportModel
import ReportParser
import Testing

/// A laid-out paragraph is read as one line: what its line breaks (Word's `w:br`, a page's `<br>`) become.
@Suite struct ParagraphLineTests {
    static func paragraphs(_ texts: [String]) throws -> [String] {
        let blocks = (["常张乡人民政府2024年政府信息公开工作年度报告", "一、总体情况"] + texts).map {
            LayoutBlock.paragraph(LayoutParagraph($0))
        }
        let result = try ReportParser.parse(document: LaidOutDocument(format: .docx, blocks: blocks))
        return result.report.sections.flatMap(\.allParagraphs).map(\.text)
    }

    @Test func aLineBreakBetweenChineseCharactersIsNoSpace() throws {
        #expect(
            try Self.paragraphs(["全年收取信息处理费0元。注释范围\n换行后文字。", "本年度，\n我乡公开信息133条。"]) == [
                "全年收取信息处理费0元。注释范围换行后文字。", "本年度，我乡公开信息133条。",
            ])
    }

    /// Digits on both sides of a break stay apart: `5` and `8` are not `58`.
    @Test func aLineBreakBetweenDigitsOrWordsStaysASpace() throws {
        #expect(
            try Self.paragraphs(["受理申请5\n8件已办结。", "详见gov.cn\nweb页面。", "第一项\t说明。"]) == [
                "受理申请5 8件已办结。", "详见gov.cn web页面。", "第一项 说明。",
            ])
    }
}

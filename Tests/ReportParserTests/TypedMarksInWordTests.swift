import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// What a clerk types in a Word paragraph is the paragraph's text, whatever marks a text report uses: a leading `\`,
/// Markdown's `#` and `**`, and a row group's caption (`第二十条第（一）项`) with no table after it had been cut off or
/// dropped without a note (review rv105 F4), so that a downloaded Word file edited and sent back gave another change
/// than the one made.
@Suite struct TypedMarksInWordTests {
    typealias F = DocxFixture

    /// The paragraphs of section 五 of a Word report whose 五 holds `typed`, one paragraph each.
    static func sectionFive(_ typed: [String]) throws -> [String] {
        let body =
            F.p("常张乡人民政府2024年政府信息公开工作年度报告") + F.p("一、总体情况") + F.p("2024年，我乡主动公开政府信息133条。")
            + F.p("五、存在的主要问题及改进情况") + typed.map(F.p).joined() + F.p("六、其他需要报告的事项") + F.p("无。")
        let report = try ReportParser.parse(try F.make(body: body)).report
        let five = try #require(report.sections.first { $0.templateSlot == 5 })
        return five.blocks.compactMap(\.paragraph).map(\.text)
    }

    @Test(arguments: [
        "\\d 表示数字。", "## 标题样的文字", "#1 问题：公开不及时。", "**注意**：数据以统计口径为准。", "第二十条第（一）项",
        "第二十条第（八）项",
    ])
    func aTypedParagraphIsReadAsTyped(typed: String) throws {
        #expect(try Self.sectionFive([typed, "下一段文字。"]) == [typed, "下一段文字。"])
    }

    @Test func markdownMarksAroundAHeadingStillMakeTheHeading() throws {
        let body =
            F.p("常张乡人民政府2024年政府信息公开工作年度报告") + F.p("## 一、总体情况") + F.p("2024年，我乡主动公开政府信息133条。")
            + F.p("**五、存在的主要问题及改进情况**") + F.p("无。")
        let report = try ReportParser.parse(try F.make(body: body)).report
        #expect(report.sections.map(\.templateSlot) == [1, 5])
        #expect(report.sections.first?.blocks.compactMap(\.paragraph).map(\.text) == ["2024年，我乡主动公开政府信息133条。"])
    }
}

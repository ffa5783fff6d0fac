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

    /// Bold marks around a row group's caption or a unit line over a piece of table 2 leave it the table's layout:
    /// kept as typed, they had cut table 2 into several tables 2 of missing cells (rv106 F7).
    @Test(arguments: ["**第二十条第（一）项**", "**单位：元**"])
    func boldMarksAroundATablesLayoutLineLeaveItLayout(typed: String) throws {
        let grid =
            "<w:tblGrid><w:gridCol w:w=\"2400\"/><w:gridCol w:w=\"800\"/><w:gridCol w:w=\"800\"/>"
            + "<w:gridCol w:w=\"800\"/></w:tblGrid>"
        let header = F.tr(F.tc("信息内容"), F.tc("本年制发件数"), F.tc("本年废止件数"), F.tc("现行有效件数"))
        let first = "<w:tbl>" + grid + header + F.tr(F.tc("规章"), F.tc("1"), F.tc("0"), F.tc("3")) + "</w:tbl>"
        let second = "<w:tbl>" + grid + header + F.tr(F.tc("规范性文件"), F.tc("2"), F.tc("0"), F.tc("5")) + "</w:tbl>"
        let body =
            F.p("常张乡人民政府2024年政府信息公开工作年度报告") + F.p("二、主动公开政府信息情况") + first + F.p(typed) + second
            + F.p("三、收到和处理政府信息公开申请情况") + F.p("无。")
        let report = try ReportParser.parse(try F.make(body: body)).report
        let two = try #require(report.section(slot: 2))
        #expect(Report(sections: [two]).tables.count == 1)
        let table = try #require(report.table(number: 2))
        #expect(table.cells.contains { $0.1.text == "5" } && table.cells.contains { $0.1.text == "3" })
        #expect(two.blocks.compactMap(\.paragraph).map(\.text).allSatisfy { !$0.contains("第二十条") })
    }
}

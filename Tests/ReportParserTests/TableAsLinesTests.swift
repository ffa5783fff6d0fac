import DocumentLayout
import Foundation
import ReportChecks
import ReportModel
import ReportParser
import Testing

/// Table 3 typed in Word as lines of text, a row per paragraph (`一、本年新收政府信息公开申请数量 69 121 13 …`): its
/// numbered rows are not headings — no sections 一 to 四 inside section 三 — and the table is a reading problem for
/// the person to look at, not 缺少表三 as the report's error that stops publishing.
@Suite struct TableAsLinesTests {
    static let rows = [
        "一、本年新收政府信息公开申请数量 69 121 13 17 10 116 346",
        "二、上年结转政府信息公开申请数量 3 3 1 1 1 0 9",
        "（一）予以公开 5 1 1 0 0 13 20",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 0 5 2 0 2 2 11",
        "1.属于国家秘密 0 0 1 1 0 2 4",
        "四、结转下年度继续办理 0 0 0 0 0 0 0",
    ]

    @Test func aTablesRowsTypedAsLinesAreNotHeadings() throws {
        let paragraphs =
            [
                "常张乡人民政府2024年政府信息公开工作年度报告", "一、总体情况", "（一）主动公开情况 1", "2024年，我乡认真落实《条例》。",
                "三、收到和处理政府信息公开申请情况",
            ]
            + Self.rows + ["五、存在的主要问题及改进情况", "无。"]
        let document = LaidOutDocument(format: .docx, blocks: paragraphs.map { .paragraph(LayoutParagraph($0)) })
        let report = try ReportParser.parse(document: document).report
        #expect(report.sections.map(\.heading) == ["一、总体情况", "三、收到和处理政府信息公开申请情况", "五、存在的主要问题及改进情况"])
        // (a heading with one number in it is still one)
        #expect(report.sections[0].sections.map(\.heading) == ["（一）主动公开情况 1"])
        #expect(report.sections[1].sections.isEmpty)
        #expect(report.sections[1].allParagraphs.map(\.text) == Self.rows)
        let missing = ReportChecker().check(report).first { $0.rule == "table-missing" && $0.place.table == 3 }
        #expect(missing?.kind == .reading)
    }
}

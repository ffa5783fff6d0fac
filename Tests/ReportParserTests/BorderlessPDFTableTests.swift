import DocumentLayout
import ReportModel
import ReportParser
import Testing

/// A PDF whose tables are drawn without rules: the PDF reader gives their rows as lines of text set in columns
/// (`一、本年新收政府信息公开申请数量 100 1 2 3 4 5 6`), and they are read as a text report's tables are, never as
/// headings.
@Suite struct BorderlessPDFTableTests {
    /// The lines LibreOffice's PDF of the filled template gives once its table borders are removed.
    static let lines = [
        "常张乡人民政府2024年政府信息公开工作年度报告",
        "一、总体情况",
        "一年来，我乡积极落实省市县关于全面推进政府信息公开工作的决策部署。",
        "三、收到和处理政府信息公开申请情况",
        "申请人情况",
        "法人或其他组织",
        "（本列数据的勾稽关系为：第一项加第二项之和，等",
        "自然 商业 科研 社会 法律",
        "于第三项加第四项之和） 总计",
        "人 公益 服务 其他",
        "企业 机构 组织 机构",
        "一、本年新收政府信息公开申请数量 100 1 2 3 4 5 6",
        "二、上年结转政府信息公开申请数量 7 8 9 10 11 12 13",
        "三、本（一）予以公开 14 15 16 17 18 19 20",
        "1.属于国家秘密 5 6 7 8 9 10 11",
        "四、政府信息公开行政复议、行政诉讼情况",
        "本年度未发生政府信息公开行政复议、行政诉讼。",
    ]

    static func report(_ format: DocumentFormat) throws -> Report {
        let blocks = lines.map { LayoutBlock.paragraph(LayoutParagraph($0, page: 1)) }
        return try ReportParser.parse(document: LaidOutDocument(format: format, blocks: blocks)).report
    }

    @Test func rowsOfATableWithoutRulesAreReadAsTableRows() throws {
        let report = try Self.report(.pdf)
        #expect(report.sections.map(\.heading) == ["一、总体情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"])
        let table3 = try #require(report.table(number: 3))
        let received = table3.rows.first { $0.key == "received" }?.cells.map(\.text)
        #expect(received == ["100", "1", "2", "3", "4", "5", "6"])
        let carriedOver = table3.rows.first { $0.key == "carried-over" }?.cells.map(\.text)
        #expect(carriedOver == ["7", "8", "9", "10", "11", "12", "13"])
    }

    /// A number that wraps in a narrow column of a table without rules (LibreOffice's PDF of 12345 in the 自然人
    /// column: `1234` on the row's line, `5` alone below it) leaves the row missing: it had been read as 1234, a wrong
    /// number. Three or more numbers below a row are another row's (its label wrapped or lost), and the row above
    /// stays read.
    @Test func aNumberWrappedBelowItsRowLeavesTheRowMissing() throws {
        var lines = Self.lines
        let row = try #require(lines.firstIndex { $0.hasPrefix("1.属于国家秘密") })
        lines[row] = "1.属于国家秘密 1234 6 7 8 9 10 11"
        lines.insert("5", at: row + 1)
        let blocks = lines.map { LayoutBlock.paragraph(LayoutParagraph($0, page: 1)) }
        let result = try ReportParser.parse(document: LaidOutDocument(format: .pdf, blocks: blocks))
        let table3 = try #require(result.report.table(number: 3))
        let secret = table3.rows.first { $0.key == "withheld.state-secret" }
        #expect(secret?.cells.allSatisfy { $0.value == nil } == true, "\(String(describing: secret))")
        #expect(!table3.rows.contains { $0.cells.contains { $0.text == "1234" } })
        #expect(result.diagnostics.contains { $0.code == .tableUnreadable })
        // The rows on their own lines above stay read
        #expect(table3.rows.first { $0.key == "received" }?.cells.map(\.text) == ["100", "1", "2", "3", "4", "5", "6"])

        // Three or more numbers below are another row's (a label that wrapped, a row broken by words in a cell)
        for below in ["5 6 7 8 9 10 11", "5 6 7"] {
            lines[row + 1] = below
            let whole = try ReportParser.parse(
                document: LaidOutDocument(
                    format: .pdf, blocks: lines.map { LayoutBlock.paragraph(LayoutParagraph($0, page: 1)) }))
            let kept = try #require(whole.report.table(number: 3)).rows.first { $0.key == "withheld.state-secret" }
            #expect(kept?.cells.map(\.text) == ["1234", "6", "7", "8", "9", "10", "11"], "\(below)")
        }
    }
}

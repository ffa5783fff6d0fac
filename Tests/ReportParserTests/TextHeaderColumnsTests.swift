import Foundation
import ReportModel
import ReportParser
import Testing

/// A text table (Markdown, the export's `|` layout) whose header line names the columns in another order than the
/// format's, over rows typed in that order: each number goes to the column its header cell names, never to the
/// column its place in the row would give. Markdown conversions give each group its own header (table 4's three,
/// table 3's row groups), the export's header names columns as paths (`行政复议/总计`). A header naming one column
/// twice does not say which is which: those rows are missing, with a warning. They had been filled by position
/// (表四 结果维持 = 总计, …; review rv112 F12).
@Suite struct TextHeaderColumnsTests {
    static let opening = """
        某某县人民政府2024年政府信息公开工作年度报告
        一、总体情况
        本年度工作正常开展。

        """

    static func table4Values(_ text: String) throws -> (values: [Decimal?], diagnostics: [Diagnostic]) {
        let result = try ReportParser.parse(text: opening + text)
        let table4 = try #require(result.report.table(number: 4))
        return (Table4Column.allCases.map { table4.value(Table4Row.cases, $0) }, result.diagnostics)
    }

    @Test func table4GroupsWithTheTotalFirstAreReadByTheirHeaders() throws {
        let text = """
            四、政府信息公开行政复议、行政诉讼情况
            ### 行政复议
            | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 |
            |---|---|---|---|---|
            | 61 | 27 | 10 | 9 | 15 |
            ### 行政诉讼（未经复议直接起诉）
            | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
            |---|---|---|---|---|
            | 3 | 0 | 0 | 0 | 3 |
            ### 行政诉讼（复议后起诉）
            | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
            |---|---|---|---|---|
            | 8 | 0 | 1 | 1 | 10 |
            """
        let (values, diagnostics) = try Self.table4Values(text)
        #expect(values == [27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10])
        #expect(!diagnostics.contains { $0.code == .columnsOutOfOrder })
    }

    @Test func table4InTheExportLayoutWithItsTotalMovedIsReadByTheHeaderPaths() throws {
        let groups = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
        let paths =
            ["行政复议/总计"] + groups.dropLast().map { "行政复议/\($0)" }
            + groups.map { "行政诉讼/未经复议直接起诉/\($0)" } + groups.map { "行政诉讼/复议后起诉/\($0)" }
        let figures = [605, 601, 602, 603, 604] + (606...615).map { $0 }
        let text = """
            四、政府信息公开行政复议、行政诉讼情况

            | 项目 | \(paths.joined(separator: " | ")) |
            | 案件数量 | \(figures.map(String.init).joined(separator: " | ")) |
            """
        let (values, diagnostics) = try Self.table4Values(text)
        #expect(values == (601...615).map { Decimal($0) })
        #expect(!diagnostics.contains { $0.code == .columnsOutOfOrder })
    }

    /// Table 3's first row group in Markdown with its 总计 first and two applicants swapped; the next group's header
    /// in the format's order, with placeholder names (数据1…), stays read by order.
    @Test func aTable3RowGroupWithItsOwnReorderedHeaderIsReadByIt() throws {
        let text = """
            三、收到和处理政府信息公开申请情况
            ### 一、本年新收政府信息公开申请数量
            | 类别 | 总计 | 自然人 | 科研机构 | 商业企业 | 社会公益组织 | 法律服务机构 | 其他 |
            |---|---|---|---|---|---|---|---|
            | 本年新收政府信息公开申请数量 | 106 | 100 | 102 | 101 | 103 | 104 | 105 |

            ### 二、上年结转政府信息公开申请数量
            | 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |
            |---|---|---|---|---|---|---|---|
            | 上年结转政府信息公开申请数量 | 110 | 111 | 112 | 113 | 114 | 115 | 116 |
            """
        let result = try ReportParser.parse(text: Self.opening + text)
        let table3 = try #require(result.report.table(number: 3))
        let columns = Table3Column.allCases
        #expect(columns.map { table3.value(Table3Row.received, $0) } == (100...106).map { Decimal($0) })
        #expect(columns.map { table3.value(Table3Row.carriedOver, $0) } == (110...116).map { Decimal($0) })
        #expect(!result.diagnostics.contains { $0.code == .columnsOutOfOrder })
    }

    /// A header naming 总计 twice says nothing of which of the two is the total: the row is missing, with a warning,
    /// not read by position.
    @Test func aHeaderNamingAColumnTwiceLeavesItsRowsMissing() throws {
        let text = """
            四、政府信息公开行政复议、行政诉讼情况
            ### 行政复议
            | 总计 | 结果维持 | 结果纠正 | 其他结果 | 总计 |
            |---|---|---|---|---|
            | 61 | 27 | 10 | 9 | 15 |
            """
        let (values, diagnostics) = try Self.table4Values(text)
        #expect(values == Array(repeating: nil, count: 15))
        let warning = try #require(diagnostics.first { $0.code == .columnsOutOfOrder })
        #expect(warning.message.contains("表头") && warning.message.contains("5个单元格未读取"), "\(warning.message)")
        #expect(warning.code.isReadingProblem)
    }
}

import Foundation
import ReportModel
import ReportParser
import Testing

/// Text reports whose header lines name the columns in layouts the order rule (`HeaderOrder`) did not see through,
/// read by position with no diagnostic when a clerk had moved a column with its numbers: table 4's 结果维持 and
/// 结果纠正 swapped on the line under the group labels (its words fit the format's order from the 行政复议 group on),
/// a header of one cell a line with blank lines between, and a header staggered over two lines (which says nothing
/// of the order, whichever way the columns stand). Now the rows are missing, with one `columns-out-of-order` for
/// the table; the other tables are read as before. (`Scripts/tools/make_order_fixtures.py` makes the reports from
/// the qingshi-2024 fixture.)
@Suite struct HeaderLinesOrderTests {
    static func parse(_ name: String) async throws -> ParseResult {
        try await FixtureDocuments.parse(name, "txt")
    }

    /// Every cell of the table is missing, with one diagnostic for the table whose message starts with `prefix`,
    /// and the other tables are read as in the report in the format's order.
    static func expectUnread(
        _ name: String, table number: Int, prefix: String, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let reference = try await parse("qingshi-2024")
        let result = try await parse(name)
        let table = try #require(result.report.table(number: number), sourceLocation: sourceLocation)
        let read = table.cells.filter { !$0.cell.isMissing }
        #expect(read.isEmpty, "\(read.count) cells read", sourceLocation: sourceLocation)
        let outOfOrder = result.diagnostics.filter { $0.code == .columnsOutOfOrder }
        #expect(outOfOrder.count == 1, "\(outOfOrder.map(\.message))", sourceLocation: sourceLocation)
        let diagnostic = try #require(outOfOrder.first, sourceLocation: sourceLocation)
        #expect(
            diagnostic.subject?.table == number && diagnostic.subject?.column == nil, sourceLocation: sourceLocation)
        #expect(diagnostic.message.hasPrefix(prefix), "\(diagnostic.message)", sourceLocation: sourceLocation)
        #expect(!result.diagnostics.contains { $0.code == .rowsMissing }, sourceLocation: sourceLocation)
        for other in [2, 3, 4] where other != number {
            #expect(
                result.report.table(number: other) == reference.report.table(number: other), "表\(other)",
                sourceLocation: sourceLocation)
        }
    }

    @Test func table4WithTwoColumnsSwappedUnderTheGroupLabels() async throws {
        try await Self.expectUnread(
            "table4-suit-swapped", table: 4,
            prefix: "表四的栏目顺序与规定格式不同（表头中「总计」在「结果维持」之前），从文本中无法确定各数字属于哪一栏：1行共15个单元格未读取")
    }

    /// A converter that repeats a cell merged down on each line it covers writes table 4's 结果维持 … 总计 fifteen
    /// times on the second line, the 行政复议 ones again: in the format's order it is read as before.
    @Test func table4WithEveryLabelOnTheSecondLine() async throws {
        let text = String(decoding: try FixtureDocuments.data("qingshi-2024", "txt"), as: UTF8.self)
        let leaves = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计"
        let repeated = text.replacingOccurrences(
            of: "\t\t\t\t\t" + leaves + "\t" + leaves, with: [leaves, leaves, leaves].joined(separator: "\t"))
        #expect(repeated != text)
        let reference = try ReportParser.parse(text: text)
        let result = try ReportParser.parse(text: repeated)
        #expect(result.report.table(number: 4) == reference.report.table(number: 4))
        #expect(!result.diagnostics.contains { $0.code == .columnsOutOfOrder })
    }

    @Test func aHeaderOfOneCellALineWithBlankLinesBetween() async throws {
        let reference = try await Self.parse("qingshi-2024")
        let ordered = try await Self.parse("cells-blank-lines")
        #expect(ordered.report.table(number: 3) == reference.report.table(number: 3))
        #expect(!ordered.diagnostics.contains { $0.code == .columnsOutOfOrder })
        try await Self.expectUnread(
            "cells-blank-lines-swapped", table: 3,
            prefix: "表三的栏目顺序与规定格式不同（表头中「总计」在「科研机构」之前），从文本中无法确定各数字属于哪一栏：25行共175个单元格未读取")
    }

    /// Staggered, the header lines are in the format's order whether or not the columns are: neither is read.
    @Test func aHeaderStaggeredOverTwoLines() async throws {
        try await Self.expectUnread(
            "staggered", table: 3, prefix: "表三的表头分几行交错排列（「自然人」和「科研机构」在同一行，两者之间的栏目在另一行），无法确认栏目顺序与规定格式相同，")
        try await Self.expectUnread(
            "staggered-swapped", table: 3,
            prefix: "表三的表头分几行交错排列（「商业企业」和「法律服务机构」在同一行，两者之间的栏目在另一行），无法确认栏目顺序与规定格式相同，")
    }
}

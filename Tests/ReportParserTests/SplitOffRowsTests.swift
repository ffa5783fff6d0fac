import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A template table Word split (拆分表格) so that its last row or two, table 4's row of figures or table 2's fee row
/// are a table of their own, with a page break or `（接上表）` between: the piece is read with the table before it.
/// Alone it was a plain table of one row taken for a header, its figures missing and `check` calling the report
/// incomplete (表格不完整, 缺少表四; review rv112 F11).
@Suite struct SplitOffRowsTests {
    typealias F = DocxFixture

    static let pageBreak = "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"

    static func table(_ rows: [String], columns: Int, width: Int = 900) -> String {
        "<w:tbl><w:tblPr/><w:tblGrid>\(String(repeating: "<w:gridCol w:w=\"\(width)\"/>", count: columns))"
            + "</w:tblGrid>\(rows.joined())</w:tbl>"
    }

    static func cells(_ texts: [String]) -> String { F.tr(texts.map { F.tc($0) }.joined()) }

    /// Table 3's two header rows and the rows `received`, `carried-over`, `total`, then `四、结转下年度继续办理` in a
    /// table of its own after `between`.
    static func table3(between: String) throws -> [UInt8] {
        let header1 =
            F.tc("申请人情况", merge: "restart") + F.tc("自然人", merge: "restart") + F.tc("法人或其他组织", span: 5)
            + F.tc("总计", merge: "restart")
        let header2 =
            F.tc("", merge: "continue") + F.tc("", merge: "continue")
            + ValueCellAsLabelTests.leaves.map { F.tc($0) }.joined() + F.tc("", merge: "continue")
        let first =
            [F.tr(header1), F.tr(header2)]
            + [ValueCellAsLabelTests.received, ValueCellAsLabelTests.carried, ValueCellAsLabelTests.total].map(cells)
        let last = [cells(ValueCellAsLabelTests.row("四、结转下年度继续办理", 340))]
        return try F.make(
            body: F.p("三、收到和处理政府信息公开申请情况") + table(first, columns: 8) + between + table(last, columns: 8)
                + F.p("四、政府信息公开行政复议、行政诉讼情况"))
    }

    @Test(arguments: [pageBreak, F.p("（接上表）"), F.p("接上页"), ""])
    func table3sLastRowInATableOfItsOwnIsRead(between: String) async throws {
        let result = try await ValueCellAsLabelTests.parse(try Self.table3(between: between))
        let cells = try ValueCellAsLabelTests.texts(result)
        #expect(cells["carry-forward"] == (340...346).map(String.init))
        #expect(cells["total"] == (330...336).map(String.init))
        #expect(result.report.tables.count == 1)
        #expect(ValueCellAsLabelTests.paragraphs(result).isEmpty)
    }

    @Test func table4sRowInATableOfItsOwnIsTable4() async throws {
        let figures = (601...615).map(String.init)
        let bytes = try F.make(
            body: F.p("四、政府信息公开行政复议、行政诉讼情况")
                + Self.table(RowTypedTwiceTests.table4HeaderRows(), columns: 15, width: 600) + Self.pageBreak
                + Self.table([Self.cells(figures)], columns: 15, width: 600) + F.p("五、存在的主要问题及改进情况"))
        let result = try await ValueCellAsLabelTests.parse(bytes)
        #expect(try RowTypedTwiceTests.table4Cells(result) == figures)
        #expect(result.report.tables.count == 1)
    }
}

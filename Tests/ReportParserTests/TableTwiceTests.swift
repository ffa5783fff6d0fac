import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// Last year's table 3 left above this year's (copied into the draft "for comparison", or pasted over and not
/// deleted): which is the year's cannot be told, so both stay in the report as read and neither is its table 3 —
/// no figure of it is checked or put in the county's workbook (TableTwiceCheckTests). The first had been read as
/// certain, and with a blank line between the two, the second had vanished into it (review rv112 F14). Pieces of
/// one table split by a paragraph fill different cells and stay one table 3.
@Suite struct TableTwiceTests {
    typealias F = DocxFixture

    /// Table 3 with the rows of ``ExtraColumnAndRowTests/rows``, each row's figures raised by `offset`.
    static func table3(offset: Int) -> String {
        let header1 =
            F.tc("申请人情况", merge: "restart") + F.tc("自然人", merge: "restart") + F.tc("法人或其他组织", span: 5)
            + F.tc("总计", merge: "restart")
        let header2 =
            F.tc("", merge: "continue") + F.tc("", merge: "continue")
            + ExtraColumnAndRowTests.columns.map { F.tc($0) }.joined() + F.tc("", merge: "continue")
        let rows = ExtraColumnAndRowTests.rows.map { label, base in
            F.tr(([label] + (0..<7).map { String(base + offset + $0) }).map { F.tc($0) }.joined())
        }
        return "<w:tbl><w:tblPr/><w:tblGrid>\(String(repeating: "<w:gridCol w:w=\"900\"/>", count: 9))</w:tblGrid>"
            + ([F.tr(header1), F.tr(header2)] + rows).joined() + "</w:tbl>"
    }

    static func word(_ between: String, offsets: (Int, Int)) throws -> [UInt8] {
        try F.make(
            body: F.p("三、收到和处理政府信息公开申请情况") + table3(offset: offsets.0) + between + table3(offset: offsets.1)
                + F.p("四、政府信息公开行政复议、行政诉讼情况"))
    }

    @Test(arguments: ["<w:p/>", F.p("2024年情况：")])
    func twoCopiesThatDifferAreBothKeptAndNeitherIsTable3(between: String) async throws {
        let result = try await ExtraColumnAndRowTests.parse(try Self.word(between, offsets: (400, 0)))
        let copies = result.report.copies(ofTable: 3)
        #expect(copies.count == 2)
        #expect(copies.last?.table.rows.first?.cells.first?.text == "100")
        #expect(result.report.table(number: 3) == nil)
        let warning = try #require(result.diagnostics.first { $0.code == .tableRepeated })
        #expect(warning.message.contains("报告中有2个表三，内容不同"))
    }

    @Test func twoCopiesThatSayTheSameAreOneTable3() async throws {
        let result = try await ExtraColumnAndRowTests.parse(try Self.word("<w:p/>", offsets: (0, 0)))
        #expect(result.report.table(number: 3)?.rows.first?.cells.first?.text == "100")
        #expect(!result.diagnostics.contains { $0.code == .tableRepeated })
    }
}

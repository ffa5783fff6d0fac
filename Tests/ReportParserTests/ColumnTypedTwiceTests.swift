import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A column of the format that two columns of the table stand under — a clerk's copy of 自然人 with this year's
/// figures beside last year's, or 行政许可's merged cell split into `31 | 12 | 3` — is a guess whichever is read: it is
/// missing, and every row's cells under it are kept as paragraphs. The first had been read as certain, the second
/// kept as an extra column (review rv112 F4).
@Suite struct ColumnTypedTwiceTests {
    typealias F = DocxFixture

    /// Table 3 with its rows of ``ExtraColumnAndRowTests/rows``, and a second 自然人 column after the first holding
    /// `second` (one per row).
    static func word(second: [String]) throws -> [UInt8] {
        let columns = ExtraColumnAndRowTests.columns
        let header1 =
            F.tc("申请人情况", merge: "restart") + F.tc("自然人", merge: "restart") + F.tc("自然人", merge: "restart")
            + F.tc("法人或其他组织", span: 5) + F.tc("总计", merge: "restart")
        let header2 =
            F.tc("", merge: "continue") + F.tc("", merge: "continue") + F.tc("", merge: "continue")
            + columns.map { F.tc($0) }.joined() + F.tc("", merge: "continue")
        var body = [F.tr(header1), F.tr(header2)]
        for (index, (label, base)) in ExtraColumnAndRowTests.rows.enumerated() {
            let cells = [label, String(base), second[index]] + (1..<7).map { String(base + $0) }
            body.append(F.tr(cells.map { F.tc($0) }.joined()))
        }
        let table =
            "<w:tbl><w:tblPr/><w:tblGrid>\(String(repeating: "<w:gridCol w:w=\"900\"/>", count: 10))</w:tblGrid>"
            + body.joined() + "</w:tbl>"
        return try F.make(body: F.p("三、收到和处理政府信息公开申请情况") + table + F.p("四、政府信息公开行政复议、行政诉讼情况"))
    }

    @Test func aColumnTypedTwiceWithOtherFiguresIsMissingAndBothAreKept() async throws {
        let result = try await ExtraColumnAndRowTests.parse(try Self.word(second: ["300", "301", "302"]))
        let cells = try ExtraColumnAndRowTests.values(result)
        #expect(cells["received"] == [nil] + (101...106).map { String($0) })
        #expect(cells["disclosed"] == [nil] + (121...126).map { String($0) })
        let paragraphs = result.report.sections.flatMap(\.allParagraphs).map(\.text)
        #expect(
            paragraphs == [
                "自然人", "一、本年新收政府信息公开申请数量\t100\t300", "二、上年结转政府信息公开申请数量\t110\t301", "（一）予以公开\t120\t302",
            ])
        let warning = try #require(result.diagnostics.first { $0.code == .tableColumnsDisagree })
        #expect(warning.subject?.text == "自然人")
        #expect(!result.diagnostics.contains { $0.code == .rowIncomplete || $0.code == .tableColumnExtra })
    }

    @Test func aSecondColumnLeftBlankChangesNothing() async throws {
        let result = try await ExtraColumnAndRowTests.parse(try Self.word(second: ["", "", ""]))
        let cells = try ExtraColumnAndRowTests.values(result)
        #expect(cells["received"] == (100...106).map { String($0) })
        #expect(!result.diagnostics.contains { $0.code == .tableColumnsDisagree })
    }
}

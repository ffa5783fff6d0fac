import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A row whose label names two rows of the format (a clerk merged 行政处罚 and 行政强制 into one row with one figure)
/// is neither row's: both are missing, and the row is kept as a paragraph with a warning. Its figure had been stored
/// as the first-named row's (review rv112 F24).
@Suite struct TwoRowLabelTests {
    typealias F = DocxFixture

    /// A .docx of section 二 with table 2 as the format lays it out, the rows of 第二十条第（六）项 being `penalties`.
    static func table2(penalties: [(String, String)]) throws -> [UInt8] {
        func caption(_ text: String) -> String { F.tr(F.tc(text, span: 4)) }
        func single(_ header: String, _ rows: [(String, String)]) -> [String] {
            [F.tr(F.tc("信息内容") + F.tc(header, span: 3))] + rows.map { F.tr(F.tc($0.0) + F.tc($0.1, span: 3)) }
        }
        let rows =
            [caption("第二十条第（一）项"), F.tr(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"].map { F.tc($0) }.joined())]
            + [["规章", "1", "2", "3"], ["行政规范性文件", "4", "5", "6"]].map { F.tr($0.map { F.tc($0) }.joined()) }
            + [caption("第二十条第（五）项")] + single("本年处理决定数量", [("行政许可", "31")])
            + [caption("第二十条第（六）项")] + single("本年处理决定数量", penalties)
            + [caption("第二十条第（八）项")] + single("本年收费金额（单位：万元）", [("行政事业性收费", "5.25")])
        let table =
            "<w:tbl><w:tblPr/><w:tblGrid>\(String(repeating: "<w:gridCol w:w=\"2000\"/>", count: 4))</w:tblGrid>"
            + rows.joined() + "</w:tbl>"
        return try F.make(body: F.p("二、主动公开政府信息情况") + table + F.p("三、收到和处理政府信息公开申请情况"))
    }

    static func parse(_ data: [UInt8]) async throws -> ParseResult {
        try await FixtureDocuments.offPool { try ReportParser.parse(data) }
    }

    @Test(arguments: ["行政处罚和行政强制", "行政处罚、行政强制", "行政强制和行政处罚", "行政处罚（含行政强制）"])
    func aLabelNamingTwoRowsIsNeitherRow(label: String) async throws {
        let result = try await Self.parse(try Self.table2(penalties: [(label, "41")]))
        let table2 = try #require(result.report.table(number: 2))
        let decisions = "decisions"
        #expect(table2.cell(row: "penalties", column: decisions)?.text == nil)
        #expect(table2.cell(row: "enforcement", column: decisions)?.text == nil)
        #expect(table2.cell(row: "licensing", column: decisions)?.text == "31")
        #expect(result.report.sections.flatMap(\.allParagraphs).map(\.text) == ["\(label)\t41"])
        let warning = try #require(result.diagnostics.first { $0.code == .tableRowUnknown })
        #expect(warning.message.contains(label) && warning.message.contains("41"), "\(warning.message)")
    }

    /// The rows typed apart, or one with a note after its label, are read as before.
    @Test func eachRowAloneIsRead() async throws {
        let result = try await Self.parse(
            try Self.table2(penalties: [("行政处罚（含罚款）", "41"), ("行政强制", "42")]))
        let table2 = try #require(result.report.table(number: 2))
        let decisions = "decisions"
        #expect(table2.cell(row: "penalties", column: decisions)?.text == "41")
        #expect(table2.cell(row: "enforcement", column: decisions)?.text == "42")
    }

    @Test func table3RowsMergedIntoOneAreNeitherRow() async throws {
        let merged = ValueCellAsLabelTests.row("3.要求提供公开出版物、4.无正当理由大量反复申请", 270)
        let rows = [ValueCellAsLabelTests.received, ValueCellAsLabelTests.carried, merged]
        let result = try await Self.parse(try ValueCellAsLabelTests.table3(rows))
        let cells = try ValueCellAsLabelTests.texts(result)
        #expect(cells["not-handled.publications"] == Array(repeating: nil, count: 7))
        #expect(cells["not-handled.excessive"] == Array(repeating: nil, count: 7))
        #expect(cells["received"] == (100...106).map(String.init))
        #expect(result.report.sections.flatMap(\.allParagraphs).map(\.text) == [merged.joined(separator: "\t")])
    }
}

import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// Words in a cell under one of the format's columns are a value typed as words, never a row's label. Taken for the
/// label, `总计` typed in （一）'s 自然人 cell moved （一）'s numbers into （七）总计 and dropped the real 总计 row; a row
/// typed one cell to the right (`3.其他` in the 自然人 cell) was stored shifted; a `1 234` before a cell with a note
/// vanished with the `—` before it (review rv112 F17, F7); a note in table 4's first cell cost the whole table
/// (F10).
@Suite struct ValueCellAsLabelTests {
    typealias F = DocxFixture

    static let leaves = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]

    /// A .docx of section 三 with table 3's two header rows and `rows`, each a row's cells' texts.
    static func table3(_ rows: [[String]]) throws -> [UInt8] {
        let header1 =
            F.tc("申请人情况", merge: "restart") + F.tc("自然人", merge: "restart") + F.tc("法人或其他组织", span: 5)
            + F.tc("总计", merge: "restart")
        let header2 =
            F.tc("", merge: "continue") + F.tc("", merge: "continue") + leaves.map { F.tc($0) }.joined()
            + F.tc("", merge: "continue")
        let body = [F.tr(header1), F.tr(header2)] + rows.map { F.tr($0.map { F.tc($0) }.joined()) }
        let table =
            "<w:tbl><w:tblPr/><w:tblGrid>\(String(repeating: "<w:gridCol w:w=\"900\"/>", count: 8))"
            + "</w:tblGrid>\(body.joined())</w:tbl>"
        return try F.make(body: F.p("三、收到和处理政府信息公开申请情况") + table + F.p("四、政府信息公开行政复议、行政诉讼情况"))
    }

    static func row(_ label: String, _ base: Int) -> [String] { [label] + (base...(base + 6)).map(String.init) }

    static let received = row("一、本年新收政府信息公开申请数量", 100)
    static let carried = row("二、上年结转政府信息公开申请数量", 110)
    static let total = row("（七）总计", 330)

    static func parse(_ data: [UInt8]) async throws -> ParseResult {
        try await FixtureDocuments.offPool { try ReportParser.parse(data) }
    }

    static func texts(_ result: ParseResult, table: Int = 3) throws -> [String: [String?]] {
        let table = try #require(result.report.table(number: table))
        return Dictionary(table.rows.map { ($0.key, $0.cells.map(\.text)) }, uniquingKeysWith: { first, _ in first })
    }

    static func paragraphs(_ result: ParseResult) -> [String] {
        result.report.sections.flatMap(\.allParagraphs).map(\.text)
    }

    @Test func aRowsLabelTypedInADataCellStaysInItsRow() async throws {
        let disclosed = ["（一）予以公开", "总计"] + (121...126).map(String.init)
        let result = try await Self.parse(try Self.table3([Self.received, Self.carried, disclosed, Self.total]))
        let cells = try Self.texts(result)
        // The word is 自然人's text (no number); the other six stay （一）'s; 总计's own row is read.
        #expect(cells["disclosed"] == ["总计"] + (121...126).map(String.init))
        #expect(cells["total"] == (330...336).map(String.init))
        #expect(!result.diagnostics.contains { $0.code == .tableRowRepeated || $0.code == .tableRowsDisagree })
    }

    @Test func aCellOfTwoNumbersBeforeANoteIsKeptInItsColumn() async throws {
        let disclosed = ["（一）予以公开", "—", "1 234", "5（注）", "123", "124", "125", "126"]
        let result = try await Self.parse(try Self.table3([Self.received, Self.carried, disclosed]))
        let cells = try Self.texts(result)
        #expect(cells["disclosed"] == ["—", "1 234", "5（注）", "123", "124", "125", "126"])
        let table3 = try #require(result.report.table(number: 3))
        #expect(table3.value(Table3Row.received, Table3Column.total) == 106)
        #expect(!result.diagnostics.contains { $0.code == .rowIncomplete }, "\(result.diagnostics.map(\.message))")
    }

    /// A row typed one cell to the right, its label in 自然人's cell and its last number cut off: which column each
    /// number is cannot be told, so the row is missing and its text kept; with all seven numbers after the label it
    /// is read by their order, as before.
    @Test func aRowShiftedOneCellRightIsMissingAndKept() async throws {
        let shifted = ["", "3.其他"] + (320...325).map(String.init)
        let rows = [Self.received, Self.carried, Self.row("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 300), shifted]
        let result = try await Self.parse(try Self.table3(rows))
        let cells = try Self.texts(result)
        #expect(cells["other.other"] == Array(repeating: nil, count: 7))
        #expect(Self.paragraphs(result) == [(["3.其他"] + (320...325).map(String.init)).joined(separator: "\t")])
        let warning = try #require(result.diagnostics.first { $0.subject?.row == "other.other" })
        #expect(warning.code == .rowIncomplete && warning.message.contains("写在了数字栏里"), "\(warning.message)")
        #expect(!result.diagnostics.contains { $0.code == .rowsMissing && $0.message.contains("3.其他") })
    }

    /// A row typed one cell to the right under a group's label merged down the rows (`4.保护第三方合法权益` in
    /// 自然人's place, （三）不予公开 in the first column): its label is its row's, not a value, and with all seven
    /// numbers after it the row reads by their order, as before rv112 F17's fix (review rv114 F2).
    @Test func aShiftedRowUnderAGroupLabelIsReadByOrder() async throws {
        let header1 =
            F.tc("申请人情况", span: 2, merge: "restart") + F.tc("自然人", merge: "restart")
            + F.tc("法人或其他组织", span: 5) + F.tc("总计", merge: "restart")
        let header2 =
            F.tc("", span: 2, merge: "continue") + F.tc("", merge: "continue") + Self.leaves.map { F.tc($0) }.joined()
            + F.tc("", merge: "continue")
        func plain(_ cells: [String]) -> String {
            F.tr(F.tc(cells[0], span: 2) + cells.dropFirst().map { F.tc($0) }.joined())
        }
        let withheld = [
            F.tr(
                F.tc("（三）不予公开", merge: "restart") + F.tc("1.属于国家秘密")
                    + (150...156).map { F.tc(String($0)) }.joined()),
            F.tr(
                F.tc("", merge: "continue") + F.tc("") + F.tc("4.保护第三方合法权益")
                    + (170...176).map { F.tc(String($0)) }.joined()),
        ]
        let body = [F.tr(header1), F.tr(header2), plain(Self.received), plain(Self.carried)] + withheld
        let bytes = try F.make(
            body: F.p("三、收到和处理政府信息公开申请情况") + F.tbl(grid: Array(repeating: 900, count: 10), body.joined())
                + F.p("四、政府信息公开行政复议、行政诉讼情况"))
        let result = try await Self.parse(bytes)
        let cells = try Self.texts(result)
        #expect(cells["withheld.state-secret"] == (150...156).map(String.init))
        #expect(cells["withheld.third-party"] == (170...176).map(String.init), "\(result.diagnostics.map(\.message))")
        #expect(!result.diagnostics.contains { $0.message.contains("不是规定格式中的行") })
    }

    /// Table 4 whose first cell holds a note is still table 4: that cell is kept as text, the other 14 are read.
    @Test func aNoteInTable4sFirstCellKeepsTheTable() async throws {
        let figures = ["0（注）"] + (602...615).map(String.init)
        let result = try await Self.parse(try RowTypedTwiceTests.table4([figures]))
        #expect(try RowTypedTwiceTests.table4Cells(result) == figures)
        let table4 = try #require(result.report.table(number: 4))
        #expect(table4.value(Table4Row.cases, Table4Column.allCases[1]) == 602)
        #expect(table4.value(Table4Row.cases, Table4Column.allCases[0]) == nil)
    }
}

import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A row of the format typed twice with different figures, or table 4 with a second row of figures, is a guess
/// whichever copy is taken: the row is missing and every copy is kept as a paragraph after the table. The first copy
/// had been read as certain and the second's figures dropped from the report without a word (review rv112 F2, F3);
/// a clerk's note merged across table 4 under its row had vanished too.
@Suite struct RowTypedTwiceTests {
    typealias F = DocxFixture

    static func parse(_ data: [UInt8]) async throws -> ParseResult {
        try await FixtureDocuments.offPool { try ReportParser.parse(data) }
    }

    static func paragraphs(_ result: ParseResult) -> [String] {
        result.report.sections.flatMap(\.allParagraphs).map(\.text)
    }

    @Test func aTable3RowTypedTwiceDifferentlyIsMissingAndBothCopiesAreKept() async throws {
        let copy = ["一、本年新收政府信息公开申请数量"] + (800...806).map { String($0) }
        let result = try await Self.parse(try ExtraColumnAndRowTests.word(extra: copy))
        let cells = try ExtraColumnAndRowTests.values(result)
        #expect(cells["received"] == Array(repeating: nil, count: 7))
        #expect(cells["carried-over"] == (110...116).map { String($0) })
        let first = (["一、本年新收政府信息公开申请数量"] + (100...106).map { String($0) }).joined(separator: "\t")
        #expect(Self.paragraphs(result) == [first, copy.joined(separator: "\t")])
        let warning = try #require(result.diagnostics.first { $0.code == .tableRowsDisagree })
        #expect(warning.subject?.text == "一、本年新收政府信息公开申请数量")
        #expect(warning.message.contains("填了2次，内容不同") && warning.message.contains("800"))
        #expect(!result.diagnostics.contains { $0.code == .tableRowRepeated })

        // The text export keeps both copies, and reads back to the same cells.
        let again = try ReportParser.parse(text: ReportText.render(result.report))
        #expect(try ExtraColumnAndRowTests.values(again)["received"] == Array(repeating: nil, count: 7))
        #expect(Self.paragraphs(again) == Self.paragraphs(result))
    }

    @Test func aRowTypedTwiceTheSameIsReadOnce() async throws {
        let copy = ["一、本年新收政府信息公开申请数量"] + (100...106).map { String($0) }
        let result = try await Self.parse(try ExtraColumnAndRowTests.word(extra: copy))
        let cells = try ExtraColumnAndRowTests.values(result)
        #expect(cells["received"] == (100...106).map { String($0) })
        #expect(Self.paragraphs(result).isEmpty)
        let warning = try #require(result.diagnostics.first { $0.code == .tableRowRepeated })
        #expect(warning.message.contains("两次相同，只读取了一次"))
        #expect(!result.diagnostics.contains { $0.code == .tableRowsDisagree })
    }

    /// A blank copy of a row says nothing (a row deleted with tracked changes, saved as .doc, comes back blank): the
    /// filled copy is the row, as a column's is (review rv113 F1b).
    @Test func aBlankCopyOfARowLeavesTheFilledOneRead() async throws {
        let blank = ["一、本年新收政府信息公开申请数量"] + Array(repeating: "", count: 7)
        let result = try await Self.parse(try ExtraColumnAndRowTests.word(extra: blank))
        let cells = try ExtraColumnAndRowTests.values(result)
        #expect(cells["received"] == (100...106).map { String($0) })
        #expect(!result.diagnostics.contains { $0.code == .tableRowsDisagree })
    }

    /// Table 4 as the national template lays it out: three header rows, then `rows` (each a row of cells' texts; a
    /// row of one text is one cell merged across the table).
    static func table4(_ rows: [[String]]) throws -> [UInt8] {
        let body = rows.map { cells in
            cells.count == 1 ? F.tr(F.tc(cells[0], span: 15)) : F.tr(cells.map { F.tc($0) }.joined())
        }
        let table =
            "<w:tbl><w:tblPr/><w:tblGrid>\(String(repeating: "<w:gridCol w:w=\"600\"/>", count: 15))</w:tblGrid>"
            + (table4HeaderRows() + body).joined() + "</w:tbl>"
        return try F.make(body: F.p("四、政府信息公开行政复议、行政诉讼情况") + table + F.p("五、存在的主要问题及改进情况"))
    }

    /// Table 4's three header rows as the national template lays them out (`<w:tr>` elements).
    static func table4HeaderRows() -> [String] {
        let groups = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
        let header1 = F.tc("行政复议", span: 5) + F.tc("行政诉讼", span: 10)
        let header2 =
            groups.map { F.tc($0, merge: "restart") }.joined() + F.tc("未经复议直接起诉", span: 5)
            + F.tc("复议后起诉", span: 5)
        let header3 =
            groups.map { _ in F.tc("", merge: "continue") }.joined() + (groups + groups).map { F.tc($0) }.joined()
        return [F.tr(header1), F.tr(header2), F.tr(header3)]
    }

    static func table4Cells(_ result: ParseResult) throws -> [String?] {
        try #require(result.report.table(number: 4)).rows.flatMap { $0.cells.map(\.text) }
    }

    @Test func table4WithOneRowOfFiguresIsRead() async throws {
        let figures = (601...615).map { String($0) }
        let result = try await Self.parse(try Self.table4([figures]))
        #expect(try Self.table4Cells(result) == figures)
        #expect(Self.paragraphs(result).isEmpty)
    }

    @Test func table4WithASecondRowOfFiguresIsMissingAndBothRowsAreKept() async throws {
        let first = (601...615).map { String($0) }
        let second = (700...714).map { String($0) }
        let result = try await Self.parse(try Self.table4([first, second]))
        #expect(try Self.table4Cells(result) == Array(repeating: nil, count: 15))
        #expect(Self.paragraphs(result) == [first.joined(separator: "\t"), second.joined(separator: "\t")])
        #expect(result.diagnostics.contains { $0.code == .tableRowsDisagree })
    }

    @Test func aNoteMergedAcrossTable4UnderItsRowIsKeptAsAParagraph() async throws {
        let figures = (601...615).map { String($0) }
        let note = "注：行政诉讼2件均为上年结转案件。"
        let result = try await Self.parse(try Self.table4([figures, [note]]))
        #expect(try Self.table4Cells(result) == figures)
        #expect(Self.paragraphs(result) == [note])
        let warning = try #require(result.diagnostics.first { $0.code == .tableTextKept })
        #expect(warning.message.contains(note))
    }
}

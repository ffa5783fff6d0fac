import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A column (`备注`) or a row (`其中：网上申请`) a clerk added to table 3: its text and numbers are kept as paragraphs
/// after the table, none of its numbers in a cell of the format, and the warning says the column or row is extra and
/// what it held. They had vanished from the report, text and numbers, with 25 warnings of "0 cells uncertain"
/// (review rr94 F7).
@Suite struct ExtraColumnAndRowTests {
    typealias F = DocxFixture

    /// Table 3's rows used here, each with its numbers `base…base+6`.
    static let rows = [("一、本年新收政府信息公开申请数量", 100), ("二、上年结转政府信息公开申请数量", 110), ("（一）予以公开", 120)]
    static let columns = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]

    /// A .docx of section 三 with table 3: two header rows, the rows above, `note` beside each row when given (a
    /// 备注 column), and `extra` (a row of the clerk's own) after the first row.
    static func word(note: [String]? = nil, extra: [String]? = nil) throws -> [UInt8] {
        let noted = note != nil
        let header1 =
            F.tc("申请人情况", merge: "restart") + F.tc("自然人", merge: "restart") + F.tc("法人或其他组织", span: 5)
            + F.tc("总计", merge: "restart") + (noted ? F.tc("备注", merge: "restart") : "")
        let header2 =
            F.tc("", merge: "continue") + F.tc("", merge: "continue") + columns.map { F.tc($0) }.joined()
            + F.tc("", merge: "continue") + (noted ? F.tc("", merge: "continue") : "")
        var body: [String] = [F.tr(header1), F.tr(header2)]
        for (index, (label, base)) in rows.enumerated() {
            let cells = [label] + (0..<7).map { String(base + $0) } + (note.map { [$0[index]] } ?? [])
            // (a cell of several lines is a paragraph for each line)
            body.append(
                F.tr(
                    cells.map { text in
                        text.contains("\n")
                            ? "<w:tc><w:tcPr/>\(text.split(separator: "\n").map { F.p(String($0)) }.joined())</w:tc>"
                            : F.tc(text)
                    }.joined()))
            if index == 0, let extra { body.append(F.tr((extra + (noted ? [""] : [])).map { F.tc($0) }.joined())) }
        }
        let table =
            "<w:tbl><w:tblPr/><w:tblGrid>\(String(repeating: "<w:gridCol w:w=\"900\"/>", count: noted ? 10 : 9))"
            + "</w:tblGrid>\(body.joined())</w:tbl>"
        return try F.make(body: F.p("三、收到和处理政府信息公开申请情况") + table + F.p("四、政府信息公开行政复议、行政诉讼情况"))
    }

    static func parse(_ data: [UInt8]) async throws -> ParseResult {
        try await FixtureDocuments.offPool { try ReportParser.parse(data) }
    }

    static func values(_ result: ParseResult) throws -> [String: [String?]] {
        let table = try #require(result.report.table(number: 3))
        return Dictionary(table.rows.map { ($0.key, $0.cells.map(\.text)) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func aNoteColumnIsKeptAsParagraphsAndNamedInTheWarning() async throws {
        let result = try await Self.parse(try Self.word(note: ["含网上申请5件", "", "无"]))
        let cells = try Self.values(result)
        #expect(cells["received"] == (100...106).map { String($0) })
        #expect(cells["disclosed"] == (120...126).map { String($0) })
        let paragraphs = result.report.sections.flatMap(\.allParagraphs).map(\.text)
        #expect(paragraphs == ["备注", "含网上申请5件", "无"])
        let warning = try #require(result.diagnostics.first { $0.code == .tableColumnExtra })
        #expect(warning.subject?.text == "备注")
        #expect(warning.message.contains("「备注」一栏") && warning.message.contains("含网上申请5件、无"))
        #expect(!result.diagnostics.contains { $0.code == .rowIncomplete }, "\(result.diagnostics.map(\.message))")
    }

    /// A note of two lines in its cell (a PDF wraps a narrow column's text) is a paragraph for each line, as every
    /// laid-out paragraph is, so that the text export reads back to the same report.
    @Test func aNoteOfTwoLinesIsAParagraphForEachAndSurvivesTheTextExport() async throws {
        let result = try await Self.parse(try Self.word(note: ["含网上申请\n5件", "", ""]))
        let paragraphs = result.report.sections.flatMap(\.allParagraphs).map(\.text)
        #expect(paragraphs == ["备注", "含网上申请", "5件"])
        let again = try ReportParser.parse(text: ReportText.render(result.report))
        #expect(again.report == result.report)
    }

    @Test func anExtraRowIsKeptAsAParagraphAndNoneOfItsNumbersInACell() async throws {
        let extra = ["其中：网上申请"] + (803...809).map { String($0) }
        let result = try await Self.parse(try Self.word(extra: extra))
        let cells = try Self.values(result)
        #expect(cells["received"] == (100...106).map { String($0) })
        #expect(!cells.values.joined().contains { $0.map { Int($0).map((803...809).contains) ?? false } ?? false })
        let paragraphs = result.report.sections.flatMap(\.allParagraphs).map(\.text)
        #expect(paragraphs == [extra.joined(separator: "\t")])
        let warning = try #require(result.diagnostics.first { $0.code == .tableRowUnknown })
        #expect(warning.message.contains("已作为段落保留：其中：网上申请 803 804"))

        // The text export keeps the row, and reads back to the same report.
        let again = try ReportParser.parse(text: ReportText.render(result.report))
        #expect(again.report == result.report)
    }

    /// A label glued from many cells (a PDF's repeated header rows) is named by its start, not its hundred characters
    /// (the row kept, label and all, is listed after it).
    @Test func aLongLabelOfAnExtraRowIsShortenedInTheWarning() async throws {
        let label = "其中：" + String(repeating: "网上申请、信函申请及当面申请", count: 4)
        let result = try await Self.parse(try Self.word(extra: [label] + (803...809).map { String($0) }))
        let warning = try #require(result.diagnostics.first { $0.code == .tableRowUnknown })
        #expect(warning.message.contains("…（共\(label.count)字）」行不是规定格式中的行"))
        #expect(warning.subject?.text == label)
    }

    @Test func anExtraRowOfATextTableIsKeptAsItsLineNotAsScrambledNumbers() throws {
        let text = """
            三、收到和处理政府信息公开申请情况

            （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
            申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
            一、本年新收政府信息公开申请数量\t100\t101\t102\t103\t104\t105\t106
            其中：网上申请\t803\t804\t805\t806\t807\t808\t809
            二、上年结转政府信息公开申请数量\t110\t111\t112\t113\t114\t115\t116
            （一）予以公开\t120\t121\t122\t123\t124\t125\t126
            """
        let result = try ReportParser.parse(text: text)
        let cells = try Self.values(result)
        #expect(cells["received"] == (100...106).map { String($0) })
        #expect(cells["carried-over"] == (110...116).map { String($0) })
        let paragraphs = result.report.sections.flatMap(\.allParagraphs).map(\.text)
        #expect(paragraphs == ["其中：网上申请\t803\t804\t805\t806\t807\t808\t809"])
        #expect(!result.diagnostics.contains { $0.code == .tableUnreadable }, "\(result.diagnostics.map(\.message))")
        #expect(result.diagnostics.contains { $0.code == .tableRowUnknown && $0.subject?.text == "其中：网上申请" })
    }
}

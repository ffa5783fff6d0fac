import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// Last year's table 3 and this year's read as one grid (a PDF's consecutive pages): every row typed twice with
/// differing figures. The reader said so once a row — 25 warnings 「表格一行填了几次且不同」 where two separate tables
/// get one — and quoted labels a PDF cell wraps with their line breaks (review rv113 F7).
@Suite struct TableTwiceInOneGridTests {
    typealias Row = TypedTwiceCheckTests

    /// A label as a PDF cell wraps it, two lines: in the Word fixture, two paragraphs of its cell.
    static let wrapped = "（二）部分公开（区分处理的，只计这一情</w:t></w:r></w:p><w:p><w:r><w:t>形，不计其他情形）"
    static let labels = [
        "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开", wrapped, "（七）总计",
    ]

    /// Table 3 with each of `labels`' rows, then the same rows again with other figures (or, for the rows in
    /// `once`, not again).
    static func doubled(once: Set<String> = []) throws -> [UInt8] {
        let rows = labels.enumerated().map { Row.row($1, 100 + 10 * $0) }
        let again = labels.enumerated().filter { !once.contains($1) }.map { Row.row($1, 500 + 10 * $0) }
        return try Row.word(rows + again)
    }

    @Test func aTableTwiceInOneGridIsOneWarningNamingItsRows() throws {
        let result = try ReportParser.parse(try Self.doubled())
        let twice = result.diagnostics.filter { $0.code == .tableRepeated }
        #expect(twice.count == 1, "\(result.diagnostics.map(\.message))")
        #expect(!result.diagnostics.contains { $0.code == .tableRowsDisagree })
        let message = try #require(twice.first?.message)
        #expect(message.contains("表三像是出现了两次") && message.contains("表三的5行都填了2次"), "\(message)")
        #expect(message.contains("「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」"), "\(message)")
        #expect(!message.contains("\n"))
        // The rows stay missing, every copy kept after the table, as for one row typed twice.
        let table = try #require(result.report.table(number: 3))
        #expect(table.cells.allSatisfy { $0.cell.isMissing })
        #expect(result.report.sections.flatMap(\.allParagraphs).count(where: { $0.text.contains("\t") }) == 10)

        let findings = ReportChecker().check(result.report, diagnostics: result.diagnostics)
        #expect(findings.count { $0.rule == "table-repeated" } == 1)
        #expect(!findings.contains { $0.rule == "table-rows-disagree" })
        // The clerk filled those rows (twice): no gap of the report.
        #expect(!findings.contains { $0.rule == "table-incomplete" && $0.message.contains("一、本年新收") })
        #expect(RuleNames.name(of: "table-repeated") == "表格出现了两次")
    }

    /// Most rows twice, one once: still one warning, saying how many of how many.
    @Test func mostRowsTwiceIsOneWarning() throws {
        let result = try ReportParser.parse(try Self.doubled(once: ["（七）总计"]))
        let message = try #require(result.diagnostics.first { $0.code == .tableRepeated }?.message)
        #expect(message.contains("表三有4行（共5行）填了2次"), "\(message)")
        #expect(!result.diagnostics.contains { $0.code == .tableRowsDisagree })
    }

    /// Every row of table 3 typed twice but 二、上年结转, in neither copy (deleted from both, or read as a paragraph):
    /// the table-repeated diagnostic names the rows typed twice, and only those are no gap of the report; the row in
    /// neither copy is 表三不完整, as in a table typed once (rv116 F6: every row with no cell read was left out).
    @Test func aRowInNeitherCopyIsAGapOfTheReport() throws {
        let template = try #require(TemplateCatalog.standard.table(id: TemplateID.table3))
        let absent = Table3Row.carriedOver.rawValue
        let typed = template.dataRows.filter { $0.key != absent }
        let rows = [100, 900].flatMap { base in typed.enumerated().map { Row.row($1.label, base + 10 * $0) } }
        let result = try ReportParser.parse(try Row.word(rows))
        let twice = try #require(result.diagnostics.first { $0.code == .tableRepeated })
        #expect(Set(twice.subject?.rowKeys ?? []) == Set(typed.map(\.key)))
        #expect(result.report.table(number: 3)?.cells.allSatisfy { $0.cell.isMissing } == true)

        let findings = ReportChecker().check(result.report, diagnostics: result.diagnostics)
        #expect(findings.count { $0.rule == "table-repeated" } == 1)
        let incomplete = findings.filter { $0.rule == "table-incomplete" }
        #expect(incomplete.count == 1, "\(incomplete.map(\.message))")
        #expect(incomplete.first?.place.rowKey == absent)
        #expect(incomplete.first?.numbers == ["缺失单元格": 7, "涉及行数": 1])
        #expect(incomplete.first?.message.contains("二、上年结转") == true, "\(incomplete.map(\.message))")
    }

    /// One row typed twice keeps its own warning; its label and its copies are quoted on one line.
    @Test func oneRowTwiceKeepsItsWarningOnOneLine() throws {
        let rows = [Row.row(Self.wrapped, 130), Row.row("（七）总计", 330), Row.row(Self.wrapped, 530)]
        let result = try ReportParser.parse(try Row.word(rows))
        #expect(!result.diagnostics.contains { $0.code == .tableRepeated })
        let warning = try #require(result.diagnostics.first { $0.code == .tableRowsDisagree })
        #expect(warning.message.contains("「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」行填了2次"))
        #expect(!warning.message.contains("\n"), "\(warning.message)")
    }
}

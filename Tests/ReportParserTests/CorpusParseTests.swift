import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// The five sample reports and the five real extractions, read as their quirks say they should be.
@Suite(.enabled(if: Corpus.shouldRun, Corpus.skipMessage))
struct CorpusParseTests {
    static func parse(_ path: String) throws -> ParseResult {
        try ReportParser.parse(try Corpus.data(path))
    }

    static func values(_ table: Table?, row: String) -> [String] {
        table?.cells.filter { $0.row.key == row }.map { $0.cell.text.map { $0.trimmingLayoutSpace() } ?? "?" } ?? []
    }

    struct Expectation: Sendable, CustomStringConvertible {
        let file: String
        let title: String?
        let agency: String
        let year: Int
        let table2: String?
        let missing: Int
        var description: String { file }
    }

    static let seeds: [Expectation] = [
        .init(
            file: "seeds/000_35b5a4da37cb7d63.txt", title: "常张乡人民政府2024年政府信息公开工作年度报告", agency: "常张乡人民政府",
            year: 2024, table2: "table2-2021", missing: 0),
        .init(
            file: "seeds/001_7458bd74f5b9c7f3.txt", title: nil, agency: "开原市中固镇人民政府", year: 2024,
            table2: "table2-2021", missing: 0),
        .init(
            file: "seeds/002_a820d62a7dc226b5.txt", title: "瓦岗寨乡 2023 年政府信息公开工作年度报告", agency: "瓦岗寨乡",
            year: 2023, table2: "table2-2021", missing: 0),
        .init(
            file: "seeds/003_a04c1cce206c730a.txt", title: "大庄乡 2024 年政府信息公开工作年度报告", agency: "大庄乡",
            year: 2024, table2: "table2-2019", missing: 147),
        .init(
            file: "seeds/004_3cfdaad65bcb6ffa.txt", title: "金乡县羊山镇人民政府 2024 年度政府信息公开工作年度报告",
            agency: "金乡县羊山镇人民政府", year: 2024, table2: "table2-2021", missing: 0),
    ]

    @Test(arguments: seeds)
    func seedsReadWithNoCellMissingExceptWhereTheTextLacksIt(expected: Expectation) throws {
        let result = try Self.parse(expected.file)
        let report = result.report
        #expect(report.title == expected.title)
        #expect(report.agency == expected.agency)
        #expect(report.year == expected.year)
        #expect(report.table(number: 2)?.template == expected.table2)
        let missing = report.tables.filter { $0.table.template != nil }.reduce(0) { $0 + $1.table.missingCount }
        // Table 2 (2019) has the optional （九） rows, absent from seed 003: they count as missing there too.
        let optional = report.table(number: 2)?.template == "table2-2019" ? 2 : 0
        #expect(missing - optional == expected.missing)
        #expect(report.sections.filter { $0.templateSlot != nil }.count >= 5)
        // Every number in every table is 0 in the samples.
        for (_, table) in report.tables {
            for (_, cell) in table.cells where !cell.isMissing { #expect(cell.value == 0) }
        }
    }

    @Test func seed000HasSectionFiveWithoutItsNumber() throws {
        let report = try Self.parse("seeds/000_35b5a4da37cb7d63.txt").report
        #expect(
            report.sections.map(\.title) == [
                "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项",
            ])
        #expect(report.sections[4].number == nil)
        #expect(report.sections[4].sections.map(\.heading) == ["（二）健全机制，规范整改。", "（三）强化落实，提升水平。"])
        #expect(report.sections[0].sections.count == 5)
    }

    @Test func seed002HeadingTypedTwiceIsOneSection() throws {
        let result = try Self.parse("seeds/002_a820d62a7dc226b5.txt")
        #expect(result.report.sections.count == 6)
        #expect(result.diagnostics.contains { $0.code == .headingRepeated && $0.line == 7 })
        #expect(result.report.sections[0].sections.count == 5)
        #expect(result.report.sections[0].sections[0].heading == "(一) 主动公开信息情况：")
    }

    @Test func seed003TruncatedTableAndMissingTable() throws {
        let result = try Self.parse("seeds/003_a04c1cce206c730a.txt")
        let report = result.report
        #expect(report.table(number: 4) == nil)
        let table3 = try #require(report.table(number: 3))
        // Rows 1–4 of （三） have six numbers for seven columns, and their tab cells do not line up with the rows
        // above: which column is empty is not certain, so the rows are missing rather than filled from the left.
        #expect(Self.values(table3, row: "withheld.state-secret") == ["?", "?", "?", "?", "?", "?", "?"])
        #expect(result.diagnostics.contains { $0.code == .rowIncomplete && $0.subject?.row == "withheld.state-secret" })
        #expect(Self.values(table3, row: "total").allSatisfy { $0 == "?" })
        #expect(result.diagnostics.contains { $0.code == .tableTruncated })
        #expect(result.diagnostics.contains { $0.code == .headingMalformed })
        #expect(result.diagnostics.contains { $0.code == .paragraphJoined && $0.line == 15 })
    }

    @Test func seed004MissingSubsections() throws {
        let report = try Self.parse("seeds/004_3cfdaad65bcb6ffa.txt").report
        #expect(report.sections[0].sections.map { $0.number?.value } == [1, 5])
        #expect(report.sections[5].sections.count == 5)
    }

    @Test func hongzeLayoutReadsItsNumbers() throws {
        let report = try Self.parse("real/hongze-2023-pdftotext-layout.txt").report
        #expect(report.agency == "洪泽区人民政府")
        #expect(report.year == 2023)
        let table3 = try #require(report.table(number: 3))
        #expect(table3.template == "table3-2019")
        #expect(Self.values(table3, row: "received") == ["21", "0", "0", "0", "0", "0", "21"])
        #expect(Self.values(table3, row: "unavailable.not-held") == ["10", "0", "0", "0", "0", "0", "10"])
        #expect(Self.values(table3, row: "partly-disclosed") == ["4", "0", "0", "0", "0", "0", "4"])
        #expect(Self.values(report.table(number: 2), row: "fees") == ["7730.28"])
        #expect(
            Self.values(report.table(number: 4), row: "cases") == [
                "10", "1", "0", "0", "0", "0", "0", "0", "0", "0", "5", "0", "0", "0", "0",
            ])
        let next = try Self.parse("real/hongze-2024-pdftotext-layout.txt").report
        #expect(Self.values(next.table(number: 3), row: "total") == ["95", "0", "0", "0", "0", "0", "95"])
    }

    @Test func scrambledReadingOrderIsUnreadableNotGuessed() throws {
        let result = try Self.parse("real/hongze-2023-pdftotext-raw.txt")
        let table3 = try #require(result.report.table(number: 3))
        #expect(table3.missingCount == 175)
        #expect(result.diagnostics.contains { $0.code == .tableUnreadable && $0.severity == .error })
    }

    @Test func shuyangMarkdownTablesSplitByRowGroup() throws {
        let report = try Self.parse("real/shuyang-2025-ocr-markdown.txt").report
        #expect(report.year == 2025)
        let table3 = try #require(report.table(number: 3))
        #expect(table3.missingCount == 0)
        #expect(Self.values(table3, row: "received") == ["705", "3", "0", "0", "5", "0", "713"])
        #expect(Self.values(table3, row: "other.no-correction") == ["9", "0", "0", "0", "0", "0", "9"])
        #expect(Self.values(report.table(number: 2), row: "fees") == ["4068.208"])
        #expect(report.table(number: 4)?.cell(row: "cases", column: "review.total")?.value == 61)
    }

    @Test func keweiShreddedTablesKeepWhatIsCertain() throws {
        let result = try Self.parse("real/kewei-2024-pdf-markdown.txt")
        let report = result.report
        #expect(Self.values(report.table(number: 2), row: "normative-documents") == ["13", "0", "55"])
        let table3 = try #require(report.table(number: 3))
        #expect(Self.values(table3, row: "received") == ["32", "2", "0", "0", "0", "0", "34"])
        #expect(Self.values(table3, row: "total") == ["33", "2", "0", "0", "0", "0", "35"])
        #expect(table3.cell(row: "carry-forward", column: "total")?.isNotFilled == true)
        #expect(table3.cell(row: "unavailable.not-held", column: "total")?.isMissing == true)
        #expect(result.diagnostics.contains { $0.code == .sectionNumberReused })
    }
}

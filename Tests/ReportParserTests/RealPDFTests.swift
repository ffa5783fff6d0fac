import DocumentLayout
import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// The two real PDFs of 洪泽区 (made by WPS; tables with ruling lines, merged cells, tables 2 and 3 running over a
/// page break), read with every cell of tables 2, 3 and 4 as printed on the pages.
@Suite(.enabled(if: Corpus.shouldRun, Corpus.skipMessage))
struct RealPDFTests {
    struct Expectation: Sendable, CustomStringConvertible {
        let file: String
        let year: Int
        let agency: String
        let table2: [String: [String]]
        let table3: [String: [String]]
        let table4: [String]
        var description: String { file }
    }

    /// Table 3 rows in the order of the 2019 format (the PDFs' （六）其他处理 has numbers of its own), seven
    /// columns each: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
    static let table3Rows = [
        "received", "carried-over", "disclosed", "partly-disclosed", "withheld.state-secret",
        "withheld.prohibited-by-law", "withheld.three-safeties", "withheld.third-party", "withheld.internal-affairs",
        "withheld.process-information", "withheld.enforcement-files", "withheld.inquiry", "unavailable.not-held",
        "unavailable.needs-creation", "unavailable.unclear", "not-handled.petition", "not-handled.repeated",
        "not-handled.publications", "not-handled.excessive", "not-handled.confirmation", "other", "total",
        "carry-forward",
    ]

    /// Natural persons' column of table 3 (the organisations' columns are all 0, and 总计 equals it, in both years).
    static func table3(_ naturalPersons: [Int]) -> [String: [String]] {
        Dictionary(
            uniqueKeysWithValues: zip(table3Rows, naturalPersons).map { key, value in
                (key, ["\(value)", "0", "0", "0", "0", "0", "\(value)"])
            })
    }

    static let expectations: [Expectation] = [
        Expectation(
            file: "files/hongze-2023.pdf", year: 2023, agency: "洪泽区人民政府",
            table2: [
                "regulations": ["0", "0", "0"], "normative-documents": ["0", "5", "5"], "licensing": ["550"],
                "penalties": ["4119"], "enforcement": ["195"], "fees": ["7730.28"],
            ],
            table3: table3([21, 0, 0, 4, 1, 0, 0, 0, 0, 1, 1, 0, 10, 3, 0, 1, 0, 0, 0, 0, 0, 21, 0]),
            // 行政复议 总计 is printed 0 although its parts add to 11: kept as printed.
            table4: ["10", "1", "0", "0", "0", "0", "0", "0", "0", "0", "5", "0", "0", "0", "0"]),
        Expectation(
            file: "files/hongze-2024.pdf", year: 2024, agency: "淮安市洪泽区人民政府",
            table2: [
                "regulations": ["0", "0", "0"], "normative-documents": ["3", "0", "8"], "licensing": ["9487"],
                "penalties": ["2776"], "enforcement": ["84"], "fees": ["7545"],
            ],
            table3: table3([95, 0, 50, 9, 0, 0, 1, 0, 0, 1, 1, 0, 31, 1, 0, 1, 0, 0, 0, 0, 0, 95, 0]),
            table4: ["1", "1", "0", "0", "2", "1", "0", "0", "0", "1", "2", "0", "1", "0", "3"]),
    ]

    static func values(_ table: Table?, row: String) -> [String] {
        table?.rows.first { $0.key == row }?.cells.map { $0.text ?? "[缺失]" } ?? []
    }

    @Test(arguments: expectations)
    func everyCellOfTables2To4IsAsPrinted(expected: Expectation) async throws {
        let result = try await FixtureDocuments.offPool { try ReportParser.parse(try Corpus.data(expected.file)) }
        #expect(result.format == .pdf)
        let report = result.report
        #expect(report.year == expected.year)
        #expect(report.agency == expected.agency)
        let table2 = try #require(report.table(number: 2))
        #expect(table2.template == "table2-2021")
        for (row, cells) in expected.table2 { #expect(Self.values(table2, row: row) == cells, "table 2 \(row)") }
        let table3 = try #require(report.table(number: 3))
        #expect(table3.template == "table3-2019")
        #expect(table3.rows.count == 23)
        for (row, cells) in expected.table3 { #expect(Self.values(table3, row: row) == cells, "table 3 \(row)") }
        let table4 = try #require(report.table(number: 4))
        #expect(Self.values(table4, row: "cases") == expected.table4)
        #expect(report.tables.filter { $0.table.template != nil }.allSatisfy { $0.table.missingCount == 0 })
    }

    @Test(arguments: expectations)
    func outlineAndProseLeaveOutPageNumbers(expected: Expectation) async throws {
        let report = try await FixtureDocuments.offPool { try ReportParser.parse(try Corpus.data(expected.file)) }
            .report
        #expect(report.sections.map(\.templateSlot) == [1, 2, 3, 4, 5, 6])
        #expect(report.sections[0].sections.count == 5)
        let prose = report.sections.flatMap(\.allParagraphs).map(\.text) + report.preamble.compactMap(\.paragraph?.text)
        #expect(!prose.contains { SourceLinePattern.isPageNumber($0) })
        #expect(prose.contains { $0.contains("信息处理费") })
    }

    @Test func readingTwiceGivesTheSameReport() async throws {
        let data = try Corpus.data("files/hongze-2023.pdf")
        let first = try await FixtureDocuments.offPool { try ReportParser.parse(data) }
        let second = try await FixtureDocuments.offPool { try ReportParser.parse(data) }
        #expect(first.report == second.report)
        #expect(first.diagnostics == second.diagnostics)
        #expect(ReportText.render(first.report) == ReportText.render(second.report))
    }
}

/// `-2-` and the like, to check that none is left in the prose.
enum SourceLinePattern {
    static func isPageNumber(_ text: String) -> Bool {
        let bare = text.filter { !$0.isWhitespace }
        return !bare.isEmpty && bare.count <= 6 && bare.allSatisfy { $0.isNumber || "-—－第页".contains($0) }
    }
}

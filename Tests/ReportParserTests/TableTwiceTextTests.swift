import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// The text export of a report holding last year's table 3 above this year's reads back as the two copies: the text
/// reader had taken both for one table region, read the first copy's figures as the report's table 3 and left the
/// second's as numbers of no row — and a clerk who committed the exported text stored last year's figures as the
/// year's (review rv113 F5). A table whose header comes again in its middle, a piece on each page, stays one table.
@Suite struct TableTwiceTextTests {
    @Test func theTextExportOfTwoCopiesReadsBackAsTheTwoCopies() throws {
        let report = SampleReport.withLastYearsTable3("500")
        let result = try ReportParser.parse(text: ReportText.render(report))
        #expect(result.report == report)
        let copies = result.report.copies(ofTable: 3)
        #expect(copies.map { $0.table.cell(row: "received", column: "natural-person")?.text } == ["500", "0"])
        #expect(result.report.table(number: 3) == nil)
        #expect(result.diagnostics.contains { $0.code == .tableRepeated })
        #expect(!result.diagnostics.contains { $0.code == .tableUnreadable || $0.severity == .error })
    }

    @Test func aHeaderTypedAgainInTheMiddleOfTable3LeavesItOneTable() throws {
        let report = SampleReport.make()
        let lines = ReportText.render(report).components(separatedBy: "\n")
        let header = try #require(lines.firstIndex { $0.hasPrefix("| 申请人情况") })
        let cut = try #require(lines.firstIndex { $0.contains("（三）不予公开") })
        let text = (lines[..<cut] + ["", lines[header - 1], lines[header]] + lines[cut...]).joined(separator: "\n")
        let result = try ReportParser.parse(text: text)
        #expect(result.report.copies(ofTable: 3).count == 1)
        #expect(result.report.table(number: 3) == report.table(number: 3))
        #expect(!result.diagnostics.contains { $0.code == .tableRepeated })
    }
}

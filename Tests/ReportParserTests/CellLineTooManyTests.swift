import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A table typed one cell a line, rows parted by a blank line, with one cell line too many in a row: the blank line
/// bounds the row, so only that row is missing. The row's extra value had been taken for values of rows whose
/// labels were lost, and all 175 cells of table 3 were left missing (review rv112 F9).
@Suite struct CellLineTooManyTests {
    @Test func anExtraCellLineCostsOnlyItsRow() throws {
        let report = ReportGenerator(numbers: .distinct).make(seed: 3)
        let text = LayoutRenderer(layout: .cellPerLineTabbed, seed: 3).render(report)
        let before = try #require(try ReportParser.parse(text: text).report.table(number: 3))
        #expect(before.cells.allSatisfy { !$0.cell.isMissing })
        var lines = text.components(separatedBy: "\n")
        let label = try #require(lines.firstIndex { $0.hasPrefix("\t一、本年新收") })
        let end = try #require(lines[label...].firstIndex { $0.isEmpty })
        let figures = (100...106).map { "\t\($0)" }
        lines.replaceSubrange((label + 1)..<end, with: figures + ["\t5"])
        let result = try ReportParser.parse(text: lines.joined(separator: "\n"))
        let table3 = try #require(result.report.table(number: 3))
        let received = try #require(table3.rows.first { $0.key == "received" })
        #expect(received.cells.allSatisfy { $0.isMissing })
        for row in table3.rows where row.key != "received" {
            #expect(row == before.rows.first { $0.key == row.key }, "\(row.key)")
        }
        #expect(result.diagnostics.contains { $0.code == .rowOverfull && $0.subject?.row == "received" })
    }
}

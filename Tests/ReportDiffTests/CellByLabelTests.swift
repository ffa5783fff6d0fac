import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// A cell named at the terminal the way every output prints it — `--cell 3 本年新收 自然人`, `--cell 三 …`,
/// `--cell 表三 …` — is found, as its keys find it (rv117 F9: only `natural-person` was accepted, and `--cell 三 本年新收
/// 自然人` was told it gave the wrong number of values).
@Suite struct CellByLabelTests {
    @Test func everyCellOfTable3IsFoundByThePrintedLabels() throws {
        let report = SampleReport.make()
        let table = try #require(report.table(number: 3))
        #expect(!table.cells.isEmpty)
        for (row, cell) in table.cells {
            let unit = try #require(UnitID.cell(table: 3, row: row.key, column: cell.column, in: report))
            let parts = UnitPlace.label(of: unit, in: report).components(separatedBy: " · ")
            try #require(parts.count == 3, "\(parts)")
            #expect(UnitID.cell(table: 3, row: parts[1], column: parts[2], in: report) == unit, "\(parts)")
        }
        let received = UnitID.cell(table: 3, row: "本年新收", column: "自然人", in: report)
        #expect(received != nil)
        #expect(received == UnitID.cell(table: 3, row: "received", column: "natural-person", in: report))
    }

    @Test func theTableIsNamedAsAPersonWritesIt() {
        for name in ["3", "三", "表三", "table3"] { #expect(UnitID.tableNumber(name) == 3, "\(name)") }
        #expect(UnitID.tableNumber("表二") == 2 && UnitID.tableNumber("四") == 4)
        for name in ["五", "1", "表", "", "自然人"] { #expect(UnitID.tableNumber(name) == nil, "\(name)") }
    }
}

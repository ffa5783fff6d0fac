import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// A cell named by its whole place as every output prints it (`三、表三 · 本年新收 · 自然人`, rv117 M5 for
/// `comment --at`), and the second table 3 a conflict names (`表三（第 2 个）`, rv118 M5: `--cell '表三（第 2 个）' 本年新收
/// 自然人` was told "needs three values", and `--cell 三 …` silently took the first copy).
@Suite struct CellPlaceTests {
    @Test func everyCellIsFoundByItsPrintedPlace() throws {
        let report = SampleReport.make()
        for number in [2, 3, 4] {
            let table = try #require(report.table(number: number))
            for (row, cell) in table.cells {
                let unit = try #require(UnitID.cell(table: number, row: row.key, column: cell.column, in: report))
                let place = UnitPlace.label(of: unit, in: report)
                #expect(UnitID.cell(place: place, in: report) == unit, "\(place)")
            }
        }
        let unit = UnitID.cell(table: 3, row: "received", column: "natural-person", in: report)
        #expect(unit != nil)
        #expect(UnitID.cell(place: "三、表三·本年新收·自然人", in: report) == unit)
        #expect(UnitID.cell(place: "表三 · 本年新收 · 法人", in: report) == nil)
    }

    @Test func theSecondCopyOfTable3IsNamedAsTheConflictNamesIt() throws {
        let report = SampleReport.withLastYearsTable3("500")
        let second = try #require(UnitID("section:三/table:table3#2/cell:received:natural-person"))
        let first = try #require(UnitID("section:三/table:table3/cell:received:natural-person"))
        let place = UnitPlace.label(of: second, in: report)
        #expect(place == "三、表三（第 2 个） · 本年新收 · 自然人")
        #expect(UnitID.cell(place: place, in: report) == second)
        for name in ["表三（第 2 个）", "表三(第2个)", "3#2", "table3#2", "表三#2", "三、表三（第 2 个）"] {
            let reference = UnitID.tableReference(name)
            #expect(reference?.number == 3 && reference?.copy == 2, "\(name)")
            let found = UnitID.cell(
                table: 3, copy: reference?.copy ?? 0, row: "本年新收", column: "自然人", in: report)
            #expect(found == second, "\(name)")
        }
        #expect(UnitID.cell(table: 3, row: "本年新收", column: "自然人", in: report) == first)
        #expect(UnitID.cell(table: 3, copy: 3, row: "本年新收", column: "自然人", in: report) == nil)
        #expect(UnitID.tableReference("三、表三")?.copy == 1)
        for name in ["表五", "表三（第 x 个）", "3#0", "自然人"] { #expect(UnitID.tableReference(name) == nil, "\(name)") }
    }

    @Test func aTablesRowAndColumnWordsAreListed() throws {
        let report = SampleReport.make()
        let words = try #require(UnitID.cellWords(table: 3, in: report))
        #expect(words.rows.contains("本年新收") && words.columns.contains("自然人"))
        #expect(Set(words.rows).count == words.rows.count)
        #expect(UnitID.cellWords(table: 3, copy: 2, in: report) == nil)
    }
}

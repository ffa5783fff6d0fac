import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import CountyWorkbook

/// Last year's totals compare the same offices as this year's (rv119 F1), and are left out when no report of last
/// year is held (rv119 M5).
@Suite struct WorkbookPreviousTotalsTests {
    static let layout = SheetLayout.sheets(year: 2025)[1]

    static func cell(_ sheet: WorkbookReader.Sheet, row: Int, column: Int) -> WorkbookReader.Cell? {
        sheet.cells[CountyWorkbookTests.reference(row: row, column: column)]
    }

    /// 瓦岗寨乡 reported for 2024 and has not for 2025: 合计（上年） added its 2024 figures to those of the offices
    /// counted in this year's 合计, and the county read a fall in its figures where there were two fewer offices. Last
    /// year's total now counts the offices of this year's, and says so; a comment names the office left out.
    @Test func lastYearsTotalCountsTheOfficesOfThisYearsTotal() throws {
        let last = (1...3).map {
            ReportGenerator(agency: "单位\($0)", year: 2024, numbers: .distinct).make(seed: UInt64($0))
        }
        let entries = [
            WorkbookEntry(
                agency: "常张乡人民政府",
                report: ReportGenerator(agency: "常张乡人民政府", year: 2025, numbers: .distinct).make(seed: 7),
                previous: last[0]),
            WorkbookEntry(
                agency: "大庄镇人民政府",
                report: ReportGenerator(agency: "大庄镇人民政府", year: 2025, numbers: .distinct).make(seed: 8),
                previous: last[1], previousUnpublished: "草稿"),
            WorkbookEntry(agency: "瓦岗寨乡人民政府", report: nil, previous: last[2]),
        ]
        let workbook = try WorkbookReader(try CountyWorkbook.data(year: 2025, entries: entries, office: "县政务公开办"))
        let sheet = workbook.sheets[1]
        let first = Self.layout.firstDataRow
        #expect(Self.cell(sheet, row: first + 6, column: 0)?.value == "合计（有报告的 2 个单位）")
        #expect(Self.cell(sheet, row: first + 7, column: 0)?.value == "合计（上年，同 2 个单位，其中 1 个未公开）")
        #expect(Self.cell(sheet, row: first + 7, column: 1)?.value == "2024")
        var summed = 0
        for (index, position) in Self.layout.columns.enumerated() {
            let column = index + SheetLayout.firstDataColumn
            let cells = last.prefix(2).map { $0.table(number: 3)?.cell(row: position.row, column: position.column) }
            let values = cells.compactMap { $0?.value }
            guard values.count == 2 else { continue }
            let total = try #require(Self.cell(sheet, row: first + 7, column: column))
            #expect(Decimal(string: total.value) == values.reduce(0, +), "\(position)")
            let formula = try #require(total.formula)
            #expect(formula.contains(CountyWorkbookTests.reference(row: first + 1, column: column)))
            #expect(formula.contains(CountyWorkbookTests.reference(row: first + 3, column: column)))
            #expect(!formula.contains(CountyWorkbookTests.reference(row: first + 5, column: column)), "\(formula)")
            summed += 1
        }
        #expect(summed > 100)
        let note = workbook.comments.first { $0.cell == CountyWorkbookTests.reference(row: first + 7, column: 0) }
        #expect(note?.text.contains("不含 瓦岗寨乡人民政府（本年未报送）") == true, "\(workbook.comments)")
        // (瓦岗寨乡's 2024 figures are still in its own row)
        #expect(
            CountyWorkbookTests.checkRow(
                sheet, Self.layout, row: first + 5, agency: "瓦岗寨乡人民政府", year: 2024, report: last[2]) > 100)
        let english = try WorkbookReader(
            try CountyWorkbook.data(year: 2025, entries: entries, office: "县政务公开办", language: .english))
        #expect(
            Self.cell(english.sheets[1], row: first + 7, column: 0)?.value
                == "Total (last year, the same 2 offices, 1 of them not published)")

        // One of this year's offices without a report of last year: how many of them it counts
        var fewer = entries
        fewer[0].previous = nil
        let other = try WorkbookReader(try CountyWorkbook.data(year: 2025, entries: fewer, office: "县政务公开办"))
        #expect(
            Self.cell(other.sheets[1], row: first + 7, column: 0)?.value == "合计（上年，同 2 个单位中有报告的 1 个，其中 1 个未公开）")
    }

    /// A 2024 workbook of a county that holds no 2023 report had a row 「合计（上年，有报告的 0 个单位） 2023」 of
    /// zeros, which read as a county that handled nothing in 2023: it is left out.
    @Test func noLastYearsTotalWithoutAReportOfLastYear() throws {
        let entries = [
            WorkbookEntry(
                agency: "常张乡人民政府", report: ReportGenerator(agency: "常张乡人民政府", year: 2025).make(seed: 3)),
            WorkbookEntry(agency: "瓦岗寨乡人民政府", report: nil),
        ]
        let workbook = try WorkbookReader(try CountyWorkbook.data(year: 2025, entries: entries, office: "县政务公开办"))
        for (sheet, layout) in zip(workbook.sheets, SheetLayout.sheets(year: 2025)) {
            let first = layout.firstDataRow
            #expect(Self.cell(sheet, row: first + 4, column: 0)?.value == "合计（有报告的 1 个单位）")
            #expect(Self.cell(sheet, row: first + 5, column: 0) == nil, "\(sheet.name)")
            #expect(Self.cell(sheet, row: first + 5, column: 1) == nil, "\(sheet.name)")
        }
    }
}

import CountyWorkbook
import Foundation
import ReportFixtures
import ReportModel
import Testing

/// The workbook lists the offices in pinyin order with place words read as places: 长乐乡 had come after 张庄乡, under
/// Z (county reviewer, rv101).
@Suite struct WorkbookOrderTests {
    @Test func officesAreListedByTheirPlaceReading() throws {
        let names = ["张庄乡人民政府", "长乐乡人民政府", "常张乡人民政府", "厦门市人民政府", "魏县人民政府"]
        let entries = names.map { name in
            WorkbookEntry(agency: name, report: ReportGenerator(agency: name, year: 2024).make(seed: 3))
        }
        let expected = ["长乐乡人民政府", "常张乡人民政府", "魏县人民政府", "厦门市人民政府", "张庄乡人民政府"]
        #expect(CountyWorkbook.ordered(entries).map(\.agency) == expected)

        let workbook = try WorkbookReader(try CountyWorkbook.data(year: 2024, entries: entries, office: "县政务公开办"))
        let layout = SheetLayout.sheets(year: 2024)[1]
        let rows = expected.indices.map { index in
            workbook.sheets[1].cells[
                CountyWorkbookTests.reference(row: layout.firstDataRow + 2 * index, column: 0)]?.value
        }
        #expect(rows == expected)
    }
}

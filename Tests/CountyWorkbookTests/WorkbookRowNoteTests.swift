import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import CountyWorkbook

/// What a row's name says beyond the office (user review rv120, M9): a published report whose draft differs says the
/// draft is not counted (the board says 草稿（公开后有修改）, the row had said nothing), and last year's row of an office
/// with no report that year says 未报送 (it had been a bare name beside blank cells).
@Suite struct WorkbookRowNoteTests {
    @Test func aPublishedRowBesideADraftAndAMissingLastYearSaySo() throws {
        let changzhang = ReportGenerator(agency: "常张乡人民政府", year: 2024, numbers: .distinct).make(seed: 3)
        let dazhuang = ReportGenerator(agency: "大庄镇人民政府", year: 2024, numbers: .distinct).make(seed: 4)
        let last = ReportGenerator(agency: "常张乡人民政府", year: 2023, numbers: .distinct).make(seed: 5)
        var beside = WorkbookEntry(agency: "常张乡人民政府", report: changzhang, previous: last)
        beside.draftBeside = true
        let entries = [beside, WorkbookEntry(agency: "大庄镇人民政府", report: dazhuang)]
        for (language, besideName, missingName) in [
            (Language.chinese, "常张乡人民政府（已公开；草稿另有修改，未计入）", "大庄镇人民政府（未报送）"),
            (.english, "常张乡人民政府 (published; the draft differs and is not counted)", "大庄镇人民政府 (not submitted)"),
        ] {
            let workbook = try WorkbookReader(
                try CountyWorkbook.data(year: 2024, entries: entries, office: "县政务公开办", language: language))
            let sheet = workbook.sheets[1]
            let first = WorkbookStandingTests.layout.firstDataRow
            // 常 (chang) before 大 (da): each office's row of 2024, then its row of 2023
            #expect(WorkbookStandingTests.cell(sheet, row: first, column: 0) == besideName)
            #expect(WorkbookStandingTests.cell(sheet, row: first + 1, column: 0) == "常张乡人民政府")
            #expect(WorkbookStandingTests.cell(sheet, row: first + 2, column: 0) == "大庄镇人民政府")
            #expect(WorkbookStandingTests.cell(sheet, row: first + 3, column: 0) == missingName)
            // The published figures are the ones counted, as before
            CountyWorkbookTests.checkTotals(
                sheet, WorkbookStandingTests.layout, row: first + 4, year: 2024, reports: [changzhang, dazhuang])
        }
    }
}

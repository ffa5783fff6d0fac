import CountyWorkbook
import Foundation
import ReportFixtures
import ReportModel
import Testing

/// The county's workbook in English for one who reads English: its own words — sheet names, titles, the agency and
/// year headers, the totals labels, what a row and its comment say, the file's properties — in English; the national
/// format's labels and the offices' names as written (user review ux98, J3: an English reader's workbook said `表三`,
/// `合计（有报告的 16 个单位）`, `（未报送）`).
@Suite struct WorkbookLanguageTests {
    static func entries() -> [WorkbookEntry] {
        let published = ReportGenerator(agency: "常张乡人民政府", year: 2024, numbers: .distinct).make(seed: 3)
        let returned = ReportGenerator(agency: "大庄镇人民政府", year: 2024, numbers: .distinct).make(seed: 4)
        return [
            WorkbookEntry(agency: "常张乡人民政府", report: published),
            WorkbookEntry(agency: "大庄镇人民政府", report: returned, unpublished: "Returned", errors: 2),
            WorkbookEntry(agency: "瓦岗寨乡人民政府", report: nil),
        ]
    }

    static func cell(_ sheet: WorkbookReader.Sheet, row: Int, column: Int) -> String? {
        sheet.cells[CountyWorkbookTests.reference(row: row, column: column)]?.value
    }

    @Test func theWorkbooksOwnWordsAreInEnglish() throws {
        let workbook = try WorkbookReader(
            try CountyWorkbook.data(
                year: 2024, entries: Self.entries(), office: "县政务公开办", coverage: WorkbookWords(.english).wholeCounty,
                language: .english))
        #expect(workbook.sheets.map(\.name) == ["Table 2", "Table 3", "Table 4"])
        let layout = SheetLayout.sheets(year: 2024, words: WorkbookWords(.english))[1]
        let sheet = workbook.sheets[1]
        let title = try #require(Self.cell(sheet, row: 0, column: 0))
        // (the table's name is the national format's, as written)
        #expect(title.hasPrefix("2024 Table 3 ") && title.hasSuffix(" (whole county)"), "\(title)")
        #expect(Self.cell(sheet, row: 1, column: 0) == "Office")
        #expect(Self.cell(sheet, row: 1, column: 1) == "Year")
        let first = layout.firstDataRow
        #expect(Self.cell(sheet, row: first, column: 0) == "常张乡人民政府")
        #expect(Self.cell(sheet, row: first + 2, column: 0) == "大庄镇人民政府 (Returned, not published)")
        #expect(Self.cell(sheet, row: first + 4, column: 0) == "瓦岗寨乡人民政府 (not submitted)")
        #expect(
            Self.cell(sheet, row: first + 6, column: 0)
                == "Total (the 2 offices with a report, 1 of them not published)")
        // (no report of last year: no last year's total, rv119 M5)
        #expect(Self.cell(sheet, row: first + 7, column: 0) == nil)
        let note = workbook.comments.first { $0.cell == CountyWorkbookTests.reference(row: first + 2, column: 0) }
        #expect(note?.text.hasPrefix("This report stands at “Returned” and is not published yet") == true)
        #expect(note?.text.contains("2 errors") == true, "\(workbook.comments)")
        #expect(workbook.coreXML.contains("Government information disclosure annual reports 2024, summary"))
        #expect(workbook.coreXML.contains("3 offices, 1 of them not submitted, 1 sent but not published"))
        // The workbook's file name
        #expect(
            CountyWorkbook.title(2024, language: .english)
                == "Government information disclosure annual reports 2024, summary")
    }

    @Test func theChineseWorkbookIsAsBefore() throws {
        var entries = Self.entries()
        entries[1].unpublished = "已退回"
        let workbook = try WorkbookReader(try CountyWorkbook.data(year: 2024, entries: entries, office: "县政务公开办"))
        #expect(workbook.sheets.map(\.name) == ["表二", "表三", "表四"])
        let sheet = workbook.sheets[1]
        let first = SheetLayout.sheets(year: 2024)[1].firstDataRow
        #expect(Self.cell(sheet, row: 0, column: 0)?.hasSuffix("（全县汇总）") == true)
        #expect(Self.cell(sheet, row: 1, column: 0) == "单位")
        #expect(Self.cell(sheet, row: first + 4, column: 0) == "瓦岗寨乡人民政府（未报送）")
        #expect(Self.cell(sheet, row: first + 6, column: 0) == "合计（有报告的 2 个单位，其中 1 个未公开）")
        #expect(CountyWorkbook.title(2024) == "2024年政府信息公开工作年度报告汇总表")
    }

    /// A total no report's cells can make says why in English.
    @Test func anEmptyTotalsCommentIsInEnglish() throws {
        var report = ReportGenerator(agency: "常张乡人民政府", year: 2024, numbers: .distinct).make(seed: 3)
        let layout = SheetLayout.sheets(year: 2024)[0]
        let (row, column) = layout.columns[0]
        for section in report.sections.indices {
            for block in report.sections[section].blocks.indices {
                guard case .table(var table) = report.sections[section].blocks[block],
                    table.templateDefinition?.table == 2
                else { continue }
                table.setText(nil, row: row, column: column)
                report.sections[section].blocks[block] = .table(table)
            }
        }
        let workbook = try WorkbookReader(
            try CountyWorkbook.data(
                year: 2024, entries: [WorkbookEntry(agency: "常张乡人民政府", report: report)], office: "县政务公开办",
                language: .english))
        let notes = workbook.comments.map(\.text).filter { $0.hasPrefix("No total: this cell of 常张乡人民政府 holds") }
        #expect(!notes.isEmpty, "\(workbook.comments)")
    }
}

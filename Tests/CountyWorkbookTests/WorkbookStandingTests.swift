import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import CountyWorkbook

/// What the county hands on says which figures it has not accepted, and no one report's text can keep the workbook
/// from being written.
@Suite struct WorkbookStandingTests {
    static let layout = SheetLayout.sheets(year: 2024)[1]

    static func cell(_ sheet: WorkbookReader.Sheet, row: Int, column: Int) -> String? {
        sheet.cells[CountyWorkbookTests.reference(row: row, column: column)]?.value
    }

    /// A returned report with errors is listed with its status, a comment says how many errors, and the totals'
    /// label says that some of the figures it adds up are not published.
    @Test func aReturnedReportIsNamedAsNotPublishedInItsRowAndInTheTotals() throws {
        let published = ReportGenerator(agency: "常张乡人民政府", year: 2024, numbers: .distinct).make(seed: 3)
        let returned = ReportGenerator(agency: "大庄镇人民政府", year: 2024, numbers: .distinct).make(seed: 4)
        let entries = [
            WorkbookEntry(agency: "常张乡人民政府", report: published),
            WorkbookEntry(agency: "大庄镇人民政府", report: returned, unpublished: "已退回", errors: 2),
            WorkbookEntry(agency: "瓦岗寨乡人民政府", report: nil),
        ]
        let workbook = try WorkbookReader(try CountyWorkbook.data(year: 2024, entries: entries, office: "县政务公开办"))
        let sheet = workbook.sheets[1]
        let first = Self.layout.firstDataRow
        #expect(Self.cell(sheet, row: first, column: 0) == "常张乡人民政府")
        #expect(Self.cell(sheet, row: first + 2, column: 0) == "大庄镇人民政府（已退回，未公开）")
        #expect(Self.cell(sheet, row: first + 3, column: 0) == "大庄镇人民政府（未报送）")
        #expect(Self.cell(sheet, row: first + 4, column: 0) == "瓦岗寨乡人民政府（未报送）")
        #expect(Self.cell(sheet, row: first + 6, column: 0) == "合计（有报告的 2 个单位，其中 1 个未公开）")
        let note = workbook.comments.first { $0.cell == CountyWorkbookTests.reference(row: first + 2, column: 0) }
        #expect(note?.text.contains("2 个错误") == true, "\(workbook.comments)")
        #expect(workbook.comments.allSatisfy { $0.cell != CountyWorkbookTests.reference(row: first, column: 0) })
        #expect(workbook.coreXML.contains("3 个单位，其中 1 个未报送，1 个已报来但未公开"))
        // Its figures are still in the total, which says so.
        CountyWorkbookTests.checkTotals(sheet, Self.layout, row: first + 6, year: 2024, reports: [published, returned])
    }

    @Test func theTotalsSayHowManyAreUnpublishedWhenEveryAgencyReported() throws {
        let entries = [
            WorkbookEntry(agency: "常张乡人民政府", report: ReportGenerator(agency: "常张乡人民政府", year: 2024).make(seed: 3)),
            WorkbookEntry(
                agency: "大庄镇人民政府", report: ReportGenerator(agency: "大庄镇人民政府", year: 2024).make(seed: 4),
                unpublished: "草稿"),
        ]
        let sheet = try WorkbookReader(try CountyWorkbook.data(year: 2024, entries: entries, office: "县政务公开办"))
            .sheets[1]
        let first = Self.layout.firstDataRow
        #expect(Self.cell(sheet, row: first + 2, column: 0) == "大庄镇人民政府（草稿，未公开）")
        #expect(Self.cell(sheet, row: first + 4, column: 0) == "合计（2 个单位，其中 1 个未公开）")
        // (no report of last year: no last year's total, rv119 M5)
        #expect(Self.cell(sheet, row: first + 5, column: 0) == nil)
    }

    /// Last year's figures of a draft nobody submitted were labelled like accepted ones, and last year's totals
    /// counted them without a word (review rv101 F2): the row and the totals say so, as this year's do.
    @Test func lastYearsDraftIsNamedAsNotPublishedInItsRowAndInLastYearsTotals() throws {
        let entries = [
            WorkbookEntry(
                agency: "常张乡人民政府", report: ReportGenerator(agency: "常张乡人民政府", year: 2024).make(seed: 3),
                previous: ReportGenerator(agency: "常张乡人民政府", year: 2023).make(seed: 5)),
            WorkbookEntry(
                agency: "大庄镇人民政府", report: ReportGenerator(agency: "大庄镇人民政府", year: 2024).make(seed: 4),
                previous: ReportGenerator(agency: "大庄镇人民政府", year: 2023).make(seed: 6), previousUnpublished: "草稿"),
        ]
        let sheet = try WorkbookReader(try CountyWorkbook.data(year: 2024, entries: entries, office: "县政务公开办"))
            .sheets[1]
        let first = Self.layout.firstDataRow
        #expect(Self.cell(sheet, row: first + 1, column: 0) == "常张乡人民政府")
        #expect(Self.cell(sheet, row: first + 2, column: 0) == "大庄镇人民政府")
        #expect(Self.cell(sheet, row: first + 3, column: 0) == "大庄镇人民政府（草稿，未公开）")
        #expect(Self.cell(sheet, row: first + 4, column: 0) == "合计")
        #expect(Self.cell(sheet, row: first + 5, column: 0) == "合计（上年，2 个单位，其中 1 个未公开）")
    }

    /// The county's own upload of a township's file, not yet submitted on its behalf, was counted among the reports
    /// 已报来但未公开 (rv101): the file's comments count it as a draft nobody submitted; its row says 草稿 as before.
    @Test func aDraftNobodySubmittedIsNotCountedAsReported() throws {
        let entries = [
            WorkbookEntry(
                agency: "常张乡人民政府", report: ReportGenerator(agency: "常张乡人民政府", year: 2024).make(seed: 3),
                unpublished: "已报送"),
            WorkbookEntry(
                agency: "大庄镇人民政府", report: ReportGenerator(agency: "大庄镇人民政府", year: 2024).make(seed: 4),
                unpublished: "草稿", isReported: false),
            WorkbookEntry(agency: "瓦岗寨乡人民政府", report: nil),
        ]
        let workbook = try WorkbookReader(try CountyWorkbook.data(year: 2024, entries: entries, office: "县政务公开办"))
        #expect(workbook.coreXML.contains("3 个单位，其中 1 个未报送，1 个有草稿但未报送，1 个已报来但未公开。"), "\(workbook.coreXML)")
        #expect(Self.cell(workbook.sheets[1], row: Self.layout.firstDataRow + 2, column: 0) == "大庄镇人民政府（草稿，未公开）")
    }

    /// A clerk's note of 40,000 characters pasted into a cell of table 3: the workbook is still written, the cell
    /// holds as much as Excel allows, and a comment says it was cut.
    @Test func aCellLongerThanExcelAllowsIsCutAndTheWorkbookStillWritten() throws {
        let long = "—" + String(repeating: "说明", count: 20_000)
        var report = ReportGenerator(agency: "常张乡人民政府", year: 2024, numbers: .distinct).make(seed: 3)
        report = try CountyWorkbookTests.editing(report, table: 3) {
            _ = $0.setText(long, row: "received", column: "business")
        }
        let entries = [WorkbookEntry(agency: "常张乡人民政府", report: report)]
        let workbook = try WorkbookReader(try CountyWorkbook.data(year: 2024, entries: entries, office: "县政务公开办"))
        let business = try #require(Self.layout.columns.firstIndex { $0 == ("received", "business") })
        let reference = CountyWorkbookTests.reference(
            row: Self.layout.firstDataRow, column: business + SheetLayout.firstDataColumn)
        let written = try #require(workbook.sheets[1].cells[reference]?.value)
        #expect(written.unicodeScalars.count == SheetWriter.cellLimit)
        #expect(written.hasSuffix("…") && long.hasPrefix(String(written.dropLast())))
        let note = workbook.comments.first { $0.cell == reference }
        #expect(note?.text.contains("40001 个字") == true, "\(workbook.comments)")
        // A text just within the limit is written whole, with no comment.
        #expect(SheetWriter.fitted(String(repeating: "字", count: SheetWriter.cellLimit)).note == nil)
    }
}

/// A figure of more than 15 significant digits became another number in Excel (1.234567890123457E+16 for
/// 12345678901234567, review rr98): it is written as typed, and its column has no total.
@Suite struct WorkbookLongFigureTests {
    @Test func aFigureExcelCannotHoldIsWrittenAsTyped() throws {
        var report = ReportGenerator(agency: "常张乡人民政府", year: 2024, numbers: .distinct).make(seed: 3)
        report = try CountyWorkbookTests.editing(report, table: 3) {
            _ = $0.setText("12345678901234567", row: "received", column: "business")
        }
        let layout = SheetLayout.sheets(year: 2024)[1]
        let business = try #require(layout.columns.firstIndex { $0 == ("received", "business") })
        #expect(CountyWorkbook.value(of: report, in: layout, column: business).value == .text("12345678901234567"))
        let workbook = try WorkbookReader(
            try CountyWorkbook.data(
                year: 2024, entries: [WorkbookEntry(agency: "常张乡人民政府", report: report)], office: "县政务公开办"))
        let column = business + SheetLayout.firstDataColumn
        let cell = workbook.sheets[1].cells[CountyWorkbookTests.reference(row: layout.firstDataRow, column: column)]
        #expect(cell?.value == "12345678901234567" && cell?.isString == true)
        let total = CountyWorkbookTests.reference(row: layout.firstDataRow + 2, column: column)
        #expect(workbook.sheets[1].cells[total]?.value ?? "" == "")
        #expect(SheetWriter.holdsExactly(try #require(Decimal(string: "7730.28"))))
        #expect(SheetWriter.holdsExactly(try #require(Decimal(string: "0.000123"))))
    }
}

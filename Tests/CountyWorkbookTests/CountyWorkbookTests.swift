import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import CountyWorkbook

/// The county's workbook, read back with ZIPFoundation and `XMLParser`: every number of every agency's tables 2, 3
/// and 4 in its place, this year's and last year's, missing cells empty (never 0), agencies in pinyin order, totals
/// of each year, merged headers.
@Suite struct CountyWorkbookTests {
    /// Three townships (not in pinyin order by code point: 大 < 常 < 青), one with a cell that could not be read, one
    /// with a placeholder and no table 4.
    static func entries() throws -> [WorkbookEntry] {
        var qingshi = ReportGenerator(agency: "青石镇人民政府", year: 2024, numbers: .distinct).make(seed: 1)
        var dazhuang = ReportGenerator(agency: "大庄镇人民政府", year: 2024, numbers: .distinct).make(seed: 2)
        let changzhang = ReportGenerator(agency: "常张乡人民政府", year: 2024, numbers: .zeros).make(seed: 3)
        qingshi = try editing(qingshi, table: 3) { $0.setText(nil, row: "received", column: "business") }
        dazhuang = try editing(dazhuang, table: 3) { $0.setText("—", row: "carried-over", column: "total") }
        dazhuang = removingTable(4, from: dazhuang)
        let previous = ["青石镇人民政府", "大庄镇人民政府", "常张乡人民政府"].enumerated().map { offset, name in
            ReportGenerator(agency: name, year: 2023, numbers: .distinct).make(seed: UInt64(offset + 10))
        }
        return [
            WorkbookEntry(agency: "青石镇人民政府", report: qingshi, previous: previous[0]),
            WorkbookEntry(agency: "大庄镇人民政府", report: dazhuang, previous: previous[1]),
            WorkbookEntry(agency: "常张乡人民政府", report: changzhang, previous: previous[2]),
        ]
    }

    static func editing(_ report: Report, table number: Int, _ edit: (inout Table) -> Void) throws -> Report {
        var report = report
        var done = false
        func visit(_ sections: inout [Section]) {
            for index in sections.indices {
                for block in sections[index].blocks.indices {
                    guard var table = sections[index].blocks[block].table, table.templateDefinition?.table == number
                    else { continue }
                    edit(&table)
                    sections[index].blocks[block] = .table(table)
                    done = true
                }
                visit(&sections[index].sections)
            }
        }
        visit(&report.sections)
        try #require(done)
        return report
    }

    static func removingTable(_ number: Int, from report: Report) -> Report {
        var report = report
        func visit(_ sections: inout [Section]) {
            for index in sections.indices {
                sections[index].blocks.removeAll { $0.table?.templateDefinition?.table == number }
                visit(&sections[index].sections)
            }
        }
        visit(&report.sections)
        return report
    }

    static func reference(row: Int, column: Int) -> String { SheetWriter.columnLetters(column) + String(row + 1) }

    @Test func agenciesAreInPinyinOrder() throws {
        let names = CountyWorkbook.ordered(try Self.entries()).map(\.agency)
        #expect(names == ["常张乡人民政府", "大庄镇人民政府", "青石镇人民政府"])
    }

    /// Checks one agency's row of a sheet against its report of a year (`nil`: no report, every cell empty).
    static func checkRow(
        _ sheet: WorkbookReader.Sheet, _ layout: SheetLayout, row: Int, agency: String, year: Int, report: Report?
    ) -> Int {
        let data = SheetLayout.firstDataColumn
        #expect(sheet.cells[reference(row: row, column: 0)]?.value == agency)
        #expect(sheet.cells[reference(row: row, column: 1)]?.value == "\(year)")
        let table = report?.table(number: layout.template.table)
        var numbersChecked = 0
        for (index, position) in layout.columns.enumerated() {
            let found = sheet.cells[reference(row: row, column: index + data)]
            let cell = table?.cell(row: position.row, column: position.column)
            if let value = cell?.value {
                #expect(
                    found.flatMap { Decimal(string: $0.value) } == value, "\(sheet.name) \(agency) \(year) \(position)")
                #expect(found?.isString == false)
                numbersChecked += 1
            } else if let text = cell?.text, !text.isEmpty {
                #expect(found?.value == text && found?.isString == true)
            } else {
                // Missing, absent or blank: an empty cell, never 0.
                #expect(found?.value ?? "" == "", "\(sheet.name) \(agency) \(year) \(position): \(found?.value ?? "")")
            }
        }
        return numbersChecked
    }

    /// Checks a totals row: the sum over the agencies with a report where each of their cells is a number, empty
    /// where one is not (a placeholder such as `—` is not 0).
    static func checkTotals(
        _ sheet: WorkbookReader.Sheet, _ layout: SheetLayout, row: Int, year: Int, reports: [Report?]
    ) {
        #expect(sheet.cells[reference(row: row, column: 1)]?.value == "\(year)")
        for (index, position) in layout.columns.enumerated() {
            let found = sheet.cells[reference(row: row, column: index + SheetLayout.firstDataColumn)]
            let cells = reports.compactMap { $0 }.map {
                $0.table(number: layout.template.table)?.cell(row: position.row, column: position.column)
            }
            let known = cells.allSatisfy { $0?.value != nil }
            if known {
                let sum = cells.compactMap { $0?.value }.reduce(Decimal(0), +)
                #expect(found.flatMap { Decimal(string: $0.value) } == sum, "\(sheet.name) \(year) total \(position)")
                #expect(found?.formula?.hasPrefix("SUMIF(") == true)
            } else {
                #expect(found?.value ?? "" == "", "\(sheet.name) \(year) total \(position) should be empty")
            }
        }
    }

    @Test func everyNumberOfBothYearsIsInItsPlace() throws {
        let entries = try Self.entries()
        let workbook = try WorkbookReader(try CountyWorkbook.data(year: 2024, entries: entries, office: "县政务公开办"))
        let layouts = SheetLayout.sheets(year: 2024)
        #expect(workbook.sheets.map(\.name) == ["表二", "表三", "表四"])
        let ordered = CountyWorkbook.ordered(entries)
        var numbersChecked = 0
        var previousChecked = 0
        for (sheet, layout) in zip(workbook.sheets, layouts) {
            for (offset, entry) in ordered.enumerated() {
                let row = layout.firstDataRow + 2 * offset
                numbersChecked += Self.checkRow(
                    sheet, layout, row: row, agency: entry.agency, year: 2024, report: entry.report)
                // Last year's figures right below this year's.
                previousChecked += Self.checkRow(
                    sheet, layout, row: row + 1, agency: entry.agency, year: 2023, report: entry.previous)
            }
            let totalsRow = layout.firstDataRow + 2 * ordered.count
            #expect(sheet.cells[Self.reference(row: totalsRow, column: 0)]?.value == "合计")
            #expect(sheet.cells[Self.reference(row: totalsRow + 1, column: 0)]?.value == "合计（上年）")
            Self.checkTotals(sheet, layout, row: totalsRow, year: 2024, reports: ordered.map(\.report))
            Self.checkTotals(sheet, layout, row: totalsRow + 1, year: 2023, reports: ordered.map(\.previous))
        }
        #expect(numbersChecked > 500)
        #expect(previousChecked > 500)
        // 青石镇's unreadable 本年新收/商业企业 is empty and has no total; 大庄镇 has no table 4: its row is empty.
        let table3 = workbook.sheets[1]
        let business = try #require(layouts[1].columns.firstIndex { $0 == ("received", "business") })
        let column = business + SheetLayout.firstDataColumn
        #expect(table3.cells[Self.reference(row: layouts[1].firstDataRow + 4, column: column)]?.value ?? "" == "")
        #expect(table3.cells[Self.reference(row: layouts[1].firstDataRow + 6, column: column)]?.value ?? "" == "")
        #expect(table3.cells[Self.reference(row: layouts[1].firstDataRow + 7, column: column)]?.value ?? "" != "")
        // 大庄镇's “—” in 上年结转/总计 is shown as written, and that column has no total: it is not 0
        let carried = try #require(layouts[1].columns.firstIndex { $0 == ("carried-over", "total") })
        let carriedColumn = carried + SheetLayout.firstDataColumn
        #expect(table3.cells[Self.reference(row: layouts[1].firstDataRow + 2, column: carriedColumn)]?.value == "—")
        let totals = Self.reference(row: layouts[1].firstDataRow + 6, column: carriedColumn)
        #expect(table3.cells[totals]?.value ?? "" == "")
        let note = workbook.comments.first { $0.cell == totals }
        #expect(note?.text.contains("大庄镇人民政府") == true && note?.text.contains("不能当作 0") == true)
    }

    @Test func anAgencyWithoutLastYearsReportHasAnEmptyRowAndIsLeftOutOfLastYearsTotal() throws {
        let report = ReportGenerator(agency: "常张乡人民政府", year: 2024, numbers: .distinct).make(seed: 3)
        let other = ReportGenerator(agency: "大庄镇人民政府", year: 2024, numbers: .distinct).make(seed: 4)
        let last = ReportGenerator(agency: "大庄镇人民政府", year: 2023, numbers: .distinct).make(seed: 5)
        let entries = [
            WorkbookEntry(agency: "常张乡人民政府", report: report),
            WorkbookEntry(agency: "大庄镇人民政府", report: other, previous: last),
        ]
        let workbook = try WorkbookReader(try CountyWorkbook.data(year: 2024, entries: entries, office: "县政务公开办"))
        let layout = SheetLayout.sheets(year: 2024)[1]
        let sheet = workbook.sheets[1]
        // (its name says 未报送: a bare name beside blank cells said nothing, rv120 M9)
        _ = Self.checkRow(
            sheet, layout, row: layout.firstDataRow + 1, agency: "常张乡人民政府（未报送）", year: 2023, report: nil)
        #expect(
            Self.checkRow(sheet, layout, row: layout.firstDataRow + 3, agency: "大庄镇人民政府", year: 2023, report: last)
                > 100)
        Self.checkTotals(sheet, layout, row: layout.firstDataRow + 5, year: 2023, reports: [nil, last])
        #expect(sheet.cells[Self.reference(row: layout.firstDataRow + 5, column: 0)]?.value == "合计（上年，有报告的 1 个单位）")
    }

    /// 瓦岗寨乡 must report and has not: its row says so, is empty, and the totals add up those who did, saying how
    /// many.
    @Test func anAgencyThatHasNotReportedIsListedAndLeftOutOfTheTotal() throws {
        let report = ReportGenerator(agency: "常张乡人民政府", year: 2024, numbers: .distinct).make(seed: 3)
        let last = ReportGenerator(agency: "瓦岗寨乡人民政府", year: 2023, numbers: .distinct).make(seed: 5)
        let entries = [
            WorkbookEntry(agency: "常张乡人民政府", report: report),
            WorkbookEntry(agency: "瓦岗寨乡人民政府", report: nil, previous: last),
        ]
        let workbook = try WorkbookReader(try CountyWorkbook.data(year: 2024, entries: entries, office: "县政务公开办"))
        let layout = SheetLayout.sheets(year: 2024)[1]
        let sheet = workbook.sheets[1]
        let first = layout.firstDataRow
        #expect(sheet.cells[Self.reference(row: first + 2, column: 0)]?.value == "瓦岗寨乡人民政府（未报送）")
        _ = Self.checkRow(sheet, layout, row: first + 2, agency: "瓦岗寨乡人民政府（未报送）", year: 2024, report: nil)
        #expect(Self.checkRow(sheet, layout, row: first + 3, agency: "瓦岗寨乡人民政府", year: 2023, report: last) > 100)
        #expect(sheet.cells[Self.reference(row: first + 4, column: 0)]?.value == "合计（有报告的 1 个单位）")
        Self.checkTotals(sheet, layout, row: first + 4, year: 2024, reports: [report, nil])
    }

    /// The file says what it is in Excel's and WPS's properties (and a file manager's search): the year's title, the
    /// office that made it, and how many agencies it lists.
    @Test func theFileNamesItsYearAndTheOfficeThatMadeIt() throws {
        let entries = [
            WorkbookEntry(agency: "常张乡人民政府", report: ReportGenerator(agency: "常张乡人民政府", year: 2024).make(seed: 3)),
            WorkbookEntry(agency: "瓦岗寨乡人民政府", report: nil),
        ]
        let core = try WorkbookReader(try CountyWorkbook.data(year: 2024, entries: entries, office: "县政务公开办")).coreXML
        #expect(core.contains("<dc:title>2024年政府信息公开工作年度报告汇总表</dc:title>"))
        #expect(core.contains("<dc:creator>县政务公开办</dc:creator>"))
        #expect(core.contains("2 个单位，其中 1 个未报送"))
    }

    /// A 2019 table 2 on the 2021 sheet: the figures both formats have (行政许可's 处理决定数量) in their place, the
    /// 2021 columns empty, and their totals empty with a comment naming the agency.
    @Test func aTableOfTheOtherFormatGivesTheFiguresBothFormatsHave() throws {
        var generator = ReportGenerator(agency: "大庄镇人民政府", year: 2024, numbers: .distinct)
        generator.table2Format2019 = true
        let older = generator.make(seed: 7)
        let newer = ReportGenerator(agency: "常张乡人民政府", year: 2024, numbers: .distinct).make(seed: 3)
        #expect(older.table(number: 2)?.template == "table2-2019")
        let entries = [
            WorkbookEntry(agency: "大庄镇人民政府", report: older), WorkbookEntry(agency: "常张乡人民政府", report: newer),
        ]
        let workbook = try WorkbookReader(try CountyWorkbook.data(year: 2024, entries: entries, office: "县政务公开办"))
        let layout = SheetLayout.sheets(year: 2024)[0]
        let sheet = workbook.sheets[0]
        let data = SheetLayout.firstDataColumn
        let licensing = try #require(layout.columns.firstIndex { $0 == ("licensing", "decisions") })
        let issued = try #require(layout.columns.firstIndex { $0 == ("regulations", "issued") })
        // 大庄镇 is the second agency in pinyin order (常 < 大)
        let row = layout.firstDataRow + 2
        let value = try #require(older.table(number: 2)?.cell(row: "licensing", column: "decisions")?.value)
        #expect(
            sheet.cells[Self.reference(row: row, column: licensing + data)].flatMap { Decimal(string: $0.value) }
                == value)
        #expect(sheet.cells[Self.reference(row: row, column: issued + data)]?.value ?? "" == "")
        let totals = layout.firstDataRow + 4
        let sum = value + (newer.table(number: 2)?.cell(row: "licensing", column: "decisions")?.value ?? 0)
        #expect(
            sheet.cells[Self.reference(row: totals, column: licensing + data)].flatMap { Decimal(string: $0.value) }
                == sum)
        #expect(sheet.cells[Self.reference(row: totals, column: issued + data)]?.value ?? "" == "")
        let note = workbook.comments.first { $0.cell == Self.reference(row: totals, column: issued + data) }
        #expect(note?.text.contains("大庄镇人民政府") == true, "\(workbook.comments.prefix(3))")
    }

    /// What the county prints and reads: figures as written (7730.28, not 7730.280000000001), the title at A1,
    /// each sheet landscape on A4 (one page wide, but table 3's 175 columns), with the header rows and the agency and
    /// year columns on every page.
    @Test func figuresAreAsWrittenAndSheetsPrintReadably() throws {
        let report = try Self.editing(
            ReportGenerator(agency: "常张乡人民政府", year: 2024, numbers: .distinct).make(seed: 3), table: 2
        ) { $0.setText("7730.28", row: "fees", column: "fee-amount") }
        let workbook = try WorkbookReader(
            try CountyWorkbook.data(
                year: 2024, entries: [WorkbookEntry(agency: "常张乡人民政府", report: report)], office: "县政务公开办"))
        let layout = SheetLayout.sheets(year: 2024)[0]
        let fees = try #require(layout.columns.firstIndex { $0 == ("fees", "fee-amount") })
        let cell = Self.reference(row: layout.firstDataRow, column: fees + SheetLayout.firstDataColumn)
        #expect(workbook.sheets[0].cells[cell]?.value == "7730.28")
        for sheet in workbook.sheets {
            #expect(sheet.cells["A1"]?.value.hasPrefix("2024年 表") == true)
            #expect(sheet.xml.contains("orientation=\"landscape\""), "\(sheet.name)")
            #expect(sheet.xml.contains("paperSize=\"9\""), "\(sheet.name)")
            #expect(sheet.xml.contains("fitToHeight=\"0\"") == (sheet.name != "表三"), "\(sheet.name)")
        }
        // Table 3's 175 columns print in pages of two whole template rows (fourteen columns), not 44 pages of four
        // columns each cutting rows apart (rv117 F3)
        let table3 = try #require(workbook.sheets.first { $0.name == "表三" })
        let breaks = table3.xml.matches(of: /<brk id="(\d+)"/).compactMap { Int($0.1) }
        #expect(breaks == Array(stride(from: 16, to: 177, by: 14)), "\(breaks)")
        let scale = try #require(table3.xml.firstMatch(of: /scale="(\d+)"/).flatMap { Int($0.1) })
        #expect((50...100).contains(scale), "\(scale)")
        #expect(workbook.workbookXML.contains("_xlnm.Print_Titles"))
    }

    @Test func headersAreMergedAsTheTemplateMergesThem() throws {
        let workbook = try WorkbookReader(
            try CountyWorkbook.data(year: 2024, entries: try Self.entries(), office: "县政务公开办"))
        let layouts = SheetLayout.sheets(year: 2024)
        for (sheet, layout) in zip(workbook.sheets, layouts) {
            for label in layout.labels {
                let start = Self.reference(row: label.firstRow, column: label.firstColumn)
                #expect(sheet.cells[start]?.value == label.text, "\(sheet.name) \(start)")
                if label.firstRow != label.lastRow || label.firstColumn != label.lastColumn {
                    let range = start + ":" + Self.reference(row: label.lastRow, column: label.lastColumn)
                    #expect(sheet.merges.contains(range), "\(sheet.name) \(range)")
                }
            }
        }
        // Table 4: 行政诉讼 over ten columns, 未经复议直接起诉 over five; table 3: 法人或其他组织 over five per row.
        let table4 = workbook.sheets[2]
        #expect(table4.merges.contains("H2:Q2"))
        #expect(table4.merges.contains("H3:L3"))
        #expect(layouts[1].labels.filter { $0.text == "法人或其他组织" }.allSatisfy { $0.lastColumn - $0.firstColumn == 4 })
        #expect(layouts[1].columns.count == 25 * 7)
    }

    @Test func anEmptyYearIsAWorkbookWithHeadersOnly() throws {
        let workbook = try WorkbookReader(try CountyWorkbook.data(year: 2024, entries: [], office: "县政务公开办"))
        #expect(workbook.sheets.count == 3)
        #expect(workbook.sheets.allSatisfy { sheet in sheet.cells.values.contains { $0.value == "合计" } })
    }
}

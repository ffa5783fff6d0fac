import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import CountyWorkbook

/// The county's workbook, read back with ZIPFoundation and `XMLParser`: every number of every agency's tables 2, 3
/// and 4 in its place, missing cells empty (never 0), agencies in pinyin order, totals, merged headers.
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
        return [
            WorkbookEntry(agency: "青石镇人民政府", report: qingshi), WorkbookEntry(agency: "大庄镇人民政府", report: dazhuang),
            WorkbookEntry(agency: "常张乡人民政府", report: changzhang),
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

    @Test func everyNumberIsInItsPlace() throws {
        let entries = try Self.entries()
        let workbook = try WorkbookReader(try CountyWorkbook.data(year: 2024, entries: entries))
        let layouts = SheetLayout.sheets(year: 2024)
        #expect(workbook.sheets.map(\.name) == ["表二", "表三", "表四"])
        let ordered = CountyWorkbook.ordered(entries)
        var numbersChecked = 0
        for (sheet, layout) in zip(workbook.sheets, layouts) {
            for (offset, entry) in ordered.enumerated() {
                let row = layout.firstDataRow + offset
                #expect(sheet.cells[Self.reference(row: row, column: 0)]?.value == entry.agency)
                let table = entry.report.table(number: layout.template.table)
                for (index, position) in layout.columns.enumerated() {
                    let found = sheet.cells[Self.reference(row: row, column: index + 1)]
                    let cell = table?.cell(row: position.row, column: position.column)
                    if let value = cell?.value {
                        #expect(
                            found.flatMap { Decimal(string: $0.value) } == value,
                            "\(sheet.name) \(entry.agency) \(position)")
                        #expect(found?.isString == false)
                        numbersChecked += 1
                    } else if let text = cell?.text, !text.isEmpty {
                        #expect(found?.value == text && found?.isString == true)
                    } else {
                        // Missing, absent or blank: an empty cell, never 0.
                        #expect(
                            found?.value ?? "" == "", "\(sheet.name) \(entry.agency) \(position): \(found?.value ?? "")"
                        )
                    }
                }
            }
            // The totals row: the sum where every cell is known, empty where one could not be read.
            let totalsRow = layout.firstDataRow + ordered.count
            #expect(sheet.cells[Self.reference(row: totalsRow, column: 0)]?.value == "合计")
            for (index, position) in layout.columns.enumerated() {
                let found = sheet.cells[Self.reference(row: totalsRow, column: index + 1)]
                let cells = ordered.map {
                    $0.report.table(number: layout.template.table)?.cell(row: position.row, column: position.column)
                }
                let known = cells.allSatisfy { cell in
                    cell.map { !$0.isMissing && ($0.value != nil || $0.isNotFilled) } ?? false
                }
                if known {
                    let sum = cells.compactMap { $0?.value }.reduce(Decimal(0), +)
                    #expect(found.flatMap { Decimal(string: $0.value) } == sum, "\(sheet.name) total \(position)")
                    #expect(found?.formula?.hasPrefix("SUM(") == true)
                } else {
                    #expect(found?.value ?? "" == "", "\(sheet.name) total \(position) should be empty")
                }
            }
        }
        #expect(numbersChecked > 500)
        // 青石镇's unreadable 本年新收/商业企业 is empty and has no total; 大庄镇 has no table 4: its row is empty.
        let table3 = workbook.sheets[1]
        let business = try #require(layouts[1].columns.firstIndex { $0 == ("received", "business") })
        #expect(table3.cells[Self.reference(row: layouts[1].firstDataRow + 2, column: business + 1)]?.value ?? "" == "")
        #expect(table3.cells[Self.reference(row: layouts[1].firstDataRow + 3, column: business + 1)]?.value ?? "" == "")
    }

    @Test func headersAreMergedAsTheTemplateMergesThem() throws {
        let workbook = try WorkbookReader(try CountyWorkbook.data(year: 2024, entries: try Self.entries()))
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
        #expect(table4.merges.contains("G2:P2"))
        #expect(table4.merges.contains("G3:K3"))
        #expect(layouts[1].labels.filter { $0.text == "法人或其他组织" }.allSatisfy { $0.lastColumn - $0.firstColumn == 4 })
        #expect(layouts[1].columns.count == 25 * 7)
    }

    @Test func anEmptyYearIsAWorkbookWithHeadersOnly() throws {
        let workbook = try WorkbookReader(try CountyWorkbook.data(year: 2024, entries: []))
        #expect(workbook.sheets.count == 3)
        #expect(workbook.sheets.allSatisfy { sheet in sheet.cells.values.contains { $0.value == "合计" } })
    }
}

import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import CountyWorkbook

/// How table 3's sheet prints down the page: each block of columns with its agencies' rows and its totals on one
/// page (rv119 F6: with 19 offices every block's two 合计 rows fell onto a page of their own, 13 of 26 pages).
@Suite struct WorkbookPrintPagesTests {
    static let layout = SheetLayout.sheets(year: 2025)[1]

    /// `count` offices, each with this year's and last year's report, some not published.
    static func entries(_ count: Int) -> [WorkbookEntry] {
        (0..<count).map { index in
            let name = "长子县第\(index + 1)乡人民政府"
            return WorkbookEntry(
                agency: name, report: ReportGenerator(agency: name, year: 2025).make(seed: UInt64(index)),
                previous: ReportGenerator(agency: name, year: 2024).make(seed: UInt64(index + 100)),
                unpublished: index % 6 == 0 ? "已报送" : nil)
        }
    }

    /// Table 3's sheet, its print scale and its row breaks (0-based rows starting a page).
    static func table3(_ entries: [WorkbookEntry]) throws -> (sheet: WorkbookReader.Sheet, scale: Int, breaks: [Int]) {
        let workbook = try WorkbookReader(try CountyWorkbook.data(year: 2025, entries: entries, office: "县政务公开办"))
        let sheet = try #require(workbook.sheets.first { $0.name == "表三" })
        let scale = try #require(sheet.xml.firstMatch(of: /scale="(\d+)"/).flatMap { Int($0.1) })
        let rowBreaks = sheet.xml.firstMatch(of: /<rowBreaks[^>]*>(.*?)<\/rowBreaks>/).map { String($0.1) } ?? ""
        return (sheet, scale, rowBreaks.matches(of: /<brk id="(\d+)"/).compactMap { Int($0.1) })
    }

    /// The printed height (points, at scale 100) of the sheet's 0-based rows `rows`, as its XML sets them (15 points
    /// where it sets none; the title's 14-point line 20).
    static func height(of rows: Range<Int>, in sheet: WorkbookReader.Sheet) -> Double {
        var heights: [Int: Double] = [:]
        for match in sheet.xml.matches(of: /<row r="(\d+)"[^>]*? ht="([\d.]+)"/) {
            if let row = Int(match.1), let height = Double(match.2) { heights[row - 1] = height }
        }
        return rows.reduce(0) { $0 + (heights[$1] ?? ($1 == 0 ? 20 : 15)) }
    }

    @Test func nineteenOfficesPrintEachBlockOnOnePage() throws {
        let (sheet, scale, breaks) = try Self.table3(Self.entries(19))
        #expect(breaks.isEmpty, "\(breaks)")
        // title, header rows, 38 rows of offices and the two totals rows, at the print scale, within the page
        let rows = Self.layout.firstDataRow + 2 * 19 + 2
        #expect(Self.height(of: 0..<rows, in: sheet) * Double(scale) / 100 <= SheetPages.pageHeight, "\(scale)")
        #expect(scale >= SheetPages.smallestTallScale)
        // (the totals are the last rows written)
        #expect(sheet.cells[CountyWorkbookTests.reference(row: rows - 1, column: 0)]?.value.hasPrefix("合计（上年") == true)
    }

    /// Too many offices for one page at a readable scale: the rows break between offices into pages of about as
    /// many offices each, the totals on the last page with the offices before them — never a page of totals alone.
    @Test func manyOfficesBreakBetweenOfficesAndKeepTheTotalsWithRows() throws {
        let count = 70
        let (sheet, scale, breaks) = try Self.table3(Self.entries(count))
        let first = Self.layout.firstDataRow
        let end = first + 2 * count + 2
        #expect(!breaks.isEmpty)
        #expect(breaks.allSatisfy { $0 > first && ($0 - first) % 2 == 0 && $0 < first + 2 * count }, "\(breaks)")
        let header = Self.height(of: 1..<first, in: sheet)
        let starts = [first] + breaks
        for (index, start) in starts.enumerated() {
            let stop = index + 1 < starts.count ? starts[index + 1] : end
            let page = header + Self.height(of: start..<stop, in: sheet) + (index == 0 ? 20 : 0)
            #expect(page * Double(scale) / 100 <= SheetPages.pageHeight, "page \(index + 1)")
        }
        // The last page: offices and then the totals
        let last = try #require(starts.last)
        #expect(end - last > 2 + 2 * (count / starts.count) - 2, "\(starts)")
    }
}

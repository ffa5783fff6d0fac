import Foundation
import ReportFixtures
import ReportModel
import Testing
import ZIPFoundation

@testable import CountyWorkbook

/// Column A was 28 wide and did not wrap, so an office's longer name lost its status where the reviewer reads it:
/// `长子县常张乡人民政府（已报送，未公`, `长子县住房和城乡建设管理局（草稿，未` (rv115 F3). The column is now as wide as
/// its longest label (a Chinese character two units), up to ``SheetWriter/widestAgency``; a label longer still
/// wraps, its row as tall as its lines.
@Suite struct WorkbookAgencyColumnTests {
    @Test func theAgencyColumnHoldsItsLongestLabelAndALongerOneWraps() throws {
        let generator = { (agency: String, seed: UInt64) in
            ReportGenerator(agency: agency, year: 2025, numbers: .distinct).make(seed: seed)
        }
        let longest = "长子县人民政府办公室政务服务和大数据管理局行政审批服务管理科"
        let entries = [
            WorkbookEntry(agency: "长子县常张乡人民政府", report: generator("长子县常张乡人民政府", 3), unpublished: "已报送"),
            WorkbookEntry(
                agency: "长子县住房和城乡建设管理局", report: generator("长子县住房和城乡建设管理局", 4), unpublished: "草稿"),
            WorkbookEntry(agency: longest, report: generator(longest, 5), unpublished: "已退回"),
        ]
        let data = try CountyWorkbook.data(year: 2025, entries: entries, office: "县政务公开办")
        let workbook = try WorkbookReader(data)
        let layout = SheetLayout.sheets(year: 2025)[1]
        let sheet = workbook.sheets[1]
        // (the column: at least as wide as `长子县常张乡人民政府（已报送，未公开）`, 19 Chinese characters)
        let column = try #require(WorkbookTotalsLabelTests.tag("<col min=\"1\" max=\"1\"", in: sheet.xml))
        let width = try #require(WorkbookTotalsLabelTests.attribute("width", of: column).flatMap { Double($0) })
        #expect(width >= 38, "\(column)")
        // (the longest label, 36 characters, wraps in a row two lines tall)
        let row = try #require(
            (layout.firstDataRow..<layout.firstDataRow + 6).first { row in
                sheet.cells[CountyWorkbookTests.reference(row: row, column: 0)]?.value == longest + "（已退回，未公开）"
            })
        let rowTag = try #require(WorkbookTotalsLabelTests.tag("<row r=\"\(row + 1)\"", in: sheet.xml))
        let height = try #require(WorkbookTotalsLabelTests.attribute("ht", of: rowTag)).flatMap { Double($0) }
        #expect((height ?? 0) >= 30, "\(rowTag)")
        let cellTag = try #require(WorkbookTotalsLabelTests.tag("<c r=\"A\(row + 1)\"", in: sheet.xml))
        let style = try #require(WorkbookTotalsLabelTests.attribute("s", of: cellTag).flatMap { Int($0) })
        let archive = try Archive(data: data, accessMode: .read)
        var styles = Data()
        _ = try archive.extract(try #require(archive["xl/styles.xml"])) { styles.append($0) }
        let formats = WorkbookReader.elements(styles, named: "xf").filter { $0.attributes["xfId"] != nil }
        #expect(formats[style].children.contains { $0.name == "alignment" && $0.attributes["wrapText"] == "1" })
    }
}

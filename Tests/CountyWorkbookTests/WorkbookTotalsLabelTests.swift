import Foundation
import ReportFixtures
import ReportModel
import Testing
import ZIPFoundation

@testable import CountyWorkbook

/// The totals row's label in column A (`合计（上年，有报告的 2 个单位，其中 1 个未公开）`) had been cut off in print at the
/// column's width — the part that says unpublished reports are counted (rv105 F8). It wraps within the column, its
/// row as tall as its lines.
@Suite struct WorkbookTotalsLabelTests {
    @Test func aLongTotalsLabelWrapsInARowTallEnoughForIt() throws {
        let report = ReportGenerator(agency: "常张乡人民政府", year: 2024, numbers: .distinct).make(seed: 3)
        let other = ReportGenerator(agency: "大庄镇人民政府", year: 2024, numbers: .distinct).make(seed: 4)
        let entries = [
            WorkbookEntry(agency: "常张乡人民政府", report: report),
            WorkbookEntry(agency: "大庄镇人民政府", report: other, unpublished: "已退回"),
            WorkbookEntry(agency: "瓦岗寨乡人民政府", report: nil),
        ]
        let data = try CountyWorkbook.data(year: 2024, entries: entries, office: "县政务公开办")
        let workbook = try WorkbookReader(data)
        let layout = SheetLayout.sheets(year: 2024)[1]
        let sheet = workbook.sheets[1]
        let row = layout.firstDataRow + 6
        let label = try #require(sheet.cells[CountyWorkbookTests.reference(row: row, column: 0)]?.value)
        #expect(label == "合计（有报告的 2 个单位，其中 1 个未公开）")
        // (its row: two lines tall, where a row of one line is 15 points)
        let rowTag = try #require(Self.tag("<row r=\"\(row + 1)\"", in: sheet.xml))
        let height = try #require(Self.attribute("ht", of: rowTag)).flatMap { Double($0) }
        #expect((height ?? 0) >= 30, "\(rowTag)")
        // (its cell's style wraps)
        let cellTag = try #require(Self.tag("<c r=\"A\(row + 1)\"", in: sheet.xml))
        let style = try #require(Self.attribute("s", of: cellTag).flatMap { Int($0) })
        let archive = try Archive(data: data, accessMode: .read)
        var styles = Data()
        _ = try archive.extract(try #require(archive["xl/styles.xml"])) { styles.append($0) }
        let formats = WorkbookReader.elements(styles, named: "xf").filter { $0.attributes["xfId"] != nil }
        let wraps = formats[style].children.contains { $0.name == "alignment" && $0.attributes["wrapText"] == "1" }
        #expect(wraps)
    }

    /// The start tag beginning with `prefix`.
    static func tag(_ prefix: String, in xml: String) -> String? {
        guard let start = xml.range(of: prefix), let end = xml[start.lowerBound...].firstIndex(of: ">") else {
            return nil
        }
        return String(xml[start.lowerBound...end])
    }

    /// An attribute's value in a start tag.
    static func attribute(_ name: String, of tag: String) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        return String(tag[start.upperBound...].prefix { $0 != "\"" })
    }
}

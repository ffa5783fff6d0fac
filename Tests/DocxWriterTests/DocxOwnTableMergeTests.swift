import DocumentLayout
import DocumentReaders
import DocxWriter
import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// An office's own table (one that follows no template) drawn with merged cells keeps them in the Word export, and
/// the export reads back to the same report (rv101 F1): the village merged down over its rows (大庄村 over 财务 and
/// 村务), a two-row header (村名 merged down over it, 去年 and 今年 each over 条数 and 金额). Written unmerged, the
/// lower rows printed without their village and read back under other row keys (`大庄村#2` → `行2`, `村名` → `行1`),
/// so that committing the untouched export made a new version.
@Suite struct DocxOwnTableMergeTests {
    /// The sample report as read from its Word export, with `grid` under a caption after the heading of 六、, read
    /// by the parser as a clerk's file is.
    static func report(with grid: GridTable) throws -> Report {
        let document = try DocumentReaders.read(Array(try DocxWriter.write(SampleReport.make())))
        var blocks = document.blocks
        let heading = try #require(blocks.firstIndex { $0.paragraph?.text.hasPrefix("六、") == true })
        blocks.insert(contentsOf: [.paragraph(LayoutParagraph("附表：各村公开条数")), .table(grid)], at: heading + 1)
        let changed = LaidOutDocument(format: document.format, blocks: blocks, pageCount: document.pageCount)
        return try ReportParser.parse(document: changed).report
    }

    /// The office's own table of a report (the one with no template).
    static func ownTable(_ report: Report) throws -> Table {
        let tables = report.sections.flatMap { $0.blocks + $0.sections.flatMap(\.blocks) }.compactMap(\.table)
        return try #require(tables.first { $0.template == nil })
    }

    /// The `w:tcPr` of the table cell that holds `text` in `xml`.
    static func properties(ofCellHolding text: String, in xml: String) throws -> Substring {
        let found = try #require(xml.range(of: ">\(text)</w:t>"))
        let start = try #require(xml.range(of: "<w:tc>", options: .backwards, range: xml.startIndex..<found.lowerBound))
        let end = try #require(xml.range(of: "</w:tcPr>", range: start.upperBound..<found.lowerBound))
        return xml[start.upperBound..<end.lowerBound]
    }

    static func cell(_ row: Int, _ column: Int, _ text: String, rows: Int = 1, columns: Int = 1) -> GridCell {
        GridCell(row: row, column: column, rowSpan: rows, columnSpan: columns, text: text)
    }

    @Test func aVillageMergedDownOverItsRowsStaysMerged() throws {
        let grid = GridTable(
            rowCount: 5, columnCount: 3,
            cells: [
                Self.cell(0, 0, "村名"), Self.cell(0, 1, "类别"), Self.cell(0, 2, "条数"),
                Self.cell(1, 0, "大庄村", rows: 2), Self.cell(1, 1, "财务"), Self.cell(1, 2, "12"),
                Self.cell(2, 1, "村务"), Self.cell(2, 2, "8"),
                Self.cell(3, 0, "小庄村", rows: 2), Self.cell(3, 1, "财务"), Self.cell(3, 2, "10"),
                Self.cell(4, 1, "村务"), Self.cell(4, 2, "6"),
            ])
        let report = try Self.report(with: grid)
        #expect(try Self.ownTable(report).rows.map(\.key) == ["大庄村", "大庄村#2", "小庄村", "小庄村#2"])
        let bytes = try DocxWriter.write(report)
        DocxRoundTripTests.expectSame(try ReportParser.parse(bytes).report, report, "merged villages")
        // In Word the village spans its rows: its cell starts the merge, the cell under it continues it.
        let xml = String(decoding: try DocxRoundTripTests.documentXML(bytes), as: UTF8.self)
        #expect(try Self.properties(ofCellHolding: "大庄村", in: xml).contains("<w:vMerge w:val=\"restart\"/>"))
        let below = try #require(xml.range(of: ">村务</w:t>"))
        let row = try #require(xml.range(of: "<w:tr>", options: .backwards, range: xml.startIndex..<below.lowerBound))
        #expect(xml[row.upperBound..<below.lowerBound].contains("<w:vMerge/>"))
    }

    @Test func aTwoRowHeaderStaysMerged() throws {
        let grid = GridTable(
            rowCount: 4, columnCount: 5,
            cells: [
                Self.cell(0, 0, "村名", rows: 2), Self.cell(0, 1, "去年", columns: 2), Self.cell(0, 3, "今年", columns: 2),
                Self.cell(1, 1, "条数"), Self.cell(1, 2, "金额（万元）"), Self.cell(1, 3, "条数"), Self.cell(1, 4, "金额（万元）"),
                Self.cell(2, 0, "大庄村"), Self.cell(2, 1, "20"), Self.cell(2, 2, "3.5"), Self.cell(2, 3, "22"),
                Self.cell(2, 4, "4.1"),
                Self.cell(3, 0, "合计"), Self.cell(3, 1, "20"), Self.cell(3, 2, "3.5"), Self.cell(3, 3, "22"),
                Self.cell(3, 4, ""),
            ])
        let report = try Self.report(with: grid)
        let table = try Self.ownTable(report)
        #expect(table.rows.map(\.key) == ["村名", "大庄村", "合计"])
        #expect(table.columns.map(\.key) == ["村名", "去年", "去年#2", "今年", "今年#2"])
        let bytes = try DocxWriter.write(report)
        DocxRoundTripTests.expectSame(try ReportParser.parse(bytes).report, report, "two-row header")
        // 去年 and 今年 are each one cell over two columns, written once; 村名 runs down over both header rows.
        let xml = String(decoding: try DocxRoundTripTests.documentXML(bytes), as: UTF8.self)
        #expect(xml.components(separatedBy: ">今年</w:t>").count == 2)
        #expect(try Self.properties(ofCellHolding: "今年", in: xml).contains("<w:gridSpan w:val=\"2\"/>"))
        #expect(try Self.properties(ofCellHolding: "去年", in: xml).contains("<w:gridSpan w:val=\"2\"/>"))
        #expect(try Self.properties(ofCellHolding: "村名", in: xml).contains("<w:vMerge w:val=\"restart\"/>"))
    }

    /// A table without merges is written as before: no merge, a header of one row.
    @Test func aPlainOwnTableHasNoMerge() throws {
        let grid = GridTable(
            rowCount: 3, columnCount: 2,
            cells: [
                Self.cell(0, 0, "村名"), Self.cell(0, 1, "条数"), Self.cell(1, 0, "大庄村"), Self.cell(1, 1, "12"),
                Self.cell(2, 0, ""), Self.cell(2, 1, "8"),
            ])
        let report = try Self.report(with: grid)
        #expect(try Self.ownTable(report).rows.map(\.key) == ["大庄村", "行2"])
        let bytes = try DocxWriter.write(report)
        DocxRoundTripTests.expectSame(try ReportParser.parse(bytes).report, report, "plain own table")
        let xml = String(decoding: try DocxRoundTripTests.documentXML(bytes), as: UTF8.self)
        let table = try #require(xml.range(of: ">村名</w:t>"))
        let end = try #require(xml.range(of: "</w:tbl>", range: table.upperBound..<xml.endIndex))
        #expect(!xml[table.lowerBound..<end.lowerBound].contains("vMerge"))
    }
}

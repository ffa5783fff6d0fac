import DocumentLayout
import DocxReader
import ReportFixtures
import Testing

/// A table cell deleted with tracked changes (`w:tcPr/w:cellDel`: Word's 删除单元格，右侧单元格左移 with 修订 on) is
/// no cell of the table, as when the change is accepted: it had been read as one, so every figure after it in its
/// row stood one column to the right (review rv112 F1).
@Suite struct DeletedTableCellTests {
    typealias F = DocxFixture

    static func cell(_ text: String, deleted: Bool) -> String {
        let mark = deleted ? "<w:cellDel w:id=\"7\" w:author=\"县政务公开办\" w:date=\"2025-01-10T00:00:00Z\"/>" : ""
        return "<w:tc><w:tcPr>\(mark)</w:tcPr>\(F.p(text))</w:tc>"
    }

    @Test func aCellDeletedWithTrackedChangesIsLeftOutAndTheCellsAfterItMoveLeft() throws {
        let table = try #require(
            try DocxReaderTests.read(
                F.tbl(
                    grid: [2400, 800, 800, 800], F.tr(F.tc("项目"), F.tc("结果维持"), F.tc("结果纠正"), F.tc("总计")),
                    F.tr(
                        Self.cell("行政复议", deleted: false), Self.cell("0", deleted: true),
                        Self.cell("3", deleted: false), Self.cell("4", deleted: false),
                        Self.cell("7", deleted: false)))
            ).tables.first)
        #expect(DocxReaderTests.rows(table) == [["项目", "结果维持", "结果纠正", "总计"], ["行政复议", "3", "4", "7"]])
    }
}

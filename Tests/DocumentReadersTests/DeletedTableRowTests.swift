import DocumentLayout
import DocxReader
import ReportFixtures
import Testing

/// A table row deleted with tracked changes by a program that marks only the row (`w:trPr/w:del`), not its runs,
/// with the new row inserted below it: the deleted row was read as the table's (its 150 read, the new 950 dropped as
/// a repeated row; wn99 M2). A row whose properties say it is deleted is no row of the table, as Word shows it.
@Suite struct DeletedTableRowTests {
    typealias F = DocxFixture

    func row(_ properties: String, _ label: String, _ value: String) -> String {
        "<w:tr><w:trPr>\(properties)</w:trPr>\(F.tc(label))\(F.tc(value))</w:tr>"
    }

    @Test func aRowDeletedWithTrackedChangesIsLeftOut() throws {
        let deleted = "<w:del w:id=\"1\" w:author=\"县政务公开办\" w:date=\"2025-01-10T00:00:00Z\"/>"
        let inserted = "<w:ins w:id=\"2\" w:author=\"县政务公开办\" w:date=\"2025-01-10T00:00:00Z\"/>"
        let table = try #require(
            try DocxReaderTests.read(
                F.tbl(
                    grid: [2400, 800], F.tr(F.tc("项目"), F.tc("数量")),
                    row(deleted, "2.其他法律行政法规禁止公开", "150"),
                    row(inserted, "2.其他法律行政法规禁止公开", "950"),
                    row("", "3.危及“三安全一稳定”", "7"),
                    row(deleted, "4.保护第三方合法权益", "8"))
            ).tables.first)
        #expect(table.rowCount == 3)
        #expect(
            DocxReaderTests.rows(table) == [
                ["项目", "数量"], ["2.其他法律行政法规禁止公开", "950"], ["3.危及“三安全一稳定”", "7"],
            ])
    }
}

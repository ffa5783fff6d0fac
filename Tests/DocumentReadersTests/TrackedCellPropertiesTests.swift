import DocumentLayout
import DocxReader
import Foundation
import ReportFixtures
import Testing

/// A cell's properties before a tracked change (`w:tcPrChange`: an older span, merge or shading Word keeps for the
/// reviewer to see) were applied as the cell's own: a cell that spanned three columns before the edit and one now
/// was read across three, and every number after it moved two columns right. Only the current properties count.
@Suite struct TrackedCellPropertiesTests {
    typealias F = DocxFixture

    /// A cell whose span was three before a tracked change and is one now.
    static func cell(_ text: String) -> String {
        "<w:tc><w:tcPr><w:tcPrChange w:id=\"1\" w:author=\"李四\" w:date=\"2025-01-08T00:00:00Z\"><w:tcPr>"
            + "<w:gridSpan w:val=\"3\"/><w:shd w:val=\"clear\" w:fill=\"000000\"/></w:tcPr></w:tcPrChange></w:tcPr>"
            + F.p(text) + "</w:tc>"
    }

    @Test func aCellsEarlierSpanIsNotItsSpan() throws {
        let table = try #require(
            try DocxReaderTests.read(
                F.tbl(
                    grid: [800, 800, 800],
                    F.tr(Self.cell("自然人"), F.tc("5"), F.tc("6")),
                    "<w:tr><w:trPr><w:trPrChange w:id=\"2\" w:author=\"李四\" w:date=\"2025-01-08T00:00:00Z\">"
                        + "<w:trPr><w:gridBefore w:val=\"2\"/></w:trPr></w:trPrChange></w:trPr>"
                        + F.tc("总计") + F.tc("7") + F.tc("8") + "</w:tr>")
            ).tables.first)
        #expect(table.columnCount == 3)
        #expect(DocxReaderTests.rows(table) == [["自然人", "5", "6"], ["总计", "7", "8"]])
        #expect(table.cell(atRow: 0, column: 0)?.columnSpan == 1)
    }
}

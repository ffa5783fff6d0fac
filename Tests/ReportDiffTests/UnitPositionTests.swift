import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// Where a unit sits in a report's reading order: the section by its indices, the block, a cell's row.
@Suite struct UnitPositionTests {
    static let report = ReportGenerator().make(seed: 3)

    @Test func sectionsParagraphsAndCellsHaveTheirPlaces() throws {
        let section = try #require(UnitID("section:一/section:二")?.position(in: Self.report))
        #expect(section == UnitPosition(section: [0, 1]))
        let heading = try #require(UnitID("section:一/section:二/heading")?.position(in: Self.report))
        #expect(heading == UnitPosition(section: [0, 1]))
        let paragraph = try #require(UnitID("section:一/section:二/paragraph:2")?.position(in: Self.report))
        #expect(paragraph.section == [0, 1])
        let blocks = try #require(Self.report.sections[0].sections[1].blocks.map { $0.paragraph != nil })
        #expect(paragraph.block.map { blocks[...$0].filter { $0 }.count } == 2)
        let cell = try #require(
            UnitID("section:三/table:table3/cell:received:natural-person")?.position(in: Self.report))
        #expect(cell.section == [2])
        #expect(cell.row == "received")
        #expect(cell.block.map { Self.report.sections[2].blocks[$0].table != nil } == true)
        #expect(UnitID("title")?.position(in: Self.report) == nil)
        #expect(UnitID("section:九")?.position(in: Self.report) == nil)
    }
}

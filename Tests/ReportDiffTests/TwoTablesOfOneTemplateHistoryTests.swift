import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// A report holding two tables 3 in one section (last year's left above this year's) names the second
/// `table3#2`: both had been `table3`, so a file diffed against itself as 「表三 [删除] / 表三 [新增]」, blame gave every
/// cell of table 3 to the latest revision, and a comment on the second copy's cell stood under the first (review
/// rv113 F9). A report with one table 3 keeps the names it always had.
@Suite struct TwoTablesOfOneTemplateHistoryTests {
    static let report = SampleReport.withLastYearsTable3("500")
    static let secondCell = "section:三/table:table3#2/cell:received:natural-person"

    @Test func aReportDiffedWithItselfIsUnchanged() throws {
        let script = DiffEngine().diff(from: Self.report, to: Self.report)
        #expect(
            script.tables.filter { $0.name.hasPrefix("table3") }.map(\.unit.description) == [
                "section:三/table:table3", "section:三/table:table3#2",
            ])
        #expect(script.tables.allSatisfy { $0.status == .unchanged })
    }

    @Test func aCellOfTheSecondCopyChangesThere() throws {
        var edited = Self.report
        let section = try #require(edited.sections.firstIndex { $0.templateSlot == 3 })
        let second = try #require(
            edited.sections[section].blocks.lastIndex { $0.table?.templateDefinition?.table == 3 })
        guard case .table(var table) = edited.sections[section].blocks[second] else { throw CancellationError() }
        table.setText("101", row: "received", column: "natural-person")
        edited.sections[section].blocks[second] = .table(table)
        let script = DiffEngine().diff(from: Self.report, to: edited)
        let changed = script.tables.filter { $0.status != .unchanged }
        #expect(changed.map(\.unit.description) == ["section:三/table:table3#2"])
        #expect(changed.first?.cells.map(\.unit.description) == [Self.secondCell])
        let unit = try #require(UnitID(Self.secondCell))
        #expect(UnitPlace.label(of: unit, in: edited) == "三、表三（第 2 个） · 本年新收 · 自然人")
        #expect(UnitPlace.label(of: unit, in: nil) == "三、表三（第 2 个） · 本年新收 · 自然人")
    }

    @Test func blameKeepsBothCopiesWithTheRevisionThatWroteThem() throws {
        var next = Self.report
        next.sections[0].blocks.append(.paragraph(Paragraph("县里补充的一段。")))
        let line: [RevisionSnapshot] = [
            (HistoryTests.revision(0), Self.report), (HistoryTests.revision(1), next),
        ]
        let entries = try Blame.compute(along: line)
        let cells = entries.filter { $0.kind == .cell && $0.unit.description.contains("table:table3") }
        #expect(cells.count == Self.report.copies(ofTable: 3).map(\.table.cells.count).reduce(0, +))
        #expect(Set(cells.map(\.unit)).count == cells.count)
        #expect(cells.allSatisfy { $0.revision.id == "r0" })
        #expect(cells.contains { $0.unit.description == Self.secondCell })
    }

    @Test func aCommentOnTheSecondCopyStandsBesideIt() throws {
        let unit = try #require(UnitID(Self.secondCell))
        let section = try #require(Self.report.sections.firstIndex { $0.templateSlot == 3 })
        let second = Self.report.sections[section].blocks.lastIndex { $0.table?.templateDefinition?.table == 3 }
        #expect(unit.position(in: Self.report) == UnitPosition(section: [section], block: second, row: "received"))
        #expect(UnitIndex(Self.report).position(of: unit) == unit.position(in: Self.report))
        var next = Self.report
        next.sections[section].blocks.insert(.paragraph(Paragraph("县里补充的一段。")), at: 0)
        let carried = UnitCarrying.carry([unit], from: Self.report, to: next)
        #expect(carried[unit] == unit)
        #expect(carried[unit]?.position(in: next)?.block == second.map { $0 + 1 })
    }

    @Test func aReportWithOneTable3KeepsItsNames() throws {
        let report = SampleReport.make()
        let units = try Blame.compute(along: [(HistoryTests.revision(0), report)]).map(\.unit.description)
        #expect(units.contains("section:三/table:table3/cell:received:total"))
        #expect(!units.contains { $0.contains("#") })
        #expect(TableUnitName("table3") == .template(number: 3, copy: 1))
        #expect(TableUnitName("table3#2")?.description == "table3#2")
        #expect(TableUnitName("table3#1") == nil && TableUnitName("grid0") == nil)
    }
}

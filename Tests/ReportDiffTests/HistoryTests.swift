import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// History and blame over a line of revisions given as plain values.
@Suite struct HistoryTests {
    static func revision(_ number: Int) -> RevisionInfo {
        RevisionInfo(
            id: "r\(number)", author: number % 2 == 0 ? "county" : "township",
            time: Date(timeIntervalSince1970: 1_736_000_000 + Double(number) * 3600), message: "edit \(number)")
    }

    /// r0 base; r1 a cell; r2 a paragraph of 五 edited and 一's subsections closed up after deleting （二）;
    /// r3 the same cell again; r4 the title.
    static let line: [RevisionSnapshot] = {
        var reports = [ReportGenerator().make(seed: 5)]
        var next = reports[0]
        next.modifyTable(number: 3) { $0.setText("77", row: "received", column: "total") }
        reports.append(next)
        next.sections[4].blocks[1] = .paragraph(Paragraph((next.sections[4].blocks[1].paragraph?.text ?? "") + "（已整改）"))
        next.sections[0].sections.remove(at: 1)
        for index in next.sections[0].sections.indices {
            next.sections[0].sections[index].heading =
                "（\(ChineseNumerals.string(index + 1))）" + next.sections[0].sections[index].title
        }
        reports.append(next)
        next.modifyTable(number: 3) { $0.setText("78", row: "received", column: "total") }
        reports.append(next)
        next.title = "常张乡人民政府2024年政府信息公开工作年度报告（修订）"
        reports.append(next)
        return reports.enumerated().map { (revision($0.offset), $0.element) }
    }()

    @Test func historyOfACell() throws {
        let unit = try #require(UnitID("section:三/table:table3/cell:received:total"))
        let changes = try UnitHistory.changes(of: unit, along: Self.line)
        #expect(changes.map(\.revision.id) == ["r0", "r1", "r3"])
        #expect(changes.map(\.kind) == [.added, .modified, .modified])
        #expect(changes[1].new == "77" && changes[2].old == "77" && changes[2].new == "78")
    }

    @Test func historyFollowsARenumberedSection() throws {
        // （二） in the newest revision was （三） before r2.
        let unit = try #require(UnitID("section:一/section:二"))
        let changes = try UnitHistory.changes(of: unit, along: Self.line)
        #expect(changes.map(\.revision.id) == ["r0", "r2"])
        #expect(changes.first?.unit.description == "section:一/section:三")
        #expect(changes.last?.old == "（三）政府信息管理情况" && changes.last?.new == "（二）政府信息管理情况")
    }

    @Test func historyOfAParagraphAndOfARemovedSection() throws {
        let paragraph = try UnitHistory.changes(of: try #require(UnitID("section:五/paragraph:2")), along: Self.line)
        #expect(paragraph.map(\.revision.id) == ["r0", "r2"])
        #expect(paragraph.last?.new?.hasSuffix("（已整改）") == true)
        // 依申请公开情况 was removed in r2; by its title it is found in the revisions that had it.
        let removed = try UnitHistory.changes(of: try #require(UnitID("section:一/section:依申请公开情况")), along: Self.line)
        #expect(removed.map(\.kind) == [.added, .removed])
        #expect(removed.last?.revision.id == "r2")
    }

    @Test func unknownUnitsAndNoRevisionsAreErrors() throws {
        let unit = try #require(UnitID("section:九"))
        #expect(throws: DiffError.unitNotFound(unit, in: "No revision")) {
            try UnitHistory.changes(of: unit, along: Self.line)
        }
        #expect(throws: DiffError.noRevisions) { try Blame.compute(along: []) }
    }

    @Test func blameNamesTheLastRevisionOfEachUnit() throws {
        let entries = try Blame.compute(along: Self.line)
        let byUnit = Dictionary(uniqueKeysWithValues: entries.map { ($0.unit.description, $0.revision.id) })
        #expect(byUnit["section:三/table:table3/cell:received:total"] == "r3")
        #expect(byUnit["section:三/table:table3/cell:received:business"] == "r0")
        #expect(byUnit["section:五/paragraph:2"] == "r2")
        #expect(byUnit["section:五/paragraph:1"] == "r0")
        #expect(byUnit["section:一"] == "r0")
        #expect(byUnit["section:一/section:一"] == "r0")
        #expect(byUnit["section:一/section:二"] == "r2")
        let cells = Self.line[4].report.tables.reduce(0) { $0 + $1.table.cells.count }
        #expect(entries.filter { $0.kind == .cell }.count == cells)
    }
}

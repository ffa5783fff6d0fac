import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff

/// History and blame through a merge: each change is credited to the revision of the line that made it, and only a
/// version of the merge's own (a hand-resolved conflict) to the merge.
@Suite struct HistoryGraphTests {
    static func revision(_ id: String, _ author: String, hour: Double) -> RevisionInfo {
        RevisionInfo(id: id, author: author, time: Date(timeIntervalSince1970: 1_736_000_000 + hour * 3600))
    }

    /// base; county (王审核): cell 0 → 2, cell 2 → 7, 一/一's first paragraph; township: cell 0 → 3, cell 1 → 5,
    /// cell 2 → 8, 一/一's third paragraph; the township's merge (first parent its own line) takes the county's
    /// cell 0, both paragraphs, and writes 9 in cell 2 by hand.
    static let graph: HistoryGraph = {
        let base = SampleReport.make()
        var county = SampleReport.settingTable3Cell(of: base, index: 0, to: "2")
        county = SampleReport.settingTable3Cell(of: county, index: 2, to: "7")
        county = SampleReport.rewritingParagraph(of: county, index: 0, to: "县里更正的第一段。")
        var township = SampleReport.settingTable3Cell(of: base, index: 0, to: "3")
        township = SampleReport.settingTable3Cell(of: township, index: 1, to: "5")
        township = SampleReport.settingTable3Cell(of: township, index: 2, to: "8")
        township = SampleReport.rewritingParagraph(of: township, index: 2, to: "乡里改过的第三段。")
        var merged = SampleReport.settingTable3Cell(of: township, index: 0, to: "2")
        merged = SampleReport.settingTable3Cell(of: merged, index: 2, to: "9")
        merged = SampleReport.rewritingParagraph(of: merged, index: 0, to: "县里更正的第一段。")
        let walked: [(revision: RevisionSnapshot, parents: [String])] = [
            ((revision("merge", "常张乡党政办", hour: 3), merged), ["township", "county"]),
            ((revision("township", "常张乡党政办", hour: 2), township), ["base"]),
            ((revision("county", "王审核", hour: 1), county), ["base"]),
            ((revision("base", "常张乡党政办", hour: 0), base), []),
        ]
        return (try? HistoryGraph(tip: walked)) ?? HistoryGraph(line: [])
    }()

    static func cell(_ index: Int) throws -> UnitID {
        let report = SampleReport.make()
        let (row, cell) = try #require(report.table(number: 3)?.cells[index])
        return try #require(UnitID.cell(table: 3, row: row.key, column: cell.column, in: report))
    }

    @Test func theGraphPutsParentsFirstAndTheTipLast() throws {
        #expect(Self.graph.revisions.map(\.revision.id) == ["base", "county", "township", "merge"])
        #expect(Self.graph.parents == [[], [0], [0], [2, 1]])
        // A child stamped earlier than its parent (a node's clock behind) still comes after it
        let early = try HistoryGraph(tip: [
            ((Self.revision("child", "乡", hour: 0), SampleReport.make()), ["parent"]),
            ((Self.revision("parent", "县", hour: 5), SampleReport.make()), []),
        ])
        #expect(early.revisions.map(\.revision.id) == ["parent", "child"])
        #expect(throws: DiffError.noRevisions) { try HistoryGraph(tip: []) }
    }

    @Test func blamePassesAMergesTakenValuesToTheLineThatMadeThem() throws {
        let entries = Blame.compute(in: Self.graph)
        let blamed = Dictionary(uniqueKeysWithValues: entries.map { ($0.unit, $0.revision.id) })
        // The county's cell and paragraph are the county's, the township's its own, not the merge's
        #expect(blamed[try Self.cell(0)] == "county")
        #expect(blamed[try Self.cell(1)] == "township")
        #expect(blamed[try #require(UnitID("section:一/section:一/paragraph:1"))] == "county")
        #expect(blamed[try #require(UnitID("section:一/section:一/paragraph:3"))] == "township")
        // A section whose paragraphs came from both lines: the newer of the two revisions that edited it
        #expect(blamed[try #require(UnitID("section:一/section:一"))] == "township")
        // Only the value written by hand in the merge is the merge's; untouched cells are the base's
        #expect(blamed[try Self.cell(2)] == "merge")
        #expect(blamed[try Self.cell(3)] == "base")
        #expect(entries.filter { $0.revision.id == "merge" }.count == 1)
    }

    @Test func historyListsBothLinesChangesByTheirAuthors() throws {
        let cell = try UnitHistory.changes(of: try Self.cell(0), in: Self.graph)
        #expect(cell.map(\.revision.id) == ["base", "county", "township"])
        #expect(cell.map(\.revision.author) == ["常张乡党政办", "王审核", "常张乡党政办"])
        #expect(cell.map(\.kind) == [.added, .modified, .modified])
        #expect(cell[1].old == "0" && cell[1].new == "2" && cell[2].old == "0" && cell[2].new == "3")
        let section = try UnitHistory.changes(of: try #require(UnitID("section:一/section:一")), in: Self.graph)
        #expect(section.map(\.revision.id) == ["base", "county", "township"])
        // A hand-resolved conflict is the merge's change, from its first parent's value
        let resolved = try UnitHistory.changes(of: try Self.cell(2), in: Self.graph)
        #expect(resolved.map(\.revision.id) == ["base", "county", "township", "merge"])
        #expect(resolved.last?.old == "8" && resolved.last?.new == "9")
    }

    @Test func aFirstParentLineIsWalkedAsBefore() throws {
        // The merge's first-parent line alone credits it with the county's edits, as a line must
        let line = [0, 2, 3].map { Self.graph.revisions[$0] }
        let changes = try UnitHistory.changes(of: try Self.cell(0), along: line)
        #expect(changes.map(\.revision.id) == ["base", "township", "merge"])
        #expect(try Blame.compute(along: line) == Blame.compute(in: HistoryGraph(line: line)))
    }
}

/// Blame asked for some places only: the same answer for them as the whole report's blame, and nothing else.
@Suite struct BlameOfSomePlacesTests {
    @Test func somePlacesAreBlamedAsInTheWholeReportsBlame() throws {
        // Given the merged graph, its whole blame, and two of its cells: one the merge made, one the base's
        let whole = Blame.compute(in: HistoryGraphTests.graph, headings: true)
        let wanted: Set<UnitID> = [try HistoryGraphTests.cell(2), try HistoryGraphTests.cell(3)]
        // When only those two are blamed
        let some = Blame.compute(in: HistoryGraphTests.graph, headings: true, only: wanted.contains)
        // Then the answer is the whole blame's entries of those two, in the same order
        #expect(some == whole.filter { wanted.contains($0.unit) })
        #expect(some.map(\.revision.id) == ["merge", "base"])
        // and asking for none follows none
        #expect(Blame.compute(in: HistoryGraphTests.graph, only: { _ in false }).isEmpty)
    }
}

import Foundation
import ReportDiff
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// After a sync conflict is merged, `nianbao history` and `blame` credit each change to the revision of the line that
/// made it — the county reviewer's correction to the reviewer, the township's edit to the township — not to the
/// merge revision that joined the lines.
@Suite struct MergedHistoryTests {
    let key = ReportKey(agency: "changzhang", year: 2024)

    /// A county whose reviewer corrected a cell and a paragraph while the township, from the same first draft,
    /// changed another cell and another paragraph; the county merged the township's line into its draft.
    func mergedCounty() async throws -> (repository: ReportRepository, county: Revision, township: ObjectID) {
        let repository = try RepositoryTestSupport.memoryRepository()
        let time = RepositoryTestSupport.time
        let base = SampleReport.make()
        let first = try await repository.commit(base, to: key, author: "县政务公开办", message: "初稿", time: time).revision
        var corrected = SampleReport.settingTable3Cell(of: base, index: 0, to: "2")
        corrected = SampleReport.rewritingParagraph(of: corrected, index: 0, to: "县里更正的第一段。")
        let county = try await repository.commit(
            corrected, to: key, author: "王审核", message: "县里更正", time: time.addingTimeInterval(60)
        ).revision
        // The township's line, pushed from the first draft, conflicts with the county's
        var edited = SampleReport.settingTable3Cell(of: base, index: 1, to: "5")
        edited = SampleReport.rewritingParagraph(of: edited, index: 2, to: "乡里改过的第三段。")
        let (root, objects) = ObjectGraph.objects(of: edited)
        let record = RevisionContent(
            report: key, root: root, parents: [first.id], author: "常张乡党政办", node: "常张乡",
            time: time.addingTimeInterval(120), message: "乡里改")
        let revision = EncodedObject(.revision(record))
        let outcome = try await repository.receive(
            objects: (objects + [revision]).map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [RefUpdate(report: key, ref: .draft, revision: revision.id, expected: first.id)],
            from: Sender(label: "常张乡", scope: .agencies(["changzhang"])))
        #expect(outcome.results.first?.status == .conflict)
        let merged = try await repository.mergeHeads(of: key, author: "县政务公开办", time: time.addingTimeInterval(180))
        #expect(merged.isCommitted)
        return (repository, county, revision.id)
    }

    @Test func blameNamesTheRevisionOfTheLineThatMadeEachValue() async throws {
        // Given a merge of the county's and the township's lines (the township's on the second parent)
        let (repository, county, township) = try await mergedCounty()
        let draft = try await repository.report(at: "changzhang/2024")
        let (row0, cell0) = try #require(draft.table(number: 3)?.cells[0])
        let (row1, cell1) = try #require(draft.table(number: 3)?.cells[1])
        let corrected = try #require(UnitID.cell(table: 3, row: row0.key, column: cell0.column, in: draft))
        let edited = try #require(UnitID.cell(table: 3, row: row1.key, column: cell1.column, in: draft))
        // When the draft is blamed
        let blame = try await repository.blame("changzhang/2024")
        let byUnit = Dictionary(uniqueKeysWithValues: blame.entries.map { ($0.unit, $0.revision) })
        // Then the reviewer's cell is the reviewer's and the township's cell and paragraph are the township's
        #expect(byUnit[corrected]?.author == "王审核")
        #expect(byUnit[corrected]?.id == county.id.hex)
        #expect(byUnit[edited]?.author == "常张乡党政办")
        #expect(byUnit[edited]?.id == township.hex)
        #expect(byUnit[try #require(UnitID("section:一/section:一/paragraph:3"))]?.id == township.hex)
        // And nothing is the merge's: it made no value of its own
        #expect(!blame.entries.contains { $0.revision.id == blame.revision.hex })
    }

    @Test func aSectionsHistoryListsBothLinesChangesInTimeOrder() async throws {
        // Given the same merge
        let (repository, county, township) = try await mergedCounty()
        let draft = try await repository.report(at: "changzhang/2024")
        let section = try #require(UnitID.section(path: "一/一", in: draft))
        // When the section's history is read
        let history = try await repository.unitHistory(of: section, endingAt: "changzhang/2024")
        // Then the reviewer's change and the township's are listed, each by its author, and the merge is not
        #expect(history.changes.map(\.revision.author) == ["县政务公开办", "王审核", "常张乡党政办"])
        #expect(history.changes.map(\.kind) == [.added, .modified, .modified])
        #expect(history.changes.dropFirst().map(\.revision.id) == [county.id.hex, township.hex])
    }

    @Test func theWalkReadsAtMostTheRevisionsAllowed() async throws {
        // Given the merge and its three ancestors
        let (repository, _, _) = try await mergedCounty()
        #expect(try await repository.revisionGraph("changzhang/2024").graph.revisions.count == 4)
        // When at most two revisions may be read, the merge and its first parent are; the walk stops there
        let (tip, graph) = try await repository.revisionGraph("changzhang/2024", limit: 2)
        #expect(graph.revisions.count == 2)
        #expect(graph.revisions.last?.revision.id == tip.id.hex)
        #expect(graph.parents == [[], [0]])
        let blame = try await repository.blame("changzhang/2024", limit: 1)
        #expect(blame.entries.allSatisfy { $0.revision.id == tip.id.hex })
    }
}

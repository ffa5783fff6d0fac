import Foundation
import ReportDiff
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// A merged text written for one of two open conflicts of a report (`merge --head A --output`) lacks the other
/// line's changes: committed as the merge of the heads (`commit --resolve`), it would close both conflicts and drop
/// them — even after a merged text of the other line was written too, since which text is committed cannot be told.
/// It is refused, and the conflicts stay open.
@Suite struct MergedTextGuardTests {
    let key = ReportKey(agency: "changzhang", year: 2024)

    /// A revision of the township's node made from `parent`, received as a push.
    func push(
        _ report: Report, parent: ObjectID, node: String, time: Date, into repository: ReportRepository
    ) async throws {
        let (root, objects) = ObjectGraph.objects(of: report)
        let record = RevisionContent(
            report: key, root: root, parents: [parent], author: "常张乡党政办", node: node, time: time, message: "乡里改")
        let revision = EncodedObject(.revision(record))
        let outcome = try await repository.receive(
            objects: (objects + [revision]).map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [RefUpdate(report: key, ref: .draft, revision: revision.id, expected: parent)],
            from: Sender(label: "常张乡", scope: .agencies(["changzhang"])))
        #expect(outcome.results.first?.status == .conflict)
    }

    @Test func aMergedTextOfOneLineIsNotTheMergeOfTwo() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let time = RepositoryTestSupport.time
        let report = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        let first = try await repository.commit(report, to: key, author: "县", message: "初稿", time: time).revision
        try await repository.commit(
            SampleReport.settingTable3Cell(of: report, index: 0, to: "3"), to: key, author: "县", message: "县里改",
            time: time.addingTimeInterval(10))
        // Two lines come in from the township, each from the first draft, each changing the same cell again
        try await push(
            SampleReport.settingTable3Cell(of: report, index: 0, to: "4"), parent: first.id, node: "changzhang",
            time: time.addingTimeInterval(20), into: repository)
        try await push(
            SampleReport.settingTable3Cell(of: report, index: 0, to: "5"), parent: first.id, node: "changzhang",
            time: time.addingTimeInterval(30), into: repository)
        let open = try await repository.conflicts()
        #expect(open.count == 2)
        // The merged text of the first line is written, finished, and committed as the merge
        let written = try await repository.mergeHeads(of: key, head: open[0].head, author: "县")
        #expect(!written.isCommitted)
        try await repository.recordMergedText(
            of: key, head: written.head, ours: written.ours, theirs: written.theirs)
        let finished = SampleReport.settingTable3Cell(of: written.result.merged, index: 0, to: "7")
        await #expect(
            throws: RepositoryError.mergedTextOfSeveralLines(key, origins: open.map(\.origin), agencyName: "常张乡人民政府")
        ) {
            try await repository.commit(
                finished, to: key, author: "县", message: "解决", time: time.addingTimeInterval(40), mergingHeads: true)
        }
        #expect(try await repository.conflicts().count == 2)
        // A merged text of the second line written as well changes nothing: a.txt is still one line's text
        let second = try await repository.mergeHeads(of: key, head: open[1].head, author: "县")
        try await repository.recordMergedText(of: key, head: second.head, ours: second.ours, theirs: second.theirs)
        await #expect(
            throws: RepositoryError.mergedTextOfSeveralLines(key, origins: open.map(\.origin), agencyName: "常张乡人民政府")
        ) {
            try await repository.commit(
                finished, to: key, author: "县", message: "解决", time: time.addingTimeInterval(50), mergingHeads: true)
        }
        #expect(try await repository.conflicts().count == 2)
    }

    /// `merge --output` writes the draft's side at each conflicting place: committed as it was written, nobody chose
    /// anything and the township's changes there would be lost unseen. Refused, naming the places; once one is
    /// edited, the text is the person's and closes the conflict.
    @Test func aMergedTextCommittedUneditedIsRefused() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let time = RepositoryTestSupport.time
        let report = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        let first = try await repository.commit(report, to: key, author: "县", message: "初稿", time: time).revision
        let county = try await repository.commit(
            SampleReport.settingTable3Cell(of: report, index: 0, to: "2"), to: key, author: "王审核", message: "县里改",
            time: time.addingTimeInterval(10)
        ).revision
        try await push(
            SampleReport.settingTable3Cell(of: report, index: 0, to: "3"), parent: first.id, node: "changzhang",
            time: time.addingTimeInterval(20), into: repository)
        let written = try await repository.mergeHeads(of: key, author: "王审核")
        #expect(written.result.conflicts.count == 1)
        try await repository.recordMergedText(of: key, head: written.head, ours: written.ours, theirs: written.theirs)
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(
                written.result.merged, to: key, author: "王审核", message: "解决", time: time.addingTimeInterval(30),
                mergingHeads: true)
        }
        guard case .mergedTextUnedited(let report, _, let places, _) = error else {
            Issue.record("expected an unedited merged text, got \(String(describing: error))")
            return
        }
        #expect(report == key)
        #expect(places == UnitPlace.labels(of: written.result.conflicts.map(\.unit), in: written.result.merged))
        #expect(error?.description.contains("都还是 `nianbao merge --output` 写入的草稿一方的内容") == true)
        #expect(try await repository.resolve(key.description).id == county.id)
        #expect(try await repository.conflicts().count == 1)
        // Edited at its conflicting place (the township's figure kept), it is the merge
        let edited = SampleReport.settingTable3Cell(of: written.result.merged, index: 0, to: "3")
        let merged = try await repository.commit(
            edited, to: key, author: "王审核", message: "解决", time: time.addingTimeInterval(40), mergingHeads: true)
        #expect(merged.status == .committed)
        #expect(merged.revision.content.parents.count == 2)
        #expect(try await repository.conflicts().isEmpty)
    }

    /// A merged text edited elsewhere but at none of its conflicting places is still unedited where it matters;
    /// one edited at some of them is the person's merge, and the commit names the places that kept the draft's side.
    @Test func aMergedTextIsJudgedPlaceByPlace() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let time = RepositoryTestSupport.time
        let report = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        let first = try await repository.commit(report, to: key, author: "县", message: "初稿", time: time).revision
        let county = SampleReport.settingTable3Cell(
            of: SampleReport.settingTable3Cell(of: report, index: 0, to: "2"), index: 1, to: "5")
        try await repository.commit(
            county, to: key, author: "王审核", message: "县里改", time: time.addingTimeInterval(10))
        try await push(
            SampleReport.settingTable3Cell(
                of: SampleReport.settingTable3Cell(of: report, index: 0, to: "3"), index: 1, to: "6"),
            parent: first.id, node: "changzhang", time: time.addingTimeInterval(20), into: repository)
        let written = try await repository.mergeHeads(of: key, author: "王审核")
        #expect(written.result.conflicts.count == 2)
        try await repository.recordMergedText(of: key, head: written.head, ours: written.ours, theirs: written.theirs)
        let places = UnitPlace.labels(of: written.result.conflicts.map(\.unit), in: written.result.merged)
        // Edited only at another cell: refused, both places named
        let elsewhere = SampleReport.settingTable3Cell(of: written.result.merged, index: 2, to: "9")
        let origin = try #require(try await repository.conflicts().first?.origin)
        await #expect(
            throws: RepositoryError.mergedTextUnedited(key, origin: origin, places: places, agencyName: "常张乡人民政府")
        ) {
            try await repository.commit(
                elsewhere, to: key, author: "王审核", message: "解决", time: time.addingTimeInterval(30),
                mergingHeads: true)
        }
        // Edited at the first place: the merge, with the second place named as kept
        let one = SampleReport.settingTable3Cell(of: written.result.merged, index: 0, to: "3")
        let merged = try await repository.commit(
            one, to: key, author: "王审核", message: "解决", time: time.addingTimeInterval(40), mergingHeads: true)
        #expect(merged.status == .committed)
        #expect(merged.warnings.contains("这些冲突处保留了草稿一方的内容（合并文本写出时的样子）：" + places[1]))
        #expect(try await repository.conflicts().isEmpty)
    }
}

import Foundation
import ReportDiff
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// The county uploaded 常张乡's report for it (第 1 版); 李四, set up late, committed his own and pushed: two lines with
/// no common version. `merge --take theirs|ours` (and the conflict page's "all ours") gives that side's text — the
/// opening and the 依申请 fact once — and the merge message names each place decided (review rr99 F1: both wordings
/// were kept and the conflict said to be resolved).
@Suite struct NoCommonVersionMergeHeadsTests {
    let key = ReportKey(agency: "changzhang", year: 2024)

    /// A county file whose draft is its upload, with 李四's own first version pushed over it.
    func lateStart(in folder: TemporaryDirectory) async throws -> ReportRepository {
        let repository = try ReportRepository.create(
            at: folder.path("county.sqlite").path, node: "县政务公开办", logger: RepositoryTestSupport.logger)
        let time = RepositoryTestSupport.time
        _ = try await repository.commit(
            SampleReport.make(), to: key, author: "县政务公开办", message: "县里代传", time: time)
        let (root, objects) = ObjectGraph.objects(of: SampleReport.ownWording(of: SampleReport.make()))
        let record = RevisionContent(
            report: key, root: root, parents: [], author: "李四", node: "常张乡", time: time.addingTimeInterval(60),
            message: "乡里自己的稿子")
        let revision = EncodedObject(.revision(record))
        let outcome = try await repository.receive(
            objects: (objects + [revision]).map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [RefUpdate(report: key, ref: .draft, revision: revision.id, expected: nil)],
            from: Sender(label: "常张乡", scope: .agencies(["changzhang"])))
        try #require(outcome.results.first?.status == .conflict)
        return repository
    }

    @Test(arguments: MergeSide.allCases)
    func takingASideGivesThatSidesText(side: MergeSide) async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given the two first versions in conflict
        let repository = try await lateStart(in: folder)
        // When one side is taken for everything
        let merged = try await repository.mergeHeads(
            of: key, takeAll: side, author: "王审核", time: RepositoryTestSupport.time.addingTimeInterval(120))
        // Then the draft is that side's text, nothing doubled
        #expect(merged.isCommitted && merged.base == nil)
        let expected = side == .ours ? SampleReport.make() : SampleReport.ownWording(of: SampleReport.make())
        #expect(try await repository.report(at: "changzhang/2024") == expected)
        // And the message names every place decided: the opening, the reworded paragraphs, 李四's own paragraph
        #expect(merged.decisions.count == 4, "\(merged.decisions)")
        let message = try #require(merged.revision?.content.message)
        #expect(message.contains("导语"), "\(message)")
    }
}

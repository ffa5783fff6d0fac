import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// A text committed as the merge of a sync conflict (`commit FILE --resolve`) is checked against the merge of the
/// two lines: where only the other line changed a place and the text has the older text there, it would drop that
/// change for good (the other line becomes history, and no sync brings it back). It is refused, naming the place,
/// the version and the person, unless forced. It had closed the conflict with whatever text the file had (review
/// rr96 F3). A place both lines changed is the person's to decide.
@Suite struct ResolveKeepsOtherLineTests {
    let key = ReportKey(agency: "changzhang", year: 2024)
    static let paragraph = "2024年，常张乡人民政府坚持以公开为常态（补充一句）。"

    /// 王审核 sets a cell of table 3 to 9 on the draft (第 2 版); the township pushes its line from 第 1 版: the first
    /// paragraph rewritten and the same cell set to 4. Returns the repository and the draft's text.
    func conflict(in folder: TemporaryDirectory) async throws -> (ReportRepository, draft: Report) {
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        let time = RepositoryTestSupport.time
        let report = SampleReport.make()
        let first = try await repository.commit(report, to: key, author: "县政务公开办", message: "初稿", time: time)
            .revision
        let draft = SampleReport.settingTable3Cell(of: report, index: 0, to: "9")
        try await repository.commit(draft, to: key, author: "王审核", message: "县里更正表三", time: time + 10)
        let township = SampleReport.settingTable3Cell(
            of: SampleReport.rewritingParagraph(of: report, index: 0, to: Self.paragraph), index: 0, to: "4")
        let (root, objects) = ObjectGraph.objects(of: township)
        let record = RevisionContent(
            report: key, root: root, parents: [first.id], author: "李四", node: "changzhang", time: time + 20,
            message: "乡里改")
        let revision = EncodedObject(.revision(record))
        let outcome = try await repository.receive(
            objects: (objects + [revision]).map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [RefUpdate(report: key, ref: .draft, revision: revision.id, expected: first.id)],
            from: Sender(label: "常张乡", scope: .agencies(["changzhang"])))
        #expect(outcome.results.first?.status == .conflict)
        return (repository, draft)
    }

    @Test func aResolutionDroppingTheOtherLinesChangeIsRefused() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let (repository, draft) = try await conflict(in: folder)
        let time = RepositoryTestSupport.time
        // 王审核's own file, edited once more: the township's paragraph is not in it (the cell both changed keeps 9)
        let own = SampleReport.settingTable3Cell(of: draft, index: 5, to: "2")
        await #expect {
            try await repository.commit(
                own, to: key, author: "王审核", message: "解决", time: time + 30, mergingHeads: true)
        } throws: { error in
            guard case RepositoryError.resolutionUndoesOthersChanges(_, _, let changes, let office) = error else {
                return false
            }
            return changes.count == 1 && changes[0].contains("第 1 段") && changes[0].hasSuffix("，李四）")
                && office == "常张乡人民政府"
        }
        #expect(try await repository.conflicts().count == 1)
        #expect(try await repository.report(at: key.description) == draft)
        // With the township's paragraph in it (and 9 decided for the cell both changed) it closes the conflict
        let both = SampleReport.rewritingParagraph(of: own, index: 0, to: Self.paragraph)
        let outcome = try await repository.commit(
            both, to: key, author: "王审核", message: "解决", time: time + 40, mergingHeads: true)
        #expect(outcome.status == .committed)
        #expect(outcome.revision.content.parents.count == 2)
        #expect(try await repository.conflicts().isEmpty)
        #expect(try await repository.report(at: key.description) == both)
    }

    @Test func aForcedResolutionSaysWhatItPutBack() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let (repository, draft) = try await conflict(in: folder)
        let own = SampleReport.settingTable3Cell(of: draft, index: 5, to: "2")
        let outcome = try await repository.commit(
            own, to: key, author: "王审核", message: "解决", time: RepositoryTestSupport.time + 30, mergingHeads: true,
            force: true)
        #expect(outcome.status == .committed)
        #expect(try await repository.conflicts().isEmpty)
        let said = "已强制提交：这些地方改回了另一条线修改以前的内容："
        #expect(outcome.warnings.contains { $0.contains(said) && $0.contains("李四") }, "\(outcome.warnings)")
        #expect(outcome.revision.content.message.contains(said))
    }
}

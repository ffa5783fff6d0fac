import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// A restore or merge notice is Nianbao's only when the revision bears it out; typed on another revision it is shown
/// as typed and named as its author's, never translated (rr99 F4).
@Suite struct ShownMessageTests {
    let key = ReportKey(agency: "changzhang", year: 2024)

    @Test func aTypedMergeNoticeOnAOneParentRevisionIsShownAsTyped() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        let first = try await repository.commit(
            SampleReport.make(), to: key, author: "王审核", message: "初稿", time: RepositoryTestSupport.time
        ).revision
        let typed = "合并 常张乡 推送的修订（网页，王审核）"
        let edited = SampleReport.settingTable3Cell(of: SampleReport.make(), index: 0, to: "7")
        let second = try await repository.commit(
            edited, to: key, author: "李四", message: typed, time: RepositoryTestSupport.time + 60
        ).revision

        let shown = await repository.shownMessage(of: second)

        #expect(shown.notice == nil)
        #expect(shown.text(in: .english) == "Message typed by 李四: “\(typed)”")
        #expect(shown.text(in: .chinese) == "李四 写的说明：“\(typed)”")
        // The same words on a revision of two parents are Nianbao's merge notice
        let side = RevisionContent(
            report: key, root: second.root, parents: [first.id], author: "李四", node: "常张乡",
            time: RepositoryTestSupport.time + 90, message: "乡里改的")
        let merge = RevisionContent(
            report: key, root: second.root, parents: [second.id, Revision(side).id], author: "王审核", node: "县政务公开办",
            time: RepositoryTestSupport.time + 120, message: typed)
        try await repository.store.write { writer in
            _ = try writer.put([EncodedObject(.revision(side)), EncodedObject(.revision(merge))])
        }
        let merged = await repository.shownMessage(of: Revision(merge))
        #expect(merged.notice == .merge(.pushed(by: "常张乡"), onTheWebBy: "王审核"))
        #expect(merged.text(in: .english) == "Merge revisions pushed by 常张乡 (on the web, 王审核)")
    }

    @Test func aRestoreNoticeMustNameAnEarlierRevisionOfTheSameText() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        let first = try await repository.commit(
            SampleReport.make(), to: key, author: "王审核", message: "初稿", time: RepositoryTestSupport.time
        ).revision
        let typed = RevisionMessage.restore(
            version: 1, revision: "", author: "王审核",
            saved: BeijingTime.minute(first.content.time, in: BeijingTime.zone)
        ).chinese
        let edited = SampleReport.settingTable3Cell(of: SampleReport.make(), index: 0, to: "7")
        let second = try await repository.commit(
            edited, to: key, author: "李四", message: typed, time: RepositoryTestSupport.time + 60
        ).revision
        let restored = try await repository.restore(
            first.id.hex, author: "李四", time: RepositoryTestSupport.time + 120
        ).revision

        #expect(await repository.shownMessage(of: second).notice == nil)
        #expect(await repository.shownMessage(of: second).text(in: .english) == "Message typed by 李四: “\(typed)”")
        #expect(await repository.shownMessage(of: restored).restore != nil)
        #expect(
            await repository.shownMessage(of: restored).text(in: .english).hasPrefix(
                "Restore version 1 (saved by 王审核, "))
        #expect(try await repository.show(second.id.hex).message.notice == nil)
    }
}

import Foundation
import ReportDiff
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// A merge in which a person kept one side of a conflicting place says so in its revision's message — the place,
/// whose side was kept and whose change was not taken, by office and person — so that the person whose change was
/// left out reads it in `log`, `show`, `pull` and the history page (ux96 finding 1).
@Suite struct MergeDecisionTests {
    let key = ReportKey(agency: "changzhang", year: 2024)

    /// A county node (县政务公开办) whose reviewer 王审核 rewrote the first paragraph while 李四 of the township, from
    /// the same first draft, rewrote it too and pushed: a conflict at 一、第 1 段.
    /// `sender`: the label of a token the township's push came with (a receipt recorded), else no token.
    func conflict(in folder: TemporaryDirectory, sender: String? = nil) async throws -> ReportRepository {
        let repository = try ReportRepository.create(
            at: folder.path("county.sqlite").path, node: "县政务公开办", logger: RepositoryTestSupport.logger)
        let time = RepositoryTestSupport.time
        let base = SampleReport.make()
        let first = try await repository.commit(base, to: key, author: "李四", message: "初稿", time: time).revision
        _ = try await repository.commit(
            SampleReport.rewritingParagraph(of: base, index: 0, to: "县里核实：130条。"), to: key, author: "王审核",
            message: "县里更正", time: time.addingTimeInterval(60))
        let edited = SampleReport.rewritingParagraph(of: base, index: 0, to: "乡里改过的第一段。")
        let (root, objects) = ObjectGraph.objects(of: edited)
        let record = RevisionContent(
            report: key, root: root, parents: [first.id], author: "李四", node: "常张乡",
            time: time.addingTimeInterval(120), message: "乡里改")
        let revision = EncodedObject(.revision(record))
        var from = Sender(label: "常张乡", scope: .agencies(["changzhang"]))
        if let sender {
            from = Sender(try await repository.issueToken(label: sender, scope: .agencies(["changzhang"])).token)
        }
        let outcome = try await repository.receive(
            objects: (objects + [revision]).map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [RefUpdate(report: key, ref: .draft, revision: revision.id, expected: first.id)],
            from: from)
        try #require(outcome.results.first?.status == .conflict)
        return repository
    }

    @Test(arguments: [
        (MergeSide.ours, "一、（一）第 1 段：保留 县政务公开办 王审核 的，未采用 常张乡 李四 的修改"),
        (MergeSide.theirs, "一、（一）第 1 段：保留 常张乡 李四 的，未采用 县政务公开办 王审核 的修改"),
    ])
    func theMergeSaysWhoseChangeWasNotTaken(side: MergeSide, expected: String) async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given a conflict at the first paragraph
        let repository = try await conflict(in: folder)
        // When the reviewer merges keeping one side
        let merged = try await repository.mergeHeads(
            of: key, takeAll: side, author: "王审核", time: RepositoryTestSupport.time.addingTimeInterval(180))
        // Then the merge revision's message names the place, the side kept and the change not taken
        let message = try #require(merged.revision?.content.message)
        #expect(message == "合并 常张乡 推送的修订。" + expected)
        // And the draft's revision (what log, show and pull read) carries it
        #expect(try await repository.resolve("changzhang/2024").content.message == message)
    }

    @Test func aChoicePerPlaceAndAMessageOfOnesOwnAreNamedToo() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given the same conflict
        let repository = try await conflict(in: folder)
        let unit = try #require(UnitID("section:一/section:一/paragraph:1"))
        // When the reviewer keeps both paragraphs, with a message of her own (the web page's)
        let merged = try await repository.mergeHeads(
            of: key, resolutions: [unit: .both], author: "王审核", message: "合并 常张乡 推送的修订（网页，王审核）",
            time: RepositoryTestSupport.time.addingTimeInterval(180))
        // Then her message is followed by what she decided
        #expect(
            merged.revision?.content.message
                == "合并 常张乡 推送的修订（网页，王审核）。一、（一）第 1 段：县政务公开办 王审核 和 常张乡 李四 的都保留（县政务公开办 王审核 的在前）")
    }

    /// 编辑 with a text that is word for word one side's (the township's paragraph typed or pasted into the box) keeps
    /// that side, and is recorded so: the clerk whose text the draft now holds is not told her change was not taken
    /// (rv115 F6: `王审核 另写了文字，… 和 常张乡 李四 的修改都未原样采用`). A text of the reviewer's own still says so.
    @Test(arguments: [
        ("  乡里改过的第一段。 ", "一、（一）第 1 段：保留 常张乡 李四 的，未采用 县政务公开办 王审核 的修改"),
        ("县里核实：130条。", "一、（一）第 1 段：保留 县政务公开办 王审核 的，未采用 常张乡 李四 的修改"),
        ("县里和乡里一起改的第一段。", "一、（一）第 1 段：王审核 另写了文字，县政务公开办 王审核 和 常张乡 李四 的修改都未原样采用"),
    ])
    func anEditThatIsOneSidesTextIsRecordedAsKeepingThatSide(text: String, expected: String) async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given a conflict at the first paragraph
        let repository = try await conflict(in: folder)
        let unit = try #require(UnitID("section:一/section:一/paragraph:1"))
        // When the reviewer writes the place's text herself
        let merged = try await repository.mergeHeads(
            of: key, resolutions: [unit: .edit(text)], author: "王审核",
            time: RepositoryTestSupport.time.addingTimeInterval(180))
        // Then the message records what her text is
        #expect(merged.revision?.content.message == "合并 常张乡 推送的修订。" + expected)
    }

    /// A township's push from a token labelled otherwise than its node (长子县常张乡人民政府 for the node 常张乡): its
    /// side is stored as that office and the person, not `李四（长子县常张乡人民政府 同步送来）` — words that travel to
    /// the township, where 李四 read his own change as "brought by sync" (rv108 F13).
    @Test func aPushedSideIsStoredAsOfficeAndPerson() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try await conflict(in: folder, sender: "长子县常张乡人民政府")
        let merged = try await repository.mergeHeads(
            of: key, takeAll: .theirs, author: "王审核", time: RepositoryTestSupport.time.addingTimeInterval(180))
        let message = try #require(merged.revision?.content.message)
        #expect(message.hasSuffix("一、（一）第 1 段：保留 长子县常张乡人民政府 李四 的，未采用 县政务公开办 王审核 的修改"), "\(message)")
        #expect(!message.contains("同步送来"), "\(message)")
        // (the reviewer's publish step still finds her correction left out)
        let revision = try #require(merged.revision)
        #expect(try await repository.changesNotTaken(in: revision, of: "王审核").count == 1)
    }
}

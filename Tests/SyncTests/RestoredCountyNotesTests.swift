import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncClient
import Testing

/// The county restores a backup older than its comment on a township's report, which the township had pulled and
/// answered (rr99 F3, what becomes of the county's lost comments). The township's push sent its answer to a comment
/// the county no longer had, and the county refused the whole push: the township's next version never reached the
/// county, on every sync, until someone rewrote the comment by hand.
@Suite struct RestoredCountyNotesTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)
    static let reviewer = Principal(
        person: Person(id: 1, name: "王审核", role: .reviewer, agencies: [], created: Date()))
    static let clerk = Principal(
        person: Person(id: 2, name: "李四", role: .clerk, agencies: ["changzhang"], created: Date()))

    @Test func anAnswerToALostCommentDoesNotStopTheTownshipsPush() async throws {
        let scene = try await RestoreScene()
        defer { scene.remove() }
        let (county, township, token, backup) = (scene.county, scene.township, scene.token, scene.backup)
        try await township.editCell(Self.key, index: 0, to: "5", time: testTime(0))
        let comment = try await withServer(county) { port in
            let client = township.client(port: port, token: token)
            _ = try await client.sync()
            // The county backs up, then comments; the township pulls the comment and answers it
            _ = try await county.repository.backup(to: backup)
            let comment = try await county.repository.addComment(
                on: Self.key.description, at: "section:一", text: "第一段改", by: Self.reviewer, time: testTime(10))
            _ = try await client.pull()
            try await township.repository.answer(
                comment: comment.id.hex, in: Self.key, text: "已改", by: Self.clerk, time: testTime(20))
            _ = try await client.sync()
            #expect(try await county.repository.comments(of: Self.key).first?.replies.map(\.text) == ["已改"])
            return comment
        }
        // The county puts its backup in the place of its repository; the township changes its report
        let restored = try TestNode("county", restoring: backup)
        defer { restored.remove() }
        let version = try await township.editCell(Self.key, index: 1, to: "7", time: testTime(30)).revision.id

        let synced = try await withServer(restored) { port in
            try await township.client(port: port, token: token).sync()
        }

        // The pull listed the lost comment, and the push took the township's version to the county all the same
        let lost = try #require(synced.pull.reports.first { $0.report == Self.key }?.lostThere)
        #expect(lost.notes.map(\.id) == [comment.id])
        #expect(try await restored.drafts()[Self.key] == version)
        // The answer to the comment the county no longer has stays at the township, said so
        #expect(synced.push.notesHeld.map(\.text) == ["已改"])
        #expect(synced.push.notesKept.isEmpty)
        #expect(try await restored.repository.comments(of: Self.key).isEmpty)
        #expect(try await township.repository.comments(of: Self.key).first?.replies.map(\.text) == ["已改"])
    }

    /// Where the county pulls from a township's node (a township that serves, `nianbao serve`), the comments it lost
    /// come back with the township's listing: a pull takes every note it lacks (named by its content, so the same
    /// comment as before, 王审核's, with its number), recorded as brought by the township. A township's push cannot
    /// give them back (its token may not send a comment).
    @Test func aCountyPullingFromTheTownshipGetsItsLostCommentBack() async throws {
        let scene = try await RestoreScene()
        defer { scene.remove() }
        let (county, township, token, backup) = (scene.county, scene.township, scene.token, scene.backup)
        try await township.editCell(Self.key, index: 0, to: "5", time: testTime(0))
        let comment = try await withServer(county) { port in
            let client = township.client(port: port, token: token)
            _ = try await client.sync()
            _ = try await county.repository.backup(to: backup)
            let comment = try await county.repository.addComment(
                on: Self.key.description, at: "section:一", text: "第一段改", by: Self.reviewer, time: testTime(10))
            _ = try await client.pull()
            return comment
        }
        let restored = try TestNode("county", restoring: backup)
        defer { restored.remove() }
        let townshipToken = try await township.repository.issueToken(label: "县政务公开办", scope: .all).secret

        try await withServer(township) { port in
            _ = try await restored.client(port: port, token: townshipToken, remote: "changzhang").pull()
        }

        let back = try await restored.repository.comments(of: Self.key)
        #expect(back.map(\.comment.id) == [comment.id])
        #expect(back.first?.comment.author == "王审核")
        #expect(back.first?.number == 1)
    }
}

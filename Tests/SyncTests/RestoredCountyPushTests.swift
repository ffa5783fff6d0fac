import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncClient
import Testing

/// The county restores a backup taken before a township's submission reached it, and the township runs a bare
/// `nianbao push` (no pull, so the restore's epoch is not seen). The push re-sent the township's draft when the county
/// refused it for lacking what was seen there, but not its 已报送 mark: the county showed the report unsubmitted, and
/// the next push said 对方都有了. The push now decides each mark on what the county lists: one it lacks, or holds
/// set before the township's, is sent again; the next push truthfully has nothing to send.
@Suite struct RestoredCountyPushTests {
    static let key = RestoredCountyTests.key

    /// What a push sent of the report: its draft and its submission.
    static func sent(_ report: PushReport) -> Set<SyncRef> {
        Set(report.results.filter { $0.report == key }.map(\.ref))
    }

    /// A second push after the one that repaired the county: nothing to send, in the one listing request.
    static func expectNothingLeft(_ client: SyncClient) async throws {
        let again = try await client.push()
        #expect(again.results.isEmpty && again.unsent.isEmpty && again.notesSent.isEmpty)
        #expect(again.statistics.requests == 1)
    }

    /// The backup lacks the township's version and its submission: the county refuses the first plan of the push
    /// (an object refers to the version it lacks), and the push planned again sends both.
    @Test func aBarePushSendsTheSubmissionAgainWithTheDraft() async throws {
        let scene = try await RestoreScene()
        defer { scene.remove() }
        let (county, township, token, backup) = (scene.county, scene.township, scene.token, scene.backup)
        try await township.editCell(Self.key, index: 0, to: "5", time: testTime(0))
        let version = try await withServer(county) { port in
            _ = try await township.client(port: port, token: token).sync()
            _ = try await county.repository.backup(to: backup)
            let mine = try await township.editCell(Self.key, index: 1, to: "7", time: testTime(10)).revision.id
            _ = try await township.repository.mark(Self.key.description, as: .submitted, author: "李娟")
            _ = try await township.client(port: port, token: token).push()
            return mine
        }
        let restored = try TestNode("county", restoring: backup)
        defer { restored.remove() }
        #expect(try await MarkSyncTests.mark(.submitted, of: Self.key, on: restored) == nil)
        try await withServer(restored) { port in
            let client = township.client(port: port, token: token)
            let pushed = try await client.push()
            #expect(Self.sent(pushed) == [.draft, .mark(.submitted)])
            #expect(try await restored.drafts()[Self.key] == version)
            #expect(try await MarkSyncTests.mark(.submitted, of: Self.key, on: restored) == version)
            #expect(try await MarkSyncTests.status(Self.key, on: restored) == .submitted)
            try await Self.expectNothingLeft(client)
        }
        #expect(try await MarkSyncTests.mark(.submitted, of: Self.key, on: township) == version)
    }

    /// The backup holds the township's version but not its submission: nothing refuses the push, which saw the
    /// submission there; the county's listing lacks it, and the push sends it again.
    @Test func aBarePushSendsASubmissionTheCountyNoLongerLists() async throws {
        let scene = try await RestoreScene()
        defer { scene.remove() }
        let (county, township, token, backup) = (scene.county, scene.township, scene.token, scene.backup)
        let version = try await township.editCell(Self.key, index: 0, to: "5", time: testTime(0)).revision.id
        try await withServer(county) { port in
            _ = try await township.client(port: port, token: token).sync()
            _ = try await county.repository.backup(to: backup)
            _ = try await township.repository.mark(Self.key.description, as: .submitted, author: "李娟")
            _ = try await township.client(port: port, token: token).push()
        }
        let restored = try TestNode("county", restoring: backup)
        defer { restored.remove() }
        #expect(try await restored.drafts()[Self.key] == version)
        #expect(try await MarkSyncTests.mark(.submitted, of: Self.key, on: restored) == nil)
        try await withServer(restored) { port in
            let client = township.client(port: port, token: token)
            let pushed = try await client.push()
            #expect(Self.sent(pushed) == [.mark(.submitted)])
            #expect(pushed.results.allSatisfy { $0.status == .created })
            #expect(try await MarkSyncTests.mark(.submitted, of: Self.key, on: restored) == version)
            try await Self.expectNothingLeft(client)
        }
    }

    /// The backup holds an earlier submission, of the township's first version: the county lists it, set before the
    /// township submitted its second version (which the backup also holds). The push sends the later submission
    /// again, expecting the county's; a mark set there after the township's would stand (see MarkSyncTests).
    @Test func aBarePushSendsASubmissionLaterThanTheRestoredOne() async throws {
        let scene = try await RestoreScene()
        defer { scene.remove() }
        let (county, township, token, backup) = (scene.county, scene.township, scene.token, scene.backup)
        let first = try await township.editCell(Self.key, index: 0, to: "5", time: testTime(0)).revision.id
        _ = try await township.repository.mark(Self.key.description, as: .submitted, author: "李娟")
        let second = try await withServer(county) { port in
            _ = try await township.client(port: port, token: token).sync()
            let second = try await township.editCell(Self.key, index: 1, to: "7", time: testTime(10)).revision.id
            _ = try await township.client(port: port, token: token).push()
            _ = try await county.repository.backup(to: backup)
            try await MarkSyncTests.nextSecond()
            _ = try await township.repository.mark(Self.key.description, as: .submitted, author: "李娟")
            _ = try await township.client(port: port, token: token).push()
            return second
        }
        let restored = try TestNode("county", restoring: backup)
        defer { restored.remove() }
        #expect(try await restored.drafts()[Self.key] == second)
        #expect(try await MarkSyncTests.mark(.submitted, of: Self.key, on: restored) == first)
        try await withServer(restored) { port in
            let client = township.client(port: port, token: token)
            let pushed = try await client.push()
            let result = try #require(pushed.results.first { $0.ref == .mark(.submitted) })
            #expect(result.status == .moved)
            #expect(try await MarkSyncTests.mark(.submitted, of: Self.key, on: restored) == second)
            try await Self.expectNothingLeft(client)
        }
    }

    /// Not a restore: another computer of the township submitted a later version after this one's submission was
    /// seen there. The county lists a mark set after this computer's, which stands: the bare push does not send its
    /// older submission over it.
    @Test func aBarePushLeavesALaterSubmissionOfAnotherComputer() async throws {
        let county = try TestNode("county")
        let first = try TestNode("常张乡")
        let second = try TestNode("常张乡-2")
        defer {
            county.remove()
            first.remove()
            second.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        try await first.editCell(Self.key, index: 0, to: "5", time: testTime(0))
        _ = try await first.repository.mark(Self.key.description, as: .submitted, author: "李娟")
        try await withServer(county) { port in
            _ = try await first.client(port: port, token: token).sync()
            _ = try await second.client(port: port, token: token).sync()
            let later = try await second.editCell(Self.key, index: 1, to: "7", time: testTime(10)).revision.id
            try await MarkSyncTests.nextSecond()
            _ = try await second.repository.mark(Self.key.description, as: .submitted, author: "李娟")
            _ = try await second.client(port: port, token: token).push()
            let pushed = try await first.client(port: port, token: token).push()
            #expect(!pushed.results.contains { $0.ref == .mark(.submitted) })
            #expect(try await MarkSyncTests.mark(.submitted, of: Self.key, on: county) == later)
        }
    }
}

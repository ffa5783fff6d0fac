import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncClient
import Testing

/// A bare `nianbao push` of a township's 已报送 while the county lists another that the township did not see there
/// last. It was refused (`stale`) in two cases a pull then resolved: (a) the township never saw a mark there, and
/// (b) it moved its own after last seeing the county's, while the county lists another. Now the push sends it when
/// nothing is lost (its mark was set later, and the county's marks a version this one builds on, or the county's
/// store went back), and otherwise still leaves the county's standing, saying what the county holds and to pull
/// first; it never overwrites a mark set there later.
@Suite struct UnseenMarkPushTests {
    static let key = RestoredCountyTests.key

    /// (a) Another computer of the township submitted the version this one built on; this one, which never pulled
    /// that submission, edits on and submits later. Its push replaces the county's submission: the version it
    /// submits holds the other one's.
    @Test func aLaterSubmissionOnTopOfAnUnseenOneIsSent() async throws {
        let county = try TestNode("county")
        let first = try TestNode("常张乡")
        let second = try TestNode("常张乡-2")
        defer {
            county.remove()
            first.remove()
            second.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        let base = try await first.editCell(Self.key, index: 0, to: "5", time: testTime(0)).revision.id
        try await withServer(county) { port in
            _ = try await first.client(port: port, token: token).sync()
            _ = try await second.client(port: port, token: token).sync()
            _ = try await second.repository.mark(Self.key.description, as: .submitted, author: "李娟")
            _ = try await second.client(port: port, token: token).push()
            #expect(try await MarkSyncTests.mark(.submitted, of: Self.key, on: county) == base)
            // The first computer, without pulling, edits on the same version and submits
            let later = try await first.editCell(Self.key, index: 1, to: "7", time: testTime(10)).revision.id
            try await MarkSyncTests.nextSecond()
            _ = try await first.repository.mark(Self.key.description, as: .submitted, author: "李娟")
            let pushed = try await first.client(port: port, token: token).push()
            let result = try #require(pushed.results.first { $0.ref == .mark(.submitted) })
            #expect(result.status == .moved)
            #expect(pushed.staleMarks.isEmpty)
            #expect(try await MarkSyncTests.mark(.submitted, of: Self.key, on: county) == later)
            #expect(try await MarkSyncTests.status(Self.key, on: county) == .submitted)
            // Nothing is left to send
            let again = try await first.client(port: port, token: token).push()
            #expect(again.results.isEmpty)
        }
    }

    /// (b) The county was restored from a backup that holds the township's version but an older submission; the
    /// township, which had seen its later submission there, edited and submitted again before it pulled. The bare
    /// push sends its submission over the restored older one (before: `stale`, and only a pull helped).
    @Test func aSubmissionMovedHereAfterTheCountyWentBackIsSent() async throws {
        let scene = try await RestoreScene()
        defer { scene.remove() }
        let (county, township, token, backup) = (scene.county, scene.township, scene.token, scene.backup)
        let first = try await township.editCell(Self.key, index: 0, to: "5", time: testTime(0)).revision.id
        _ = try await township.repository.mark(Self.key.description, as: .submitted, author: "李娟")
        try await withServer(county) { port in
            let client = township.client(port: port, token: token)
            _ = try await client.sync()
            try await township.editCell(Self.key, index: 1, to: "7", time: testTime(10))
            _ = try await client.push()
            _ = try await county.repository.backup(to: backup)
            // After the backup: the second version submitted, and seen there with the county's time of it
            try await MarkSyncTests.nextSecond()
            _ = try await township.repository.mark(Self.key.description, as: .submitted, author: "李娟")
            _ = try await client.sync()
            _ = try await client.pull()
        }
        try await MarkSyncTests.nextSecond()
        let third = try await township.editCell(Self.key, index: 2, to: "9", time: testTime(20)).revision.id
        _ = try await township.repository.mark(Self.key.description, as: .submitted, author: "李娟")
        let restored = try TestNode("county", restoring: backup)
        defer { restored.remove() }
        #expect(try await MarkSyncTests.mark(.submitted, of: Self.key, on: restored) == first)
        try await withServer(restored) { port in
            let client = township.client(port: port, token: token)
            let pushed = try await client.push()
            let result = try #require(pushed.results.first { $0.ref == .mark(.submitted) })
            #expect(result.status == .moved)
            #expect(try await MarkSyncTests.mark(.submitted, of: Self.key, on: restored) == third)
            #expect(try await restored.drafts()[Self.key] == third)
            let again = try await client.push()
            #expect(again.results.isEmpty)
        }
    }

    /// (b) Not a restore: both computers had seen the first submission; the other one submitted its own version
    /// since, and this one, without pulling, submits another that does not hold it. The county's stands (`stale`),
    /// and the push says what the county lists and that this node had seen the mark there before.
    @Test func aSubmissionOverAnotherComputersNewerOneIsRefused() async throws {
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
            let theirs = try await second.editCell(Self.key, index: 1, to: "7", time: testTime(10)).revision.id
            try await MarkSyncTests.nextSecond()
            _ = try await second.repository.mark(Self.key.description, as: .submitted, author: "李娟")
            _ = try await second.client(port: port, token: token).push()
            try await first.editParagraph(Self.key, index: 0, to: "第一台电脑改的段落。", time: testTime(20))
            try await MarkSyncTests.nextSecond()
            _ = try await first.repository.mark(Self.key.description, as: .submitted, author: "李娟")
            let pushed = try await first.client(port: port, token: token).push()
            let result = try #require(pushed.results.first { $0.ref == .mark(.submitted) })
            #expect(result.status == .stale)
            #expect(result.current == theirs)
            let stale = try #require(pushed.staleMarks.first)
            #expect(stale.mark == .submitted && stale.seenBefore && stale.moved != nil)
            #expect(try await MarkSyncTests.mark(.submitted, of: Self.key, on: county) == theirs)
        }
    }
}

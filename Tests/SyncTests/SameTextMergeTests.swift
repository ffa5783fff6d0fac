import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI
import SyncClient
import Testing

/// Two heads that hold the same text (the county and a township both drafted the new year, or both merged the same
/// conflict) are no conflict: the node that meets them records a merge of the two, made from the two revisions alone,
/// and the other fast-forwards to it. Before, a sync opened a conflict the clerk had to merge by hand.
@Suite struct SameTextMergeTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    @Test func theCountyAndTwoComputersThatWroteTheSameTextEndOnOneMergeWithoutAConflict() async throws {
        let county = try TestNode("county")
        let first = try TestNode("changzhang")
        let second = try TestNode("changzhang")
        defer {
            county.remove()
            first.remove()
            second.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        try await first.editCell(Self.key, index: 0, to: "1", time: testTime(0))
        try await withServer(county) { port in
            _ = try await first.client(port: port, token: token).push()
            _ = try await second.client(port: port, token: token).pull()
            // Given the same edit made on the county and on both computers, each its own revision
            let ours = try await county.editCell(Self.key, index: 1, to: "7", time: testTime(10)).revision
            let one = try await first.editCell(Self.key, index: 1, to: "7", time: testTime(11)).revision
            let other = try await second.editCell(Self.key, index: 1, to: "7", time: testTime(12)).revision
            #expect(ours.id != one.id && ours.root == one.root && one.root == other.root)
            // The first computer's submission of its own revision travels as before
            try await first.repository.mark(Self.key.description, as: .submitted, author: "李娟")

            // When the first computer syncs
            let synced = try await first.client(port: port, token: token).sync()

            // Then it merged the county's line itself, and the county fast-forwarded to that merge
            let heads = synced.pull.reports.flatMap(\.heads)
            #expect(heads.map(\.status) == [.fastForwarded] && heads.first?.mergedSameText == true)
            let merge = try #require(try await first.drafts()[Self.key])
            let merged = try #require(try await first.repository.revisions([merge]).first)
            #expect(Set(merged.parents) == [ours.id, one.id] && merged.root == ours.root)
            #expect(merged.content.author == "自动合并")
            #expect(
                merged.content.message == "changzhang 和 county 的版本文字相同"
                    || merged.content.message == "county 和 changzhang 的版本文字相同")
            #expect(synced.push.results.first { $0.ref == .draft }?.status == .fastForwarded)
            #expect(try await county.drafts()[Self.key] == merge)
            // The audit line of each node says the revision received was merged with the draft, and into which version
            let told = try await first.repository.auditLog(report: Self.key).map(\.detail)
            #expect(told.contains { $0.contains("文字与本节点的草稿相同，已自动合并为第 3 版") }, "\(told)")
            #expect(try await county.repository.reportStates().first?.marks[.submitted] == one.id)
            // The merge has the submitted text: the report is still 已报送 on both nodes (it had read 草稿)
            #expect(try await county.repository.report(Self.key)?.status == .submitted)
            #expect(try await first.repository.report(Self.key)?.status == .submitted)

            // When the second computer syncs, it merges again (its own line is new to both), and the first follows
            let again = try await second.client(port: port, token: token).sync()
            #expect(again.pull.reports.flatMap(\.heads).first?.mergedSameText == true)
            let last = try #require(try await second.drafts()[Self.key])
            #expect(try await county.drafts()[Self.key] == last)
            let followed = try await first.client(port: port, token: token).sync()
            #expect(followed.pull.reports.flatMap(\.heads).map(\.status) == [.fastForwarded])
            #expect(followed.pull.reports.flatMap(\.heads).first?.mergedSameText == false)
            #expect(followed.push.results.isEmpty)
            let quiet = try await second.client(port: port, token: token).sync()
            #expect(quiet.pull.reports.isEmpty && quiet.push.results.isEmpty)
        }
        // Then all three agree, with no conflict opened anywhere
        let drafts = try await county.drafts()
        #expect(try await first.drafts() == drafts)
        #expect(try await second.drafts() == drafts)
        for node in [county, first, second] {
            #expect(try await node.repository.conflicts(openOnly: false).isEmpty)
            #expect(try await node.repository.fsck().isClean)
        }
        // Publishing the draft, a merge with the submitted text, is not refused as never submitted (the sample's
        // table 3 still has check errors, which are all that stands in the way)
        do {
            _ = try await county.repository.mark(Self.key.description, as: .published, author: "王审核")
            Issue.record("published despite the check errors")
        } catch .publishRefused(_, _, let obstacles, _, _) {
            #expect(obstacles.allSatisfy { if case .checkErrors = $0 { true } else { false } }, "\(obstacles)")
        } catch {
            Issue.record(error)
        }
    }

    /// Two nodes that meet the same pair at once make the very same merge: the county (a push of the bare revision)
    /// and the township (its pull) both merged, and the township's push of its merge changes nothing there.
    @Test func twoNodesMergingTheSamePairAtOnceMakeTheSameRevision() async throws {
        let county = try TestNode("county")
        let township = try TestNode("changzhang")
        defer {
            county.remove()
            township.remove()
        }
        let issued = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"])
        try await township.editCell(Self.key, index: 0, to: "1", time: testTime(0))
        try await withServer(county) { port in
            let client = township.client(port: port, token: issued.secret)
            _ = try await client.push()
            try await county.editCell(Self.key, index: 1, to: "7", time: testTime(10))
            let mine = try await township.editCell(Self.key, index: 1, to: "7", time: testTime(11)).revision
            // The township pulls the county's line and merges it here
            let pulled = try await client.pull()
            #expect(pulled.reports.flatMap(\.heads).first?.mergedSameText == true)
            let here = try #require(try await township.drafts()[Self.key])
            // Meanwhile the county receives the township's revision alone (an older node's push) and merges too
            let plan = try await township.repository.pushPlan(to: "other", states: [], scope: .all)
            let objects = try await township.repository.objects(plan.objects, scope: .all)
            let received = try await county.repository.receive(
                objects: objects.map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
                updates: [RefUpdate(report: Self.key, ref: .draft, revision: mine.id, expected: nil)],
                from: Sender(issued.token))
            #expect(received.results.first?.status == .fastForwarded)
            #expect(received.results.first?.current == here)
            let told = try await county.repository.auditLog(report: Self.key).map(\.detail)
            #expect(told.contains { $0.contains("文字与本节点的草稿相同，已自动合并为第 3 版") }, "\(told)")
            // Then the township's push finds its merge there already
            let pushed = try await client.push()
            #expect(pushed.results.allSatisfy { $0.status == .unchanged })
            #expect(try await county.drafts() == township.drafts())
        }
        #expect(try await county.repository.conflicts(openOnly: false).isEmpty)
        #expect(try await township.repository.conflicts(openOnly: false).isEmpty)
    }

    /// A merge a pull made is sent by the next sync, though that sync's pull lists nothing new: a pull that changed
    /// only what came from the remote lets the next push pass over the report, and this one made a revision the
    /// remote lacks. (The county kept the township's line as a second head, then typed the same text itself.)
    @Test func aMergeMadeByAPullIsSentByTheNextSync() async throws {
        let county = try TestNode("county")
        let township = try TestNode("changzhang")
        defer {
            county.remove()
            township.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        try await township.editCell(Self.key, index: 0, to: "1", time: testTime(0))
        try await withServer(county) { port in
            let client = township.client(port: port, token: token)
            _ = try await client.sync()
            // Given the township's edit kept on the county as a second head, and the county then writing the same
            try await county.editCell(Self.key, index: 1, to: "5", time: testTime(10))
            try await township.editCell(Self.key, index: 1, to: "7", time: testTime(11))
            #expect(try await client.push().results.map(\.status) == [.conflict])
            try await county.editCell(Self.key, index: 1, to: "7", time: testTime(12))
            // When the township pulls: it merges the two lines of the same text here
            let pulled = try await client.pull()
            #expect(pulled.reports.flatMap(\.heads).contains { $0.mergedSameText })

            let synced = try await client.sync()

            // Then its next sync sends the merge, which closes the county's conflict
            #expect(synced.push.results.map(\.status) == [.fastForwarded])
            #expect(try await county.drafts() == township.drafts())
            #expect(try await county.repository.conflicts().isEmpty)
        }
    }
}

import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI
import SyncClient
import SyncServer
import Testing

/// The change sequence (Schema/sync-protocol.md, "Change sequence"): after a first sync, a sync with nothing to do
/// is one small request whatever the number of reports, and every change on either side still travels.
@Suite struct ChangeSequenceTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// Gives a node reports of `count` agencies (`a00`, `a01`, …) for 2024.
    static func addReports(_ count: Int, to node: TestNode) async throws {
        for index in 0..<count {
            let agency = String(format: "a%02d", index)
            try await node.editCell(
                ReportKey(agency: agency, year: 2024), index: 0, to: "\(index)", time: testTime(index))
        }
    }

    @Test func aSyncWithNothingToDoIsOneSmallRequestWhateverTheNumberOfReports() async throws {
        var noOps: [TransferStatistics] = []
        var firsts: [TransferStatistics] = []
        for reports in [3, 30] {
            let county = try TestNode("county")
            let township = try TestNode("clerk")
            defer {
                county.remove()
                township.remove()
            }
            try await Self.addReports(reports, to: county)
            let token = try await county.repository.issueToken(label: "县", scope: .all).secret
            let (first, noOp) = try await withServer(county) { port in
                let client = township.client(port: port, token: token)
                // Given a first sync that brought everything, and a township edit synced since
                let first = try await client.sync().statistics
                try await township.editCell(ReportKey(agency: "a00", year: 2024), index: 1, to: "9")
                let pushed = try await client.sync()
                #expect(pushed.push.results.map(\.status) == [.fastForwarded])
                // (its own change comes back once in the next listing: nothing to take, nothing to send)
                let echo = try await client.sync()
                #expect(echo.statistics.requests == 1)
                #expect(echo.pull.reports.isEmpty)
                // When nothing changed on either side
                let noOp = try await client.sync()
                // Then the sync is one request of a few hundred bytes, and changes nothing
                #expect(noOp.statistics.requests == 1)
                #expect(noOp.pull.listing.reports.isEmpty)
                #expect(noOp.push.results.isEmpty)
                #expect(try await county.drafts() == township.drafts())
                return (first, noOp.statistics)
            }
            firsts.append(first)
            noOps.append(noOp)
        }
        for noOp in noOps {
            #expect(noOp.bytesSent + noOp.bytesReceived < 600)
            #expect(noOp.objectsSent + noOp.objectsReceived == 0)
        }
        // (the same at ten times the reports, where a first sync costs ten times as much)
        #expect(abs(noOps[0].bytesSent - noOps[1].bytesSent) < 8)
        #expect(abs(noOps[0].bytesReceived - noOps[1].bytesReceived) < 8)
        #expect(firsts[1].bytesReceived > 3 * firsts[0].bytesReceived)
    }

    @Test func aSyncAfterPullsAloneIsOneRequestToo() async throws {
        let county = try TestNode("county")
        let township = try TestNode("clerk")
        defer {
            county.remove()
            township.remove()
        }
        try await Self.addReports(10, to: county)
        let token = try await county.repository.issueToken(label: "县", scope: .all).secret
        try await withServer(county) { port in
            let client = township.client(port: port, token: token)
            // Given a township that only pulled: everything, then one new revision
            _ = try await client.pull()
            try await county.editCell(ReportKey(agency: "a03", year: 2024), index: 2, to: "6")
            let one = try await client.pull()
            #expect(one.listing.reports.map(\.report) == [ReportKey(agency: "a03", year: 2024)])
            #expect(one.objectsReceived > 0)
            #expect(try await township.drafts() == county.drafts())
            // Then a sync has nothing to do, in one request
            let sync = try await client.sync()
            #expect(sync.statistics.requests == 1)
            #expect(sync.push.results.isEmpty)
        }
    }

    @Test func changesOnEitherSideAfterASyncStillTravel() async throws {
        let county = try TestNode("county")
        let township = try TestNode("changzhang")
        defer {
            county.remove()
            township.remove()
        }
        let key = Self.key
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        let reviewer = Principal(person: Person(id: 1, name: "王审核", role: .reviewer, agencies: [], created: Date()))
        let clerk = Principal(
            person: Person(id: 2, name: "李四", role: .clerk, agencies: ["changzhang"], created: Date()))
        try await township.editCell(key, index: 0, to: "1", time: testTime(0))
        try await withServer(county) { port in
            let client = township.client(port: port, token: token)
            _ = try await client.sync()
            _ = try await client.sync()
            #expect(try await client.sync().statistics.requests == 1)
            // A county correction of the draft comes down
            try await county.editCell(key, index: 5, to: "7", time: testTime(10))
            _ = try await client.sync()
            #expect(try await township.drafts() == county.drafts())
            // A township edit goes up
            try await township.editParagraph(key, index: 1, to: "乡里补充的一段话。", time: testTime(20))
            _ = try await client.sync()
            #expect(try await county.drafts() == township.drafts())
            // A township mark goes up; the county's return, with its comment, comes down
            try await township.repository.mark(key.description, as: .submitted, author: "李四")
            _ = try await client.sync()
            #expect(try await county.repository.resolve("\(key)@submitted").report == key)
            try await county.repository.mark(key.description, as: .returned, comment: "请核对表三", author: "县政务公开办")
            _ = try await client.sync()
            let returned = try #require(try await township.repository.reports().first?.mark(.returned))
            #expect(returned.comment?.comment == "请核对表三")
            // A county comment comes down; the township's answer goes up
            let report = try await county.repository.report(at: key.description)
            let cell = try #require(CommentAnchor.all(in: report).first { $0.unit.contains("cell:") }).unit
            let comment = try await county.repository.addComment(
                on: key.description, at: cell, text: "请核对", by: reviewer, time: testTime(30))
            _ = try await client.sync()
            #expect(try await township.repository.comments(of: key).map(\.id) == [comment.id])
            try await township.repository.answer(
                comment: comment.id.hex, in: key, text: "已改", by: clerk, time: testTime(31))
            _ = try await client.sync()
            #expect(try await county.repository.comments(of: key).first?.replies.map(\.text) == ["已改"])
            // Both edit the same draft: the conflict opens on both nodes, and the township's merge closes it on both
            try await county.editCell(key, index: 6, to: "8", time: testTime(40))
            try await township.editParagraph(key, index: 2, to: "乡里又改了一段。", time: testTime(41))
            _ = try await client.sync()
            #expect(try await township.repository.conflicts().count == 1)
            #expect(try await county.repository.conflicts().count == 1)
            _ = try await township.repository.mergeHeads(of: key, author: "李四", time: testTime(50))
            _ = try await client.sync()
            #expect(try await township.repository.conflicts().isEmpty)
            #expect(try await county.repository.conflicts().isEmpty)
            #expect(try await county.drafts() == township.drafts())
            // And once all that settled, a sync is one request again
            _ = try await client.sync()
            let noOp = try await client.sync()
            #expect(noOp.statistics.requests == 1)
            #expect(noOp.statistics.bytesSent + noOp.statistics.bytesReceived < 600)
        }
        #expect(try await county.repository.fsck().isClean)
        #expect(try await township.repository.fsck().isClean)
    }

    @Test func aTownshipsListingSinceASequenceNeverNamesAnotherAgencysReport() async throws {
        let county = try TestNode("county")
        defer { county.remove() }
        let other = ReportKey(agency: "dongfeng", year: 2024)
        try await county.editCell(Self.key, index: 0, to: "1", time: testTime(0))
        try await county.editCell(other, index: 0, to: "2", time: testTime(1))
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        let app = buildNodeApplication(
            repository: county.repository, configuration: .init(port: 0, logger: TestNode.logger))
        try await app.test(.router) { client in
            func pull(_ request: PullRequest) async throws -> RefsListing {
                try await client.execute(
                    uri: "/v1/pull", method: .post,
                    headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                    body: ByteBuffer(bytes: Array(try JSONEncoder().encode(request)))
                ) { response in
                    #expect(response.status == .ok)
                    let batch = try ObjectBatch.decode(Array(response.body.readableBytesView))
                    #expect(batch.objects.isEmpty)
                    return try JSONDecoder().decode(PullHeader.self, from: Data(batch.header)).listing
                }
            }
            // Since the start, and naming the other agency's report: only its own report is listed
            let first = try await pull(PullRequest(have: [], since: 0, reports: [other], listOnly: true))
            #expect(first.reports.map(\.report) == [Self.key])
            let sequence = try #require(first.sequence)
            // When only the other agency's report changes, nothing is listed (the sequence moved: something
            // changed somewhere, never what)
            try await county.editCell(other, index: 1, to: "3", time: testTime(2))
            try await county.repository.mark(other.description, as: .submitted, author: "东风乡")
            let later = try await pull(PullRequest(have: [], since: sequence, reports: [other], listOnly: true))
            #expect(later.reports.isEmpty)
            #expect(try #require(later.sequence) > sequence)
            // Naming it alone, with objects, lists nothing and sends nothing
            let named = try await pull(PullRequest(have: [], reports: [other]))
            #expect(named.reports.isEmpty)
            // (a sequence below 0 is no sequence)
            try await client.execute(
                uri: "/v1/pull", method: .post,
                headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                body: ByteBuffer(string: #"{"protocolVersion": 2, "have": [], "since": -1}"#)
            ) { response in
                #expect(response.status == .badRequest)
            }
            // When its own report changes, it is listed
            try await county.editCell(Self.key, index: 1, to: "4", time: testTime(3))
            let own = try await pull(PullRequest(have: [], since: sequence, listOnly: true))
            #expect(own.reports.map(\.report) == [Self.key])
        }
    }

    @Test func aRemoteWhoseStoreWasReplacedIsPulledInFullAndStillSyncs() async throws {
        let county = try TestNode("county")
        let replacement = try TestNode("county")
        let township = try TestNode("clerk")
        defer {
            county.remove()
            replacement.remove()
            township.remove()
        }
        // Given a county node that went far in its sequence, synced with the township
        try await Self.addReports(6, to: county)
        for index in 1..<6 { try await county.editCell(ReportKey(agency: "a00", year: 2024), index: index, to: "5") }
        try await replacement.editCell(ReportKey(agency: "a07", year: 2024), index: 0, to: "7", time: testTime(7))
        let token = try await county.repository.issueToken(label: "县", scope: .all).secret
        let replacementToken = try await replacement.repository.issueToken(label: "县", scope: .all).secret
        try await withServer(county) { port in
            _ = try await township.client(port: port, token: token).sync()
        }
        let since = try #require(try await township.repository.remoteSyncState(remote: "county").since)
        // When the remote of that name is now a store whose sequence is behind what the township took in
        try await withServer(replacement) { port in
            let client = township.client(port: port, token: replacementToken)
            let sync = try await client.sync()
            // Then the township pulls everything it lists, and pushes what it lacks
            #expect(sync.pull.listedAll)
            #expect(try await township.drafts()[ReportKey(agency: "a07", year: 2024)] != nil)
            #expect(try await replacement.drafts() == township.drafts())
            let remembered = try #require(try await township.repository.remoteSyncState(remote: "county").since)
            #expect(remembered < since)
            // And it syncs on from there: a change there comes down, then nothing is one request
            try await replacement.editCell(ReportKey(agency: "a07", year: 2024), index: 1, to: "8")
            _ = try await client.sync()
            #expect(try await township.drafts() == replacement.drafts())
            _ = try await client.sync()
            #expect(try await client.sync().statistics.requests == 1)
        }
    }

    /// The county's store restored from a backup older than a township's push: the township's next push sends what
    /// the county lacks again, though it saw the county hold it (it had been refused every time with
    /// `对象 … 引用了仓库中没有的对象 …` until the remote was removed and added again).
    @Test func aPushToARemoteRestoredFromAnOlderBackupSendsWhatItLacks() async throws {
        let county = try TestNode("county")
        let restored = try TestNode("county")
        let township = try TestNode("clerk")
        defer {
            county.remove()
            restored.remove()
            township.remove()
        }
        try await township.editCell(Self.key, index: 0, to: "1", time: testTime(1))
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        let restoredToken = try await restored.repository.issueTownshipToken(
            label: "常张乡", agencies: ["changzhang"]
        ).secret
        try await withServer(county) { port in
            _ = try await township.client(port: port, token: token).push()
        }
        #expect(try await county.drafts() == township.drafts())
        // The township edits on; the county's store is now a copy from before the first push
        try await township.editCell(Self.key, index: 1, to: "2", time: testTime(2))
        try await withServer(restored) { port in
            let push = try await township.client(port: port, token: restoredToken).push()
            #expect(push.results.allSatisfy { $0.status == .created }, "\(push.results)")
            #expect(try await restored.drafts() == township.drafts())
            #expect(try await restored.repository.fsck().problems.isEmpty)
        }
    }
}

import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncClient
import Testing

/// The county reviewer comments on a township's report, then the county merges the report's agency id into another
/// (`nianbao agency merge changzhang czx`) before the township pulled the comment. On the county the comment stays
/// with the report (`StoreReading.notesFollowingMerges`), but the sync listing sent a report's own notes only: the
/// township never got it, and `nianbao comments czx/2024` there said there were none. The listing now carries the
/// notes of the ids merged into the report's agency, the township takes them, and lists them as the county does.
@Suite struct MergedAgencyNoteSyncTests {
    static let old = ReportKey(agency: "changzhang", year: 2024)
    static let new = ReportKey(agency: "czx", year: 2024)
    static let reviewer = Principal(
        person: Person(id: 1, name: "王审核", role: .reviewer, agencies: [], created: Date()))
    static let clerk = Principal(person: Person(id: 2, name: "李四", role: .clerk, agencies: ["czx"], created: Date()))

    @Test func aCommentWrittenUnderTheMergedAwayIdReachesTheTownship() async throws {
        let county = try TestNode("county")
        let township = try TestNode("常张乡")
        defer {
            county.remove()
            township.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        try await county.repository.addAgency(id: "czx", name: "长子县常张乡", by: "县政务公开办")
        try await township.editCell(Self.old, index: 0, to: "5", time: testTime(0))
        try await withServer(county) { port in
            // (registered, as `nianbao remote add` does: the township's node knows its token is a township's)
            try await township.repository.addRemote(
                Remote(name: "county", url: "http://127.0.0.1:\(port)", token: token))
            let client = township.client(port: port, token: token)
            _ = try await client.sync()
            // Given the county's comment on the report under its old id, which the township has not pulled
            let report = try await county.repository.report(at: Self.old.description)
            let cell = try #require(CommentAnchor.all(in: report).first { $0.unit.contains("cell:") }).unit
            let comment = try await county.repository.addComment(
                on: Self.old.description, at: cell, text: "请核对合计", by: Self.reviewer, time: testTime(10))
            // When the county merges the id into czx and the township pulls (a full pull: its token's reach changed)
            _ = try await county.repository.mergeAgency("changzhang", into: "czx", author: "县", time: testTime(20))
            let pulled = try await client.pull()
            #expect(pulled.reports.first { $0.report == Self.new }?.notes.map(\.id) == [comment.id])
            // Then the township lists the comment with the report, by the number the county gives it
            let threads = try await township.repository.comments(of: Self.new)
            #expect(threads.map(\.id) == [comment.id])
            #expect(threads.first?.number == 1)
            #expect(threads.first?.comment.via == "county")
            #expect(
                threads.map(\.id) == (try await county.repository.comments(of: Self.new)).map(\.id))
            // So does a second computer of the township that never had anything under the old id
            let fresh = try TestNode("常张乡-2")
            defer { fresh.remove() }
            _ = try await fresh.client(port: port, token: token).pull()
            #expect(try await fresh.repository.comments(of: Self.new).map(\.id) == [comment.id])
            // The clerk there cannot answer it (the answer could not reach the county), and is told so by name
            let refusal = RepositoryError.workflow(
                .commentOfMergedAgency(author: "王审核", number: 1, agency: "changzhang", into: "长子县常张乡"))
            #expect(
                refusal.description
                    == "王审核的批注 1 写在合并前的机关编号 changzhang 名下（县里已把这个编号并入 长子县常张乡）："
                    + "本机的回复送不到县里。请登录县里的网页回复这条批注。什么也没有改动。")
            await #expect(
                throws: RepositoryError.workflow(
                    .commentOfMergedAgency(author: "王审核", number: 1, agency: "changzhang", into: "长子县常张乡"))
            ) {
                try await township.repository.answer(comment: "1", in: Self.new, text: "已改", by: Self.clerk)
            }
            // The county answers it, under the old id as the comment is: the next pull (listing only what changed
            // since) brings the answer too
            _ = try await county.repository.answer(
                comment: "1", in: Self.new, text: "合计已核实，不用改", by: Self.reviewer, time: testTime(30))
            let again = try await client.pull()
            #expect(again.reports.first { $0.report == Self.new }?.notes.count == 1)
            let answered = try await township.repository.comments(of: Self.new)
            #expect(answered.first?.replies.map(\.text) == ["合计已核实，不用改"])
            // And a sync after it has nothing more to do
            let synced = try await client.sync()
            #expect(synced.pull.reports.isEmpty)
            #expect(synced.push.results.isEmpty && synced.push.notesSent.isEmpty)
        }
    }
}

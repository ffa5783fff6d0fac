import Foundation
import HTTPTypes
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// A revision another node pushed says who wrote it, when and where — and can say anything: a township's token can
/// send one naming the county's reviewer, the county's own node and a time to come. The pages show what this node
/// knows beside it: who sent it and when it arrived; the audit log has a line for the push.
@Suite struct WebRevisionReceiptTests {
    @Test func aPushedRevisionIsShownWithWhoSentItWhateverItClaims() async throws {
        let fixture = try await WebFixture.make()
        let repository = fixture.repository
        let token = try #require(try await repository.tokens().first { $0.label == "常张乡" })
        let head = fixture.revisions2024[1]
        let base = try await repository.report(at: head.id.hex)
        let (root, objects) = ObjectGraph.objects(of: SampleReport.settingTable3Cell(of: base, index: 0, to: "9"))
        let claimed = RevisionContent(
            report: WebFixture.changzhang2024, root: root, parents: [head.id], author: "王审核", node: "county",
            time: Date(timeIntervalSince1970: 1_900_000_000), message: "县审核：已核对表三")
        let revision = EncodedObject(.revision(claimed))
        let received = Date(timeIntervalSince1970: 1_736_400_000)
        let outcome = try await repository.receive(
            objects: (objects + [revision]).map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [
                RefUpdate(report: WebFixture.changzhang2024, ref: .draft, revision: revision.id, expected: head.id)
            ],
            from: Sender(token), time: received)
        #expect(outcome.results.first?.status == .fastForwarded)
        // The receipt is the node's own record: the token's label and this node's time
        let receipt = try await repository.receipts(of: [revision.id, head.id])
        #expect(receipt[revision.id] == RevisionReceipt(sender: "常张乡", received: received))
        #expect(receipt[head.id] == nil)
        // The audit log says who brought it
        let log = try await repository.auditLog(report: WebFixture.changzhang2024)
        #expect(log.contains { $0.action == "sync" && $0.person == "常张乡" && $0.revision == revision.id.hex })
        try await fixture.test { client in
            let county = Web.cookie(fixture.county)
            let sent = "由 <bdi>常张乡</bdi> 同步送来，本节点收到于 <span class=\"nowrap\">2025-01-09 13:20</span>"
            let page = Web.text(
                try await client.execute(uri: "/reports/changzhang/2024", method: .get, headers: county))
            #expect(page.contains(sent))
            let history = Web.text(
                try await client.execute(uri: "/reports/changzhang/2024/history", method: .get, headers: county))
            // On its row only: the revisions made here say nothing of the kind
            #expect(history.components(separatedBy: "同步送来").count - 1 == 1)
            #expect(history.contains(sent))
            // The board's author column says who sent it, not the county's reviewer alone (rv102 F3)
            let board = Web.text(try await client.execute(uri: "/?year=2024", method: .get, headers: county))
            #expect(board.contains("王审核（常张乡 同步送来）"))
        }
        #expect(try await repository.report(WebFixture.changzhang2024)?.headMaker.name(in: .chinese) == "王审核（常张乡 同步送来）")
    }

    /// A push naming this node and the author of the draft's side opens a conflict: its side is headed by who sent
    /// it, not as a second 李明（county） told apart by version and time alone (rv102 F3 addendum).
    @Test func aConflictsPushedSideNamingThisNodeIsHeadedByWhoSentIt() async throws {
        let fixture = try await WebFixture.make()
        let repository = fixture.repository
        let token = try #require(try await repository.tokens().first { $0.label == "常张乡" })
        let first = fixture.revisions2024[0]
        let base = try await repository.report(at: first.id.hex)
        let (root, objects) = ObjectGraph.objects(of: SampleReport.settingTable3Cell(of: base, index: 0, to: "4"))
        let claimed = RevisionContent(
            report: WebFixture.changzhang2024, root: root, parents: [first.id], author: "李明", node: "county",
            time: Date(timeIntervalSince1970: 1_736_310_000), message: "新收申请改为4件")
        let revision = EncodedObject(.revision(claimed))
        let outcome = try await repository.receive(
            objects: (objects + [revision]).map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [
                RefUpdate(report: WebFixture.changzhang2024, ref: .draft, revision: revision.id, expected: first.id)
            ],
            from: Sender(token), time: Date(timeIntervalSince1970: 1_736_400_000))
        #expect(outcome.results.first?.status == .conflict)
        try await fixture.test { client in
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024/conflict", method: .get, headers: Web.cookie(fixture.county)))
            #expect(page.contains("<dt>李明（county）</dt>"))
            #expect(page.contains("<dt>李明（常张乡 同步送来）</dt>"))
        }
    }

    /// An answer to a comment has the same freedom (a township's token could sign it with the reviewer's name): the
    /// report page shows beside it, in the comment list and in the text, who brought it and when.
    @Test func anAnswerBroughtBySyncIsShownWithWhoBroughtIt() async throws {
        let fixture = try await WebFixture.make()
        let repository = fixture.repository
        let token = try #require(try await repository.tokens().first { $0.label == "常张乡" })
        let comment = try await repository.addComment(
            on: WebFixture.changzhang2024.description, at: "section:一", text: "请核对", by: Principal(author: "王审核"),
            time: Date(timeIntervalSince1970: 1_736_390_000)
        ).comment
        let received = Date(timeIntervalSince1970: 1_736_400_000)
        let answer = Note(
            kind: .reply, report: WebFixture.changzhang2024, revision: comment.revision, target: comment.id,
            text: "县里同意删除表三", author: "王审核", time: received.addingTimeInterval(-60))
        _ = try await repository.receive(objects: [], updates: [], notes: [answer], from: Sender(token), time: received)
        try await fixture.test { client in
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.county)))
            let sent = "由 <bdi>常张乡</bdi> 同步送来，本节点收到于 <span class=\"nowrap\">2025-01-09 13:20</span>"
            // In the list of comments and beside the section, for the answer only: the comment was written here
            #expect(page.components(separatedBy: sent).count - 1 == 2)
            #expect(page.components(separatedBy: "同步送来").count - 1 == 2)
            #expect(page.contains("<bdi>王审核</bdi> · 2025-01-09 13:19 · <span class=\"sub\">\(sent)</span>"))
        }
    }
}

import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI
import SyncClient
import Testing

/// Comments, answers and finding decisions travel between a county node and a township over the real sync server:
/// the county's comment and decision reach the township by pull, the township's answer and resolution reach the
/// county by push, each once, under the same names; a township's token cannot send a decision.
@Suite struct NoteSyncTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    @Test func commentsAnswersAndDecisionsTravelBothWays() async throws {
        let county = try TestNode("county")
        let township = try TestNode("changzhang")
        defer {
            county.remove()
            township.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        let reviewer = Principal(person: Person(id: 1, name: "王审核", role: .reviewer, agencies: [], created: Date()))
        let clerk = Principal(
            person: Person(id: 2, name: "李四", role: .clerk, agencies: ["changzhang"], created: Date()))
        // The township's report does not add up in table 3
        try await township.editCell(Self.key, index: 0, to: "5", time: testTime(0))
        try await withServer(county) { port in
            let client = township.client(port: port, token: token)
            _ = try await client.push()
            // The county comments on a cell and dismisses a finding
            let report = try await county.repository.report(at: Self.key.description)
            let cell = try #require(CommentAnchor.all(in: report).first { $0.unit.contains("cell:") }).unit
            let comment = try await county.repository.addComment(
                on: Self.key.description, at: cell, text: "请核对", by: reviewer, time: testTime(10))
            let finding = try #require(
                try await county.repository.decidedFindings(of: Self.key.description).first {
                    $0.isReportError
                })
            try await county.repository.decide(
                finding: finding.key, on: Self.key.description, verdict: .dismissed, reason: "已核实", by: reviewer,
                time: testTime(11))
            // When the township pulls, it has both, under the same names, as having come from the county
            _ = try await client.pull()
            let pulled = try await township.repository.comments(of: Self.key)
            #expect(pulled.map(\.id) == [comment.id])
            #expect(pulled.first?.comment.via == "county")
            #expect(pulled.first?.comment.author == "王审核")
            let decided = try await township.repository.decidedFindings(of: Self.key.description)
            #expect(decided.first { $0.key == finding.key }?.isDismissed == true)
            // The township answers and resolves; a sync brings both to the county
            try await township.repository.answer(
                comment: comment.id.hex, in: Self.key, text: "已改", by: clerk, time: testTime(20))
            try await township.repository.answer(
                comment: comment.id.hex, in: Self.key, text: "", resolving: true, by: clerk, time: testTime(21))
            _ = try await client.sync()
            let there = try #require(try await county.repository.comments(of: Self.key).first)
            #expect(there.replies.map(\.text) == ["已改"])
            #expect(there.replies.first?.via == "常张乡")
            #expect(there.isResolved)
            // Syncing again sends nothing more, and both nodes hold the same notes
            let again = try await client.sync()
            #expect(again.push.statistics.requests == 0)
            let countyNotes = try await county.repository.reportStates().first?.notes?.map(\.id)
            let townshipNotes = try await township.repository.reportStates().first?.notes?.map(\.id)
            #expect(countyNotes == townshipNotes)
            #expect(countyNotes?.count == 4)
        }
    }

    @Test func aTownshipTokenCannotSendADecisionNorACommentAndARefusalStoresNothing() async throws {
        let county = try TestNode("county")
        defer { county.remove() }
        try await county.editCell(Self.key, index: 0, to: "5", time: testTime(0))
        let decision = Note(
            kind: .decision, report: Self.key, anchor: "t3-identity-0000000000", verdict: .dismissed, text: "x",
            author: "假冒", time: testTime(5))
        let comment = Note(
            kind: .comment, report: Self.key, anchor: "section:一", text: "好", author: "乡", time: testTime(5))
        let township = Sender(label: "常张乡", scope: .agencies(["changzhang"]))
        await #expect(throws: RepositoryError.people(.notAllowed(role: .clerk, action: .decide))) {
            _ = try await county.repository.receive(objects: [], updates: [], notes: [decision], from: township)
        }
        // Nor a comment: a clerk cannot write one on the pages either
        await #expect(throws: RepositoryError.people(.notAllowed(role: .clerk, action: .comment))) {
            _ = try await county.repository.receive(
                objects: [], updates: [], notes: [comment, decision], from: township)
        }
        let other = Sender(label: "大庄乡", scope: .agencies(["dazhuang"]))
        await #expect(throws: RepositoryError.outOfScope(agency: "changzhang")) {
            _ = try await county.repository.receive(objects: [], updates: [], notes: [comment], from: other)
        }
        #expect(try await county.repository.comments(of: Self.key).isEmpty)
        // The county's own token may send both
        _ = try await county.repository.receive(
            objects: [], updates: [], notes: [comment, decision], from: Sender(label: "县", scope: .all))
        #expect(try await county.repository.comments(of: Self.key).count == 1)
    }

    @Test func aTownshipNoteOnARevisionOfAnotherReportIsRefusedLikeOneNobodyHas() async throws {
        // Given a county that holds 常张乡's 2024 and 2023 reports and 大庄乡's 2024 report
        let county = try TestNode("county")
        defer { county.remove() }
        let own = try await county.editCell(Self.key, index: 0, to: "5", time: testTime(0)).revision
        let lastYear = try await county.editCell(
            ReportKey(agency: "changzhang", year: 2023), index: 0, to: "6", time: testTime(1)
        ).revision
        let others = try await county.editCell(
            ReportKey(agency: "dazhuang", year: 2024), index: 0, to: "7", time: testTime(2)
        ).revision
        let township = Sender(label: "常张乡", scope: .agencies(["changzhang"]))
        let asked = try await county.repository.addComment(
            on: Self.key.description, at: "section:一", text: "请核对", by: Principal(author: "县"), time: testTime(3)
        ).comment
        func comment(on revision: ObjectID, _ text: String) -> Note {
            Note(
                kind: .reply, report: Self.key, revision: revision, target: asked.id, text: text, author: "乡",
                time: testTime(5))
        }
        // When 常张乡 sends an answer on its 2024 report that names 大庄乡's revision, its own 2023 one, or an id
        // nobody has
        let nobodys = ObjectID.hashing(Array("nobody's revision".utf8))
        for revision in [others.id, lastYear.id, nobodys] {
            // Then each is refused the same way, as a revision the node does not have, and nothing is stored
            await #expect(throws: RepositoryError.store(.revisionNotFound(revision))) {
                _ = try await county.repository.receive(
                    objects: [], updates: [], notes: [comment(on: revision, "错")], from: township)
            }
        }
        #expect(try await county.repository.comments(of: Self.key).first?.replies.isEmpty == true)
        // And an answer on the report's own revision, and one on a revision sent in the same request, are taken
        let edited = SampleReport.settingTable3Cell(of: try await county.document(Self.key), index: 1, to: "8")
        let (root, objects) = ObjectGraph.objects(of: edited)
        let theirs = EncodedObject(
            .revision(
                RevisionContent(
                    report: Self.key, root: root, parents: [own.id], author: "乡", node: "changzhang", time: testTime(6),
                    message: "township")))
        _ = try await county.repository.receive(
            objects: (objects + [theirs]).map { ReceivedObject(id: $0.id, bytes: $0.bytes) }, updates: [],
            notes: [comment(on: own.id, "好"), comment(on: theirs.id, "也好")], from: township)
        #expect(try await county.repository.comments(of: Self.key).first?.replies.count == 2)
    }

    @Test func aPushLeavesOutACommentTheTownshipWroteOnItsOwnNodeAndTheAnswersToIt() async throws {
        // Given a township that answered the county's comment, and wrote a comment of its own on its own node (as
        // its node's administrator) and answered that too
        let county = try TestNode("county")
        let township = try TestNode("changzhang")
        defer {
            county.remove()
            township.remove()
        }
        try await county.editCell(Self.key, index: 0, to: "5", time: testTime(0))
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        try await withServer(county) { port in
            let client = township.client(port: port, token: token)
            _ = try await client.pull()
            let asked = try await county.repository.addComment(
                on: Self.key.description, at: "section:一", text: "请核对", by: Principal(author: "县"), time: testTime(10)
            ).comment
            _ = try await client.pull()
            let clerk = Principal(author: "常张乡党政办")
            try await township.repository.answer(
                comment: asked.id.hex, in: Self.key, text: "已核对", by: clerk, time: testTime(20))
            let own = try await township.repository.addComment(
                on: Self.key.description, at: "section:二", text: "自己记一下", by: clerk, time: testTime(21)
            ).comment
            try await township.repository.answer(
                comment: own.id.hex, in: Self.key, text: "记好了", by: clerk, time: testTime(22))
            // When it syncs, the push goes through (the county would refuse the whole of it for either)
            let synced = try await client.sync()
            #expect(synced.push.statistics.requests > 0)
            // Then the county has the answer to its comment, and neither the township's comment nor its answer
            let threads = try await county.repository.comments(of: Self.key)
            #expect(threads.map(\.id) == [asked.id])
            #expect(threads.first?.replies.map(\.text) == ["已核对"])
            #expect(threads.first?.replies.first?.via == "常张乡")
            // And both stay on the township's node
            #expect(try await township.repository.comments(of: Self.key).count == 2)
        }
    }
}

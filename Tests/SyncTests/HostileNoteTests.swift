import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI
import Testing

/// Notes (comments, answers, resolutions) a township's token sends to the county's real server through
/// `POST /v1/refs/update`: it cannot write a comment (a clerk cannot on the pages), what it sends says who brought it
/// and has its audit line, names and times are held to the rules, and an answer must answer a comment of its own
/// report; a refused request leaves the county's store as it was.
@Suite struct HostileNoteTests {
    static let changzhang = HostileClientTests.changzhang
    static let dazhuang = HostileClientTests.dazhuang

    /// The county of ``HostileClientTests/County`` with the reviewer's comment on each of 常张乡's and 大庄乡's reports,
    /// and the reviewer's reply to 常张乡's.
    struct Reviewed {
        let county: HostileClientTests.County
        let comment: Note
        let othersComment: Note
        let reply: Note

        static func make() async throws -> Reviewed {
            let county = try await HostileClientTests.County.make()
            let repository = county.node.repository
            let reviewer = Principal(
                person: Person(id: 1, name: "王审核", role: .reviewer, agencies: [], created: Date()))
            let comment = try await repository.addComment(
                on: changzhang.description, at: "section:一", text: "请核对", by: reviewer, time: testTime(20)
            ).comment
            let othersComment = try await repository.addComment(
                on: dazhuang.description, at: "section:一", text: "请补充", by: reviewer, time: testTime(21)
            ).comment
            let reply = try await repository.answer(
                comment: comment.id.hex, in: changzhang, text: "补充说明", by: reviewer, time: testTime(22))
            return Reviewed(county: county, comment: comment, othersComment: othersComment, reply: reply)
        }

        /// What the county holds that a refused request must leave as it was.
        struct Snapshot: Equatable {
            let statistics: StoreStatistics
            let notes: [String]
            let audit: [String]
        }

        func snapshot() async throws -> Snapshot {
            let repository = county.node.repository
            return Snapshot(
                statistics: try await repository.statistics(),
                notes: try await repository.reportStates().flatMap { $0.notes?.map(\.id.hex) ?? [] },
                audit: try await repository.auditLog().map(\.detail))
        }
    }

    static func wire(_ note: Note) -> WireNote {
        WireNote(
            id: note.id, kind: note.kind, report: note.report, revision: note.revision, anchor: note.anchor,
            target: note.target, verdict: note.verdict, text: note.text, author: note.author,
            time: Int64(note.time.timeIntervalSince1970))
    }

    static func send(_ notes: [Note], token: String, port: Int) async throws -> WireResponse {
        try await WireClient(port: port, token: token).post(
            "/v1/refs/update", json: RefUpdateList(updates: [], notes: notes.map(wire)))
    }

    @Test func aTownshipCannotCommentAndWhatItAnswersSaysWhoBroughtIt() async throws {
        let reviewed = try await Reviewed.make()
        defer { reviewed.county.node.remove() }
        let repository = reviewed.county.node.repository
        let before = try await reviewed.snapshot()
        let now = Date()
        try await withLiveServer(repository) { port in
            // Given 常张乡's token, when it sends a comment under the reviewer's name, it is refused as the pages
            // refuse a clerk, and nothing is stored
            let forged = Note(
                kind: .comment, report: Self.changzhang, revision: reviewed.county.own, anchor: "section:一",
                text: "县里要求：请于今日下班前删除表三全部数据。", author: "王审核", time: now)
            let refused = try await Self.send([forged], token: reviewed.county.township, port: port)
            #expect(refused.status == 403)
            #expect(refused.text.contains("forbidden"))
            #expect(try await reviewed.snapshot() == before)
            // When it answers the reviewer's comment under the reviewer's name, it is taken
            let answer = Note(
                kind: .reply, report: Self.changzhang, revision: reviewed.comment.revision,
                target: reviewed.comment.id, text: "已按县里要求删除", author: "王审核", time: now)
            #expect(try await Self.send([answer], token: reviewed.county.township, port: port).status == 200)
        }
        // Then the county keeps it as brought by 常张乡's token, when it arrived, beside the name it claims
        let thread = try #require(try await repository.comments(of: Self.changzhang).first)
        let kept = try #require(thread.replies.first { $0.text == "已按县里要求删除" })
        #expect(kept.author == "王审核")
        #expect(kept.via == "常张乡")
        let received = try #require(kept.received)
        #expect(received.timeIntervalSince(now) > -5)
        // And the audit log has its line under the token, naming where the comment is and the claimed author
        let line = try #require(try await repository.auditLog(report: Self.changzhang).first { $0.action == "sync" })
        #expect(line.person == "常张乡")
        #expect(line.detail.hasPrefix("收到回复批注 一、"))
        #expect(line.detail.hasSuffix("署名 王审核"))
        // A note written here has no origin
        #expect(thread.comment.via == nil && thread.comment.received == nil)
    }

    @Test(arguments: ["\u{202E}逆序", "王\u{200B}审核", "王\u{7}审核", "王\n审核", " 王审核", "", String(repeating: "长", count: 65)])
    func anAuthorThatIsNotANameIsRefused(author: String) async throws {
        let reviewed = try await Reviewed.make()
        defer { reviewed.county.node.remove() }
        let before = try await reviewed.snapshot()
        try await withLiveServer(reviewed.county.node.repository) { port in
            let answer = Note(
                kind: .reply, report: Self.changzhang, revision: reviewed.comment.revision,
                target: reviewed.comment.id, text: "已改", author: author, time: Date())
            let response = try await Self.send([answer], token: reviewed.county.township, port: port)
            #expect(response.status == 400)
            #expect(response.text.contains("不能作为作者"))
        }
        #expect(try await reviewed.snapshot() == before)
    }

    @Test func aNoteDatedMoreThanADayAheadIsRefused() async throws {
        let reviewed = try await Reviewed.make()
        defer { reviewed.county.node.remove() }
        let before = try await reviewed.snapshot()
        try await withLiveServer(reviewed.county.node.repository) { port in
            func answer(_ ahead: TimeInterval) -> Note {
                Note(
                    kind: .reply, report: Self.changzhang, revision: reviewed.comment.revision,
                    target: reviewed.comment.id, text: "已改", author: "李四", time: Date() + ahead)
            }
            let future = try await Self.send([answer(3 * 86_400)], token: reviewed.county.township, port: port)
            #expect(future.status == 400)
            #expect(future.text.contains("晚一天以上") || future.text.contains("more than a day"))
            #expect(try await reviewed.snapshot() == before)
            // A clock a little ahead is taken
            #expect(try await Self.send([answer(3600)], token: reviewed.county.township, port: port).status == 200)
        }
    }

    @Test func anAnswerToAnythingButACommentOfItsOwnReportIsRefusedAsToACommentNobodyHas() async throws {
        // Given a county with the reviewer's comments on 常张乡's and 大庄乡's reports, and on 常张乡's 2023 report
        let reviewed = try await Reviewed.make()
        defer { reviewed.county.node.remove() }
        let repository = reviewed.county.node.repository
        let lastYear = ReportKey(agency: "changzhang", year: 2023)
        try await reviewed.county.node.editCell(lastYear, index: 0, to: "3", time: testTime(23))
        let lastYears = try await repository.addComment(
            on: lastYear.description, at: "section:一", text: "去年的", by: Principal(author: "王审核"),
            time: testTime(24)
        ).comment
        let nobodys = ObjectID.hashing(Array("nobody's comment".utf8))
        let before = try await reviewed.snapshot()
        try await withLiveServer(repository) { port in
            func answer(_ kind: NoteKind, to target: ObjectID?) -> Note {
                Note(
                    kind: kind, report: Self.changzhang, revision: reviewed.comment.revision, target: target,
                    text: "已改", author: "李四", time: Date())
            }
            let expected = try await Self.send(
                [answer(.reply, to: nobodys)], token: reviewed.county.township, port: port)
            #expect(expected.status == 400)
            // When 常张乡 answers or resolves 大庄乡's comment, its own 2023 report's, a reply, or none
            for kind in [NoteKind.reply, .resolve] {
                for target in [reviewed.othersComment.id, lastYears.id, reviewed.reply.id, nobodys] {
                    let response = try await Self.send(
                        [answer(kind, to: target)], token: reviewed.county.township, port: port)
                    // Then each is answered exactly as a comment nobody has (the id it named aside)
                    #expect(response.status == 400)
                    #expect(
                        response.text.replacingOccurrences(of: target.shortHex(8), with: nobodys.shortHex(8))
                            == expected.text)
                    #expect(!response.text.contains("dazhuang") && !response.text.contains("请补充"))
                }
            }
            let none = try await Self.send([answer(.reply, to: nil)], token: reviewed.county.township, port: port)
            #expect(none.status == 400)
            // And nothing is stored
            #expect(try await reviewed.snapshot() == before)
            // The county's own token may send a comment and its answer in one request
            let comment = Note(
                kind: .comment, report: Self.changzhang, revision: reviewed.county.own, anchor: "section:二",
                text: "另一处", author: "县政务公开办", time: Date())
            let reply = Note(
                kind: .reply, report: Self.changzhang, revision: reviewed.county.own, target: comment.id,
                text: "收到", author: "县政务公开办", time: Date())
            #expect(try await Self.send([reply, comment], token: reviewed.county.all, port: port).status == 200)
        }
        #expect(try await repository.comments(of: Self.changzhang).count == 2)
    }
}

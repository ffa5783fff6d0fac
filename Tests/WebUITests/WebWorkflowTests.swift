import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportChecks
import ReportFixtures
import ReportModel
import ReportRepository
import SyncServer
import Testing
import WebUI

/// The report page's workflow on a real server: where the report is and who moved it, comments beside the text with
/// the forms to write, answer and resolve them, and the county's decisions on findings. Every form needs its
/// anti-forgery token; a viewer sees no form and is refused; a clerk of another agency gets the answer of a report
/// that does not exist.
@Suite struct WebWorkflowTests {
    typealias People = WebPeopleTests.People

    /// Posts a form of 常张乡 2024 as a session, with the page's anti-forgery token unless `csrf` is given.
    static func post(
        _ path: String, _ fields: [(String, String)], session: HTTPFields, csrf: String? = nil,
        report: String = "changzhang/2024", client: any TestClientProtocol
    ) async throws -> TestResponse {
        var token = csrf
        if token == nil {
            let page = try await client.execute(uri: "/", method: .get, headers: session)
            token = Web.csrf(in: Web.text(page))
        }
        var headers = Web.form(nil)
        for field in session { headers.append(field) }
        return try await client.execute(
            uri: "/reports/\(report)/\(path)", method: .post, headers: headers,
            body: Web.body([("csrf", token ?? "")] + fields))
    }

    static func page(_ session: HTTPFields, client: any TestClientProtocol) async throws -> String {
        let response = try await client.execute(uri: "/reports/changzhang/2024", method: .get, headers: session)
        #expect(response.status == .ok)
        return Web.text(response)
    }

    @Test func theReviewerCommentsTheClerkAnswersAndResolves() async throws {
        let people = try await People.make()
        let repository = people.fixture.repository
        let head = people.fixture.revisions2024[1]
        let report = try await repository.report(at: head.id.hex)
        let cell = try #require(CommentAnchor.all(in: report).first { $0.unit.contains("cell:") })
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let page = try await Self.page(reviewer, client: client)
            #expect(page.contains("id=\"workflow\""))
            #expect(page.contains("下一步"))
            #expect(page.contains("action=\"/reports/changzhang/2024/comments\""))
            // Without the anti-forgery token the comment is refused and nothing is stored
            let forged = try await Self.post(
                "comments", [("revision", head.id.hex), ("anchor", cell.unit), ("text", "请核对")], session: reviewer,
                csrf: "forged", client: client)
            #expect(forged.status == .forbidden)
            #expect(try await repository.comments(of: WebFixture.changzhang2024).isEmpty)
            // With it, the comment is written under the reviewer's name and shown beside the text
            let written = try await Self.post(
                "comments", [("revision", head.id.hex), ("anchor", cell.unit), ("text", "请核对<这一格>")],
                session: reviewer, client: client)
            #expect(written.status == .seeOther || written.status == .found)
            let thread = try #require(try await repository.comments(of: WebFixture.changzhang2024).first)
            #expect(thread.comment.author == "王审核")
            let after = try await Self.page(reviewer, client: client)
            #expect(after.contains("请核对&lt;这一格&gt;"))
            #expect(after.contains(thread.place))
            // The clerk sees it with the answer form, but no form to start comments or decide findings
            let clerk = try await WebPeopleTests.session("李四", client: client)
            let clerkPage = try await Self.page(clerk, client: client)
            #expect(clerkPage.contains("请核对&lt;这一格&gt;"))
            #expect(clerkPage.contains("comments/answer"))
            #expect(!clerkPage.contains("action=\"/reports/changzhang/2024/comments\""))
            #expect(!clerkPage.contains("findings/decide"))
            #expect(clerkPage.contains("请按退回意见和批注修改") || clerkPage.contains("报送"))
            let refused = try await Self.post(
                "comments", [("revision", head.id.hex), ("anchor", cell.unit), ("text", "乡里也想写")],
                session: clerk, client: client)
            #expect(refused.status == .forbidden)
            // The clerk answers, then resolves
            let answered = try await Self.post(
                "comments/answer", [("answering", thread.id.hex), ("text", "已改"), ("resolve", "0")], session: clerk,
                client: client)
            #expect(answered.status == .seeOther || answered.status == .found)
            _ = try await Self.post(
                "comments/answer", [("answering", thread.id.hex), ("text", ""), ("resolve", "1")], session: clerk,
                client: client)
            let done = try #require(try await repository.comments(of: WebFixture.changzhang2024).first)
            #expect(done.replies.map(\.author) == ["李四"])
            #expect(done.resolution?.author == "李四")
            #expect(try await Self.page(reviewer, client: client).contains("已解决"))
            // The audit log names them
            let log = try await repository.auditLog(report: WebFixture.changzhang2024)
            #expect(log.contains { $0.action == "comment" && $0.person == "王审核" })
            #expect(log.contains { $0.action == "comment-resolve" && $0.person == "李四" })
        }
    }

    @Test func theReviewerDismissesAFindingAndItStopsCounting() async throws {
        let people = try await People.make()
        let repository = people.fixture.repository
        let head = people.fixture.revisions2024[1]
        let findings = try await repository.decidedFindings(of: [head])[head.id] ?? []
        let finding = try #require(findings.first { $0.finding.kind == .report && $0.finding.severity == .error })
        let errorsBefore = findings.filter { $0.finding.kind == .report && $0.finding.severity == .error }.count
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let page = try await Self.page(reviewer, client: client)
            #expect(page.contains("findings/decide"))
            #expect(page.contains(finding.key))
            // A dismissal without a reason is refused
            let bare = try await Self.post(
                "findings/decide", [("revision", head.id.hex), ("key", finding.key), ("verdict", "dismissed")],
                session: reviewer, client: client)
            #expect(bare.status == .badRequest)
            let dismissed = try await Self.post(
                "findings/decide",
                [("revision", head.id.hex), ("key", finding.key), ("verdict", "dismissed"), ("reason", "原表如此")],
                session: reviewer, client: client)
            #expect(dismissed.status == .seeOther || dismissed.status == .found)
            let after = try await Self.page(reviewer, client: client)
            #expect(after.contains("不予采纳"))
            #expect(after.contains("原表如此"))
            #expect(after.contains("错误 <strong class=\"n-error\">\(errorsBefore - 1)</strong>"))
            // The overview counts it no more
            let counts = try await repository.findingCounts(of: [head])[head.id]
            #expect(counts?.errors == errorsBefore - 1)
        }
    }

    @Test func aViewerSeesNoFormAndIsRefusedAndAnotherAgencysClerkIsAnsweredAsNothing() async throws {
        let people = try await People.make()
        let repository = people.fixture.repository
        _ = try await repository.addPerson(
            name: "赵六", role: .clerk, agencies: ["dazhuang"], password: People.password, by: "管理员")
        let head = people.fixture.revisions2024[1]
        let report = try await repository.report(at: head.id.hex)
        let anchor = try #require(CommentAnchor.all(in: report).first).unit
        let comment = try await repository.addComment(
            on: head.id.hex, at: anchor, text: "县里的批注", by: Principal(author: "王审核"))
        let finding = try #require(try await repository.decidedFindings(of: [head])[head.id]?.first)
        try await people.live { client in
            let viewer = try await WebPeopleTests.session("赵领导", client: client)
            let page = try await Self.page(viewer, client: client)
            #expect(page.contains("县里的批注"))
            #expect(!page.contains("<form method=\"post\" action=\"/reports/"))
            #expect(page.contains("只读查看"))
            let attempts: [(String, [(String, String)])] = [
                ("comments", [("revision", head.id.hex), ("anchor", anchor), ("text", "看看")]),
                ("comments/answer", [("answering", comment.id.hex), ("text", "看看")]),
                ("findings/decide", [("revision", head.id.hex), ("key", finding.key), ("verdict", "confirmed")]),
            ]
            for (path, fields) in attempts {
                let refused = try await Self.post(path, fields, session: viewer, client: client)
                #expect(refused.status == .forbidden, "\(path)")
            }
            // Another agency's clerk: the same answer as for a report that does not exist
            let other = try await WebPeopleTests.session("赵六", client: client)
            for (path, fields) in attempts.dropLast() {
                let hidden = try await Self.post(path, fields, session: other, client: client)
                let missing = try await Self.post(path, fields, session: other, report: "nowhere/2024", client: client)
                #expect(hidden.status == .notFound, "\(path)")
                #expect(hidden.status == missing.status)
                #expect(
                    Web.text(hidden).replacingOccurrences(of: "changzhang", with: "X")
                        == Web.text(missing).replacingOccurrences(of: "nowhere", with: "X"))
            }
        }
        let threads = try await repository.comments(of: WebFixture.changzhang2024)
        #expect(threads.count == 1)
        #expect(threads[0].replies.isEmpty)
        #expect(try await repository.decidedFindings(of: [head])[head.id]?.allSatisfy { $0.decision == nil } == true)
    }

    /// A comment and its audit line are one transaction: when the line cannot be written (here a trigger refuses it),
    /// the comment is not stored either and the page says the repository could not do it — sent again later, the
    /// comment is there once, with its line.
    @Test func aCommentWhoseAuditLineFailsIsNotStored() async throws {
        let people = try await People.make()
        let repository = people.fixture.repository
        let head = people.fixture.revisions2024[1]
        let report = try await repository.report(at: head.id.hex)
        let cell = try #require(CommentAnchor.all(in: report).first { $0.unit.contains("cell:") })
        let file = try DatabaseQueue(path: people.folder.path("county.sqlite").path)
        try await file.write { db in
            try db.execute(
                sql: "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'busy'); END")
        }
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let written = try await Self.post(
                "comments", [("revision", head.id.hex), ("anchor", cell.unit), ("text", "请核对")], session: reviewer,
                client: client)
            #expect(written.status != .seeOther && written.status != .found, "\(written.status)")
            #expect(Web.text(written).contains("仓库无法完成操作"))
            #expect(try await repository.comments(of: WebFixture.changzhang2024).isEmpty)
            #expect(try await repository.auditLog(report: WebFixture.changzhang2024).isEmpty)
        }
    }
}

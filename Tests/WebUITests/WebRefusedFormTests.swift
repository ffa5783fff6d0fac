import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportChecks
import ReportFixtures
import ReportRepository
import Testing

@testable import WebUI

/// A form the node refuses — the login ran out while the reviewer wrote, the text is too long, the page was stale —
/// does not lose what was typed: the error page shows it back to copy, exactly as written. A form another site sent
/// is never echoed.
@Suite struct WebRefusedFormTests {
    typealias People = WebPeopleTests.People

    /// A comment of several lines with characters the page must escape.
    static let written = "表三第 2 行与上年不符，\n请核对<原始台账>后再报。"

    @Test func aCommentAfterTheLoginRanOutIsShownBackToCopy() async throws {
        let people = try await People.make()
        let repository = people.fixture.repository
        let head = people.fixture.revisions2024[1]
        let report = try await repository.report(at: head.id.hex)
        let cell = try #require(CommentAnchor.all(in: report).first { $0.unit.contains("cell:") })
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let page = try await client.execute(uri: "/", method: .get, headers: reviewer)
            let csrf = try #require(Web.csrf(in: Web.text(page)))
            // The session ends (as when it runs out) while the comment is being written
            var form = Web.form(nil)
            for field in reviewer { form.append(field) }
            _ = try await client.execute(uri: "/logout", method: .post, headers: form, body: Web.body([("csrf", csrf)]))
            let refused = try await WebWorkflowTests.post(
                "comments", [("revision", head.id.hex), ("anchor", cell.unit), ("text", Self.written)],
                session: reviewer, csrf: csrf, client: client)
            #expect(refused.status == .unauthorized)
            let html = Web.text(refused)
            #expect(html.contains("登录已失效"))
            #expect(html.contains("您填写的内容没有保存"))
            #expect(html.contains("表三第 2 行与上年不符，\n请核对&lt;原始台账&gt;后再报。</textarea>"))
            // and the way back to the report, through the login page
            #expect(html.contains("href=\"/login?next=/reports/changzhang/2024\">重新登录，回到报告页</a>"))
            #expect(try await repository.comments(of: WebFixture.changzhang2024).isEmpty)
        }
    }

    /// A reply refused because the login ran out shows back the reply, never the comment's id as if it were a
    /// 退回意见 the clerk had typed.
    @Test func aReplyAfterTheLoginRanOutShowsTheReplyAndNoId() async throws {
        let people = try await People.make()
        let repository = people.fixture.repository
        let head = people.fixture.revisions2024[1]
        let report = try await repository.report(at: head.id.hex)
        let cell = try #require(CommentAnchor.all(in: report).first { $0.unit.contains("cell:") })
        let reviewer = try #require(try await repository.people().first { $0.name == "王审核" })
        let comment = try await repository.addComment(
            on: head.id.hex, at: cell.unit, text: "请核对表三", by: Principal(person: reviewer))
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("李四", client: client)
            let page = Web.text(try await client.execute(uri: "/reports/changzhang/2024", method: .get, headers: clerk))
            let csrf = try #require(Web.csrf(in: page))
            // The reply form names the comment in a field of its own
            #expect(page.contains("name=\"answering\" value=\"\(comment.id.hex)\""))
            var form = Web.form(nil)
            for field in clerk { form.append(field) }
            _ = try await client.execute(uri: "/logout", method: .post, headers: form, body: Web.body([("csrf", csrf)]))
            let refused = try await WebWorkflowTests.post(
                "comments/answer", [("answering", comment.id.hex), ("text", Self.written), ("resolve", "0")],
                session: clerk, csrf: csrf, client: client)
            #expect(refused.status == .unauthorized)
            let html = Web.text(refused)
            #expect(html.contains("批注或回复"))
            #expect(html.contains("请核对&lt;原始台账&gt;后再报。</textarea>"))
            #expect(!html.contains(comment.id.hex))
            #expect(!html.contains("退回意见"))
        }
    }

    @Test func aTooLongReturnNoteIsShownBackAndNothingIsMarked() async throws {
        let people = try await People.make()
        let fixture = people.fixture
        let repository = fixture.repository
        let head = fixture.revisions2024[1]
        try await repository.mark(head.id.hex, as: .submitted, author: "李四")
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let long = String(repeating: "请", count: ReportRepository.maxNoteLength + 1)
            let tooLong = try await WebPeopleTests.mark(
                .returned, comment: long, session: reviewer, fixture: fixture, client: client)
            #expect(tooLong.status == .badRequest)
            #expect(Web.text(tooLong).contains("<textarea readonly rows=\"4\">\(long)</textarea>"))
            #expect(Web.text(tooLong).contains("href=\"/reports/changzhang/2024\">返回报告页</a>"))
            let status = try await repository.reports().first { $0.report == WebFixture.changzhang2024 }?.status
            #expect(status == .submitted)
        }
    }

    @Test func aFormFromAnotherSiteIsNotEchoed() async throws {
        let people = try await People.make()
        let head = people.fixture.revisions2024[1]
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let csrf = try #require(
                Web.csrf(in: Web.text(try await client.execute(uri: "/", method: .get, headers: reviewer))))
            var headers = Web.form(nil, extra: [.origin: "http://evil.example"])
            for field in reviewer { headers.append(field) }
            let forged = try await client.execute(
                uri: "/reports/changzhang/2024/comments", method: .post, headers: headers,
                body: Web.body([("csrf", csrf), ("revision", head.id.hex), ("anchor", "x"), ("text", "<b>来自别处</b>")]))
            #expect(forged.status == .forbidden)
            #expect(!Web.text(forged).contains("来自别处"))
            #expect(!Web.text(forged).contains("您填写的内容没有保存"))
            #expect(!Web.text(forged).contains("返回报告页"))
        }
    }

    /// The page left open across a new login sends the old anti-forgery token: refused, but it is this site's own
    /// form, so what was typed comes back, with the way to the report. A browser's CRLF line breaks count as the box
    /// counted them: one character each.
    @Test func aFormFromAPageLeftOpenAcrossANewLoginIsShownBack() async throws {
        let people = try await People.make()
        let repository = people.fixture.repository
        let head = people.fixture.revisions2024[1]
        let report = try await repository.report(at: head.id.hex)
        let cell = try #require(CommentAnchor.all(in: report).first { $0.unit.contains("cell:") })
        try await people.live { client in
            let old = try await WebPeopleTests.session("王审核", client: client)
            let stale = try #require(
                Web.csrf(in: Web.text(try await client.execute(uri: "/", method: .get, headers: old))))
            let fresh = try await WebPeopleTests.session("王审核", client: client)
            let refused = try await WebWorkflowTests.post(
                "comments", [("revision", head.id.hex), ("anchor", cell.unit), ("text", "旧页面上写的\r\n第二行")],
                session: fresh, csrf: stale, client: client)
            #expect(refused.status == .forbidden)
            #expect(Web.text(refused).contains("旧页面上写的\n第二行</textarea>"))
            #expect(Web.text(refused).contains("href=\"/reports/changzhang/2024\">返回报告页</a>"))
            #expect(try await repository.comments(of: WebFixture.changzhang2024).isEmpty)
            // 1,000 lines of one character, CRLF between them: 1,999 characters as the box counts them, accepted
            let lines = Array(repeating: "核", count: 1000).joined(separator: "\r\n")
            let accepted = try await WebWorkflowTests.post(
                "comments", [("revision", head.id.hex), ("anchor", cell.unit), ("text", lines)], session: fresh,
                client: client)
            #expect(accepted.status == .seeOther || accepted.status == .found)
            let stored = try await repository.comments(of: WebFixture.changzhang2024).first?.comment.text
            #expect(stored?.unicodeScalars.count == 1999)
        }
    }
}

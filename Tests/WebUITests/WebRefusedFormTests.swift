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
            let forged = try await WebWorkflowTests.post(
                "comments", [("revision", head.id.hex), ("anchor", "x"), ("text", "<b>来自别处</b>")],
                session: reviewer, csrf: "forged", client: client)
            #expect(forged.status == .forbidden)
            #expect(!Web.text(forged).contains("来自别处"))
            #expect(!Web.text(forged).contains("您填写的内容没有保存"))
        }
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

/// The report page's mark forms follow the report's status and the person's role
/// (``WorkflowRules/moves(status:role:)``): a published report offers none.
@Suite struct WebMarkFormsTests {
    /// The marks whose forms a page offers.
    static func offered(_ uri: String, _ token: String, _ client: any TestClientProtocol) async throws -> Set<String> {
        let page = Web.text(try await client.execute(uri: uri, method: .get, headers: Web.cookie(token)))
        return Set(
            ["submitted", "returned", "published"].filter {
                page.contains("<input type=\"hidden\" name=\"mark\" value=\"\($0)\">")
            })
    }

    @Test func eachStatusOffersOnlyTheMovesTheRulesAllow() async throws {
        let fixture = try await WebFixture.make()
        let repository = fixture.repository
        let page = "/reports/changzhang/2024"
        try await fixture.test { client in
            // 草稿: the clerk submits; the county may submit, return (a draft it received without 报送) or publish
            // (through the publish rules)
            #expect(try await Self.offered(page, fixture.township, client) == ["submitted"])
            #expect(try await Self.offered(page, fixture.county, client) == ["submitted", "returned", "published"])
            try await repository.mark("changzhang/2024", as: .submitted, author: "李明")
            // 已报送: the county returns or publishes; the clerk waits
            #expect(try await Self.offered(page, fixture.township, client).isEmpty)
            #expect(try await Self.offered(page, fixture.county, client) == ["returned", "published"])
            try await repository.mark("changzhang/2024", as: .returned, comment: "请核对表三", author: "王审核")
            // 已退回: submitted again
            #expect(try await Self.offered(page, fixture.township, client) == ["submitted"])
            #expect(try await Self.offered(page, fixture.county, client) == ["submitted"])
            try await repository.mark("changzhang/2024", as: .submitted, author: "李明")
            try await repository.mark("changzhang/2024", as: .published, author: "王审核", overriding: "已核准")
            // 已公开: nothing more
            #expect(try await repository.report(WebFixture.changzhang2024)?.status == .published)
            #expect(try await Self.offered(page, fixture.county, client).isEmpty)
            #expect(try await Self.offered(page, fixture.township, client).isEmpty)
        }
    }

    /// The value of a hidden field of the page's form that sets `mark`.
    static func field(_ name: String, ofForm mark: String, in page: String) -> String? {
        guard let form = page.range(of: "name=\"mark\" value=\"\(mark)\"") else { return nil }
        let before = page[..<form.lowerBound]
        guard let start = before.range(of: "<form", options: .backwards) else { return nil }
        let inForm = page[start.lowerBound..<form.lowerBound]
        guard let field = inForm.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(inForm[field.upperBound...].prefix { $0 != "\"" })
    }

    /// The reviewer opened the page at 第 2 版; the township uploads 第 3 版; the reviewer's click on 公开本修订 (or
    /// on 确认公开, or 退回修改) is refused — publish nothing unseen — and the page, reloaded, publishes.
    @Test func aMarkFromAPageShowingAnOlderDraftIsRefused() async throws {
        let fixture = try await WebFixture.make()
        let repository = fixture.repository
        let uri = "/reports/changzhang/2024"
        try await fixture.test { client in
            let csrf = try await Web.csrf(for: fixture.county, client: client)
            let seen = Web.text(try await client.execute(uri: uri, method: .get, headers: Web.cookie(fixture.county)))
            let revision = try #require(Self.field("revision", ofForm: "published", in: seen))
            let draft = try #require(Self.field("draft", ofForm: "published", in: seen))
            #expect(draft == fixture.revisions2024[1].id.hex)
            #expect(Self.field("draft", ofForm: "returned", in: seen) == draft)
            // 第 3 版 arrives meanwhile
            let earlier = try await repository.report(at: draft)
            _ = try await repository.commit(
                SampleReport.settingTable3Cell(of: earlier, index: 0, to: "12"), to: WebFixture.changzhang2024,
                author: "李明", message: "改表三")
            for fields in [
                [("mark", "published")], [("mark", "published"), ("confirm", "1"), ("reason", "县政府已审定")],
                [("mark", "returned"), ("comment", "请核对表三")],
            ] {
                let response = try await client.execute(
                    uri: uri + "/mark", method: .post, headers: Web.form(fixture.county),
                    body: Web.body([("csrf", csrf), ("revision", revision), ("draft", draft)] + fields))
                #expect(response.status == .conflict, "\(fields)")
                #expect(Web.text(response).contains("已有新的修订"), "\(fields)")
            }
            #expect(try await repository.report(WebFixture.changzhang2024)?.marks.isEmpty == true)
            // Reloaded, the page shows 第 3 版 and its form goes through to the confirmation step
            let now = Web.text(try await client.execute(uri: uri, method: .get, headers: Web.cookie(fixture.county)))
            let fresh = try #require(Self.field("draft", ofForm: "published", in: now))
            #expect(fresh != draft)
            let publish = try await client.execute(
                uri: uri + "/mark", method: .post, headers: Web.form(fixture.county),
                body: Web.body([
                    ("csrf", csrf), ("revision", try #require(Self.field("revision", ofForm: "published", in: now))),
                    ("draft", fresh), ("mark", "published"),
                ]))
            #expect(publish.status == .ok)
            #expect(Web.text(publish).contains("name=\"draft\" value=\"\(fresh)\""))
        }
    }
}

/// A double-clicked 报送 (or the same form sent from a second tab) ends on the report, submitted, as the first did:
/// the second click had ended on an error page (这份报告现在是“已报送”，不能报送), which reads as if it failed.
@Suite struct WebDoubleSubmitTests {
    @Test func theSecondOfTwoIdenticalSubmissionsShowsTheReport() async throws {
        let people = try await WebPeopleTests.People.make()
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("李四", client: client)
            let first = try await WebPeopleTests.mark(
                .submitted, session: clerk, fixture: people.fixture, client: client)
            let second = try await WebPeopleTests.mark(
                .submitted, session: clerk, fixture: people.fixture, client: client)
            #expect(first.status == .seeOther)
            #expect(second.status == .seeOther, "\(Web.text(second))")
            #expect(second.headers[.location] == "/reports/changzhang/2024")
            let state = try await people.fixture.repository.report(WebFixture.changzhang2024)
            #expect(state?.status == .submitted)
        }
    }
}

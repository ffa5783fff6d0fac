import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

/// An old revision's page (历史 → 第 1 版, the draft being 第 2 版) offers no 报送/退回/公开 of that old revision, says
/// which version it is and how to use it (恢复为草稿), and a hand-made form is refused by the repository's rule; its
/// print says 第 1 版 and that it is old (user review rv103, F9, F10, F11).
@Suite struct WebOldRevisionTests {
    /// A page as a session sees it.
    static func page(_ uri: String, _ session: HTTPFields, _ client: any TestClientProtocol) async throws -> String {
        let response = try await client.execute(uri: uri, method: .get, headers: session)
        #expect(response.status == .ok, "\(uri)")
        return Web.text(response)
    }

    /// Posts the mark form a page would have had, with its fields.
    static func post(
        _ fields: [(String, String)], session: HTTPFields, client: any TestClientProtocol
    ) async throws -> TestResponse {
        let board = try await client.execute(uri: "/", method: .get, headers: session)
        let csrf = try #require(Web.csrf(in: Web.text(board)))
        var headers = Web.form(nil)
        for field in session { headers.append(field) }
        return try await client.execute(
            uri: "/reports/changzhang/2024/mark", method: .post, headers: headers,
            body: Web.body([("csrf", csrf)] + fields))
    }

    @Test func anOldRevisionsPageNeitherOffersNorTakesAMark() async throws {
        let people = try await WebPeopleTests.People.make()
        let fixture = people.fixture
        let (old, draft) = (fixture.revisions2024[0].id.hex, fixture.revisions2024[1].id.hex)
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let clerk = try await WebPeopleTests.session("李四", client: client)
            let uri = "/reports/changzhang/2024?rev=\(old)"
            for session in [reviewer, clerk] {
                let page = try await Self.page(uri, session, client)
                #expect(!page.contains("name=\"mark\" value="), "\(page)")
                #expect(page.contains("这是第 1 版，是旧修订，当前草稿是第 2 版"), "\(page)")
                #expect(page.contains("恢复为草稿"))
            }
            // The current draft's page offers them as before
            let current = try await Self.page("/reports/changzhang/2024", reviewer, client)
            #expect(current.contains("name=\"mark\" value=\"published\""))
            #expect(!current.contains("是旧修订"))
            // A form made by hand for the old revision is refused, whoever sends it, with both versions named
            for (fields, session) in [
                ([("mark", "published"), ("confirm", "1"), ("reason", "领导已审定")], reviewer),
                ([("mark", "published")], reviewer),
                ([("mark", "submitted")], clerk),
            ] {
                let response = try await Self.post(
                    [("revision", old), ("draft", draft)] + fields, session: session, client: client)
                #expect(response.status == .badRequest, "\(fields)")
                #expect(Web.text(response).contains("第 1 版是旧修订，当前草稿是第 2 版"), "\(Web.text(response))")
            }
            #expect(try await fixture.repository.report(WebFixture.changzhang2024)?.marks.isEmpty == true)
        }
    }

    @Test func anOldRevisionsPrintSaysItsNumberAndThatItIsOld() async throws {
        let fixture = try await WebFixture.make()
        let old = fixture.revisions2024[0].id.hex
        try await fixture.test { client in
            func footer(_ query: String) async throws -> String {
                Web.text(
                    try await client.execute(
                        uri: "/reports/changzhang/2024/print.css\(query)", method: .get,
                        headers: Web.cookie(fixture.county)))
            }
            let printedOld = try await footer("?rev=\(old)")
            #expect(printedOld.contains("常张乡人民政府 2024 年度报告 · 第 1 版 · 旧修订（当前草稿为第 2 版） · "), "\(printedOld)")
            #expect(!printedOld.contains("状态："))
            let current = try await footer("")
            #expect(current.contains("常张乡人民政府 2024 年度报告 · 状态：草稿 · 第 2 版 · "), "\(current)")
            #expect(!current.contains("旧修订") && !current.contains("保存的修订"))
        }
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
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
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import Testing

/// The near-name form offered, and one click took, a neighbouring registered office's new name (常庄镇人民政府, for
/// 常庄乡 become a town) as another name of 常张乡: from then on that office's reports were filed under 常张乡 and sent
/// to its token (rr98 F3, ux98 I). The refusal now says whose name it is, with no button, and the form refuses it.
@Suite struct WebNeighbourNameTests {
    static func upload(
        _ session: HTTPFields, fixture: WebFixture, client: any TestClientProtocol
    ) async throws -> TestResponse {
        let draft = try await fixture.repository.report(at: fixture.revisions2024[1].id.hex)
        let text = ReportText.render(draft).replacingOccurrences(of: "常张乡人民政府", with: "常庄镇人民政府")
        return try await WebUploadTests.upload(
            ("常庄镇2024年报.txt", Array(text.utf8)), to: "/reports/changzhang/2024/upload", session: session,
            client: client)
    }

    @Test func aNeighboursNameIsNeitherOfferedNorTaken() async throws {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        try await repository.addAgency(id: "changzhuang", name: "常庄乡人民政府", by: "管理员")
        let head = try await repository.resolve("changzhang/2024")
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)

            let refused = try await Self.upload(reviewer, fixture: people.fixture, client: client)

            let page = Web.text(refused)
            #expect(refused.status == .badRequest)
            #expect(page.contains("和 常庄乡人民政府 的名称只差一两个字，多半是它的报告"), "\(page.prefix(3000))")
            #expect(!page.contains("agency-name"))

            // The form, posted by hand, refuses the name too
            var headers = Web.form(nil)
            for field in reviewer { headers.append(field) }
            let named = try await client.execute(
                uri: "/reports/changzhang/2024/agency-name", method: .post, headers: headers,
                body: Web.body([("csrf", try #require(Web.csrf(in: page))), ("name", "常庄镇人民政府")]))
            #expect(named.status == .badRequest)
            #expect(Web.text(named).contains("是 常庄乡人民政府 的名称或和它只差一两个字，不能登记为"), "\(Web.text(named).prefix(2000))")

            // 常张乡's own new name is still offered
            let own = ReportText.render(try await repository.report(at: people.fixture.revisions2024[1].id.hex))
                .replacingOccurrences(of: "常张乡人民政府", with: "常张镇人民政府")
            let offered = Web.text(
                try await WebUploadTests.upload(
                    ("常张镇2024年报.txt", Array(own.utf8)), to: "/reports/changzhang/2024/upload", session: reviewer,
                    client: client))
            #expect(offered.contains("action=\"/reports/changzhang/2024/agency-name\""), "\(offered.prefix(3000))")
        }
        #expect(try await repository.resolve("changzhang/2024").id == head.id)
        #expect(try await repository.agency("changzhang")?.aliases.isEmpty == true)
    }
}

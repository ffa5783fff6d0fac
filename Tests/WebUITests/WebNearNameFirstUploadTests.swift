import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import Testing

/// An office's first upload of the year whose file names the office one character off (安杨乡 for 安阳乡) was
/// answered 404 「找不到页面 · 没有这份 2024 年的报告」, from the board's form and the report's, for the clerk and the
/// reviewer alike: the near-name answer is the report's page, which a report not started yet does not have, and the
/// reviewer's button that registers the name 404'd too (rv115 F9). Now the refusal names both names with the way on:
/// the year's board for the clerk, the registering button for the reviewer, which works and says so.
@Suite struct WebNearNameFirstUploadTests {
    /// The fixture's county with 安阳乡 (not started in 2024) and its clerk 孙七.
    static func county() async throws -> WebPeopleTests.People {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        try await repository.addAgency(id: "anyang", name: "安阳乡人民政府", by: "管理员")
        _ = try await repository.addPerson(
            name: "孙七", role: .clerk, agencies: ["anyang"], password: WebPeopleTests.People.password, by: "管理员")
        return people
    }

    /// 安阳乡's 2024 report, its name typed 安杨乡.
    static let file = (
        name: "安阳乡2024年报.txt",
        bytes: Array(ReportText.render(SampleReport.make(agency: "安杨乡人民政府", year: 2024)).utf8)
    )

    static func fromBoard(_ session: HTTPFields, client: any TestClientProtocol) async throws -> TestResponse {
        try await WebUploadTests.upload(
            file, to: "/upload", fields: [("report", "anyang/2024")], session: session, client: client)
    }

    @Test func theClerkIsToldBothNamesAndSentBackToTheBoard() async throws {
        let people = try await Self.county()
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("孙七", client: client)
            for response in [
                try await Self.fromBoard(clerk, client: client),
                try await WebUploadTests.upload(
                    Self.file, to: "/reports/anyang/2024/upload", session: clerk, client: client),
            ] {
                let page = Web.text(response)
                #expect(response.status == .badRequest, "\(page)")
                #expect(
                    page.contains("文件里写的机关名称“安杨乡人民政府”和登记的“安阳乡人民政府”不一样（只差一两个字）"), "\(page)")
                #expect(page.contains("请联系县政务公开办在机关名册里登记这个名称，之后再上传"))
                #expect(page.contains("<a class=\"button way-on\" href=\"/?year=2024\">2024 年度报送情况</a>"))
                #expect(!page.contains("找不到页面") && !page.contains("agency-name"))
            }
        }
        #expect(try await people.fixture.repository.report(ReportKey(agency: "anyang", year: 2024)) == nil)
    }

    @Test func theReviewerRegistersTheNameThenTheFileIsTaken() async throws {
        let people = try await Self.county()
        let repository = people.fixture.repository
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let response = try await Self.fromBoard(reviewer, client: client)
            let refused = Web.text(response)
            #expect(response.status == .badRequest, "\(refused)")
            #expect(refused.contains("可以用下面的按钮把“安杨乡人民政府”登记为安阳乡人民政府的另一个名称，再上传一次"), "\(refused)")
            #expect(refused.contains("action=\"/reports/anyang/2024/agency-name\""))
            #expect(refused.contains("<input type=\"hidden\" name=\"name\" value=\"安杨乡人民政府\">"))
            #expect(refused.contains(">把“安杨乡人民政府”登记为安阳乡人民政府的另一个名称</button>"))

            // When she presses the button
            var headers = Web.form(nil)
            for field in reviewer { headers.append(field) }
            let named = try await client.execute(
                uri: "/reports/anyang/2024/agency-name", method: .post, headers: headers,
                body: Web.body([("csrf", try #require(Web.csrf(in: refused))), ("name", "安杨乡人民政府")]))

            let page = Web.text(named)
            #expect(named.status == .ok, "\(page)")
            #expect(page.contains("已把“安杨乡人民政府”登记为安阳乡人民政府的另一个名称：请再上传一次文件。"), "\(page)")
            #expect(page.contains("href=\"/?year=2024\">2024 年度报送情况</a>"))
            #expect(try await repository.agency("anyang")?.aliases == ["安杨乡人民政府"])
            // And the file is taken
            let again = try await Self.fromBoard(reviewer, client: client)
            #expect(again.status == .ok, "\(Web.text(again).prefix(800))")
        }
        #expect(try await repository.report(ReportKey(agency: "anyang", year: 2024)) != nil)
    }
}

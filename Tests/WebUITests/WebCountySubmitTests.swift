import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

/// Who submits on the report page, on a real server on 127.0.0.1: the county submits (代为报送) only what it uploaded
/// for an office — its 报送 of a township's returned draft had cancelled its own 退回 and told the clerk all was well
/// (rv120 F1) — and a mark sent from a page opened before the report's status moved is refused, saying who moved it
/// and why (rv120 F4).
@Suite struct WebCountySubmitTests {
    static let key = WebFixture.changzhang2024
    static let uri = "/reports/changzhang/2024"
    static let request = "缺少表四，请补充后报送。"

    /// 李四's own upload (第 3 版), submitted, and returned by 王审核.
    static func returned() async throws -> WebPeopleTests.People {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        let own = SampleReport.settingTable3Cell(
            of: try await repository.report(at: key.description), index: 0, to: "12")
        try await repository.commit(own, to: key, author: "李四", message: "上传 常张乡.txt")
        try await repository.mark(key.description, as: .submitted, author: "李四")
        try await repository.mark(key.description, as: .returned, comment: request, author: "王审核")
        return people
    }

    /// Posts the page's 报送 form as it was on `page` (or, without one, a hand-made form naming the draft).
    static func submit(
        from page: String, draft: String, session: HTTPFields, client: any TestClientProtocol
    ) async throws -> TestResponse {
        let csrf = try #require(Web.csrf(in: page))
        var fields = [("csrf", csrf), ("mark", "submitted"), ("revision", draft), ("draft", draft)]
        if let status = WebMarkFormsTests.field("status", ofForm: "submitted", in: page) {
            fields.append(("status", status))
        }
        var headers = Web.form(nil)
        for field in session { headers.append(field) }
        return try await client.execute(uri: uri + "/mark", method: .post, headers: headers, body: Web.body(fields))
    }

    @Test func theCountyDoesNotSubmitATownshipsOwnDraftAndItsReturnStands() async throws {
        let people = try await Self.returned()
        let repository = people.fixture.repository
        let draft = try await repository.resolve(Self.key.description).id.hex
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let page = Web.text(try await client.execute(uri: Self.uri, method: .get, headers: reviewer))
            // The page offers the reviewer no 报送 of 李四's draft
            #expect(!page.contains("name=\"mark\" value=\"submitted\""), "\(page)")
            #expect(page.contains("已退回，等待报送单位修改后再次报送。"))
            // A form made by hand is refused, naming whose the draft is
            let answer = try await Self.submit(from: page, draft: draft, session: reviewer, client: client)
            #expect(answer.status == .badRequest)
            #expect(Web.text(answer).contains("李四 提交的，不是县里代为上传的：请等乡镇自己报送"), "\(Web.text(answer))")
        }
        #expect(try await repository.report(Self.key)?.status == .returned)
    }

    @Test func theCountySubmitsItsOwnUploadOnTheOfficesBehalf() async throws {
        let people = try await Self.returned()
        let repository = people.fixture.repository
        // 常张乡 mailed its corrected file; 王审核 uploaded it (第 4 版)
        let mailed = SampleReport.settingTable3Cell(
            of: try await repository.report(at: Self.key.description), index: 1, to: "3")
        try await repository.commit(mailed, to: Self.key, author: "王审核", message: "上传 常张乡（邮件）.docx")
        let draft = try await repository.resolve(Self.key.description).id.hex
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let page = Web.text(try await client.execute(uri: Self.uri, method: .get, headers: reviewer))
            #expect(page.contains("name=\"mark\" value=\"submitted\""))
            #expect(page.contains("代为报送本修订"))
            let answer = try await Self.submit(from: page, draft: draft, session: reviewer, client: client)
            #expect(answer.status == .seeOther || answer.status == .found)
        }
        #expect(try await repository.report(Self.key)?.status == .submitted)
    }

    @Test func aSubmitFromAPageOpenedBeforeTheReturnIsRefusedWithTheReason() async throws {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        let own = SampleReport.settingTable3Cell(
            of: try await repository.report(at: Self.key.description), index: 0, to: "12")
        try await repository.commit(own, to: Self.key, author: "李四", message: "上传 常张乡.txt")
        let draft = try await repository.resolve(Self.key.description).id.hex
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("李四", client: client)
            // 李四 opens her draft's page…
            let opened = Web.text(try await client.execute(uri: Self.uri, method: .get, headers: clerk))
            #expect(WebMarkFormsTests.field("status", ofForm: "submitted", in: opened) == "draft")
            // …the county returns the draft meanwhile, and she clicks 报送 on the page she had open
            try await repository.mark(Self.key.description, as: .returned, comment: Self.request, author: "王审核")
            let refused = try await Self.submit(from: opened, draft: draft, session: clerk, client: client)
            #expect(refused.status == .conflict)
            let text = Web.text(refused)
            #expect(text.contains("您打开这一页之后，王审核 在"), "\(text)")
            #expect(text.contains("退回了这份报告：“\(Self.request)”"), "\(text)")
            #expect(try await repository.report(Self.key)?.status == .returned)
            // The page opened again submits, and a second click shows the report as the first did
            let again = Web.text(try await client.execute(uri: Self.uri, method: .get, headers: clerk))
            let first = try await Self.submit(from: again, draft: draft, session: clerk, client: client)
            #expect(first.status == .seeOther || first.status == .found)
            let second = try await Self.submit(from: again, draft: draft, session: clerk, client: client)
            #expect(second.status == .seeOther || second.status == .found)
        }
        #expect(try await repository.report(Self.key)?.status == .submitted)
    }
}

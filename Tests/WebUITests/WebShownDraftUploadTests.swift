import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import Testing

/// Two clerks of 青石镇 open the report's page at 第 1 版 and each upload their own text file, on a real server on
/// 127.0.0.1: the second, changing the cell the first changed, had replaced it unseen (rv119 F9). The page's form says
/// which draft it showed; the second file is refused, naming both versions and who made the first.
@Suite struct WebShownDraftUploadTests {
    static func draft(in page: String) -> String? {
        guard
            let match = page.firstMatch(
                of: /class="card upload-form"><input type="hidden" name="draft" value="([0-9a-f]{64})">/)
        else { return nil }
        return String(match.1)
    }

    @Test func theSecondClerksFileChangingTheSameCellIsRefusedAndTheFirstKept() async throws {
        let people = try await WebUploadTests.make()
        let repository = people.fixture.repository
        let key = WebUploadTests.qingshi
        for name in ["赵六", "孙八"] {
            _ = try await repository.addPerson(
                name: name, role: .clerk, agencies: ["qingshi"], password: WebPeopleTests.People.password,
                by: "管理员")
        }
        let shown = try await repository.report(at: key.description)
        let first = SampleReport.settingTable3Cell(of: shown, index: 2, to: "7")
        let second = SampleReport.settingTable3Cell(of: shown, index: 2, to: "8")
        let page = "/reports/qingshi/2024"
        try await people.live { client in
            let zhao = try await WebPeopleTests.session("赵六", client: client)
            let sun = try await WebPeopleTests.session("孙八", client: client)
            // Both open the page of 第 1 版
            let zhaoPage = Web.text(try await client.execute(uri: page, method: .get, headers: zhao))
            let sunPage = Web.text(try await client.execute(uri: page, method: .get, headers: sun))
            let zhaoDraft = try #require(Self.draft(in: zhaoPage), "\(zhaoPage)")
            let sunDraft = try #require(Self.draft(in: sunPage))
            #expect(zhaoDraft == sunDraft)
            // 赵六 uploads first: 第 2 版
            let taken = try await WebUploadTests.upload(
                ("青石镇年报.txt", Array(ReportText.render(first).utf8)), to: page + "/upload",
                fields: [("draft", zhaoDraft)], session: zhao, client: client)
            #expect(taken.status == .ok)
            // 孙八's file, from the page of 第 1 版, changes the same cell
            let refused = try await WebUploadTests.upload(
                ("青石镇年报-孙.txt", Array(ReportText.render(second).utf8)), to: page + "/upload",
                fields: [("draft", sunDraft)], session: sun, client: client)
            #expect(refused.status == .badRequest)
            let text = Web.text(refused)
            #expect(text.contains("你打开这一页时草稿是第 1 版，此后已有第 2 版（赵六）"), "\(text)")
            #expect(text.contains("草稿没有改动"))
            // The page she opens again offers the draft 赵六 made
            let again = Web.text(try await client.execute(uri: page, method: .get, headers: sun))
            #expect(Self.draft(in: again) != sunDraft)
        }
        #expect(try await repository.report(at: key.description) == first)
    }
}

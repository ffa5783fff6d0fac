import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import Testing

/// The county's pages call the office that submits a report 报送单位, not 乡镇: a 县直部门 or the 本级政府 submits
/// its report too, and was told 等待乡镇报送, 写给乡镇的意见 and 通常应当退回乡镇改正 (user review rv115, M2).
@Suite struct WebSubmittingOfficeWordsTests {
    @Test func theReportPageAndThePublishConfirmationDoNotCallTheOfficeATownship() async throws {
        let fixture = try await WebFixture.make()
        let head = fixture.revisions2024[1].id
        try await fixture.test { client in
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.county)))
            #expect(page.contains("等待报送单位报送；也可以写批注提醒。"), "\(page)")
            #expect(page.contains("placeholder=\"写给报送单位的意见\""))
            #expect(!page.contains("等待乡镇") && !page.contains("写给乡镇"))
            let csrf = try await Web.csrf(for: fixture.county, client: client)
            let confirm = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024/mark", method: .post, headers: Web.form(fixture.county),
                    body: WebFormTests.markForm(csrf, mark: "published", revision: head)))
            #expect(confirm.contains("公开前请确认"))
            #expect(confirm.contains("通常应当退回报送单位改正、由报送单位报送改正后的修订再公开。"), "\(confirm)")
            #expect(!confirm.contains("退回乡镇改正"))
            // 已退回: the county waits for the office, whatever its kind
            try await fixture.repository.mark("changzhang/2024", as: .returned, comment: "请核对表三", author: "王审核")
            let returned = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.county)))
            #expect(returned.contains("已退回，等待报送单位修改后再次报送。"), "\(returned)")
        }
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// 恢复为草稿 on a published report (已公开): one click had turned it into 草稿（公开后有修改）, with none of the warning
/// an upload gives. The form now says the report is published and asks for the same kind of confirmation, which the
/// server checks inside the write: a restore without it stores nothing and shows the form again.
@Suite struct WebPublishedRestoreTests {
    @Test func restoringAnEarlierVersionOfAPublishedReportIsConfirmedFirst() async throws {
        let people = try await WebPublishedUploadTests.published()
        let repository = people.fixture.repository
        let first = people.fixture.revisions2024[0]
        let published = try await repository.resolve("changzhang/2024")
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("李四", client: client)
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024?rev=\(first.id.hex)", method: .get, headers: clerk))
            #expect(page.contains("这份报告<strong>已公开</strong>（公开的是第 2 版）：恢复会生成新的草稿"), "\(page)")
            #expect(
                page.contains(
                    "<input type=\"checkbox\" name=\"confirmPublished\" value=\"1\" required> \(RestoreFormView.confirmation)"
                ))
            let csrf = try #require(Web.csrf(in: page))
            var headers = Web.form(nil)
            for field in clerk { headers.append(field) }
            let fields = [
                ("csrf", csrf), ("revision", first.id.hex), ("draft", published.id.hex), ("confirm-undo", "1"),
            ]
            // Without the confirmation: refused, the form again with why, the store as it was
            let before = try await WebPublishedUploadTests.Snapshot.of(repository)
            let refused = try await client.execute(
                uri: "/reports/changzhang/2024/restore", method: .post, headers: headers, body: Web.body(fields))
            #expect(refused.status == .conflict)
            #expect(Web.text(refused).contains("没有恢复：这份报告已公开"))
            #expect(Web.text(refused).contains("恢复为草稿"))
            #expect(try await WebPublishedUploadTests.Snapshot.of(repository) == before)
            // With it: restored, and the report is a draft changed since it was published
            let restored = try await client.execute(
                uri: "/reports/changzhang/2024/restore", method: .post, headers: headers,
                body: Web.body(fields + [("confirmPublished", "1")]))
            #expect(restored.status == .seeOther)
            let head = try await repository.resolve("changzhang/2024")
            #expect(head.content.root == first.content.root && head.content.parents == [published.id])
        }
    }
}

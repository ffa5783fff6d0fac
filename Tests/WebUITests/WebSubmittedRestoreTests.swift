import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// 恢复为草稿 on a submitted report (已报送): a clerk's mistaken restore took her submission back unsaid — no word on
/// the form, and the answer only 已恢复为第 1 版 (rv119 F2). The form says what it does to the submission, and the
/// answer says the report is a draft again and how to undo it.
@Suite struct WebSubmittedRestoreTests {
    @Test func restoringAnEarlierVersionOfASubmittedReportSaysItTakesTheSubmissionBack() async throws {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        let first = people.fixture.revisions2024[0]
        try await repository.mark("changzhang/2024", as: .submitted, author: "李四")
        let submitted = try await repository.resolve("changzhang/2024")
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("李四", client: client)
            // Before: the form on 第 1 版 says the report is submitted as 第 2 版 and what the restore does
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024?rev=\(first.id.hex)", method: .get, headers: clerk))
            #expect(
                page.contains("这份报告已报送的是第 2 版：恢复后报告从“已报送”变回“草稿”，县里看到的也是草稿，须重新报送。"),
                "\(page)")
            // The submitted version's own page offers no such note (restoring it changes nothing)
            let own = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024?rev=\(submitted.id.hex)", method: .get, headers: clerk))
            #expect(!own.contains("恢复后报告从“已报送”变回“草稿”"))
            // After: the answer says the report is a draft again and how to undo it
            let csrf = try #require(Web.csrf(in: page))
            var headers = Web.form(nil)
            for field in clerk { headers.append(field) }
            let restored = try await client.execute(
                uri: "/reports/changzhang/2024/restore", method: .post, headers: headers,
                body: Web.body([
                    ("csrf", csrf), ("revision", first.id.hex), ("draft", submitted.id.hex), ("confirm-undo", "1"),
                ]))
            #expect(restored.status == .seeOther)
            let location = try #require(restored.headers[.location])
            #expect(location.contains("&unsubmitted=2"), "\(location)")
            let answer = Web.text(try await client.execute(uri: location, method: .get, headers: clerk))
            #expect(
                answer.contains(
                    "已恢复为第 1 版：新修订（第 3 版）已成为草稿，之后的修订仍在历史中。报告从“已报送”（第 2 版）变回“草稿”，"
                        + "县里看到的也是草稿，须重新报送；如果是误操作，把报告恢复为第 2 版的内容，就回到“已报送”。"),
                "\(answer)")
            #expect(try await repository.report(WebFixture.changzhang2024)?.status == .draft)
            // A hand-made address naming another number says nothing of it
            let forged = Web.text(
                try await client.execute(
                    uri: location.replacingOccurrences(of: "unsubmitted=2", with: "unsubmitted=7"), method: .get,
                    headers: clerk))
            #expect(forged.contains("已恢复为第 1 版") && !forged.contains("变回“草稿”"), "\(forged)")
        }
    }
}

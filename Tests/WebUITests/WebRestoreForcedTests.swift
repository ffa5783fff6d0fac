import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

/// A version once committed with `force` (its text names another office), restored on its page: the draft's page
/// says, with the restore, what the text names — as `nianbao restore` tells the person (rv116 F1: the page said only
/// 已恢复, and the forced text came back unremarked); restoring it again, the draft having its text already, says only
/// that nothing was made.
@Suite struct WebRestoreForcedTests {
    @Test func theNoticeOfARestoredForcedVersionSaysWhatItNames() async throws {
        let fixture = try await WebFixture.make()
        let repository = fixture.repository
        let key = ReportKey(agency: "changzhang", year: 2024)
        // Given 第 3 版 of 常张乡's report, 大庄乡's text committed with force, and 第 4 版 常张乡's own again
        let forced = try await repository.commit(
            SampleReport.make(agency: "大庄乡人民政府", year: 2024), to: key, author: "王芳", message: "传错了",
            force: true
        ).revision
        let own = try await repository.commit(
            SampleReport.make(agency: "常张乡人民政府", year: 2024), to: key, author: "王芳", message: "改正"
        ).revision
        try await fixture.test { client in
            let csrf = try await Web.csrf(for: fixture.township, client: client)
            // When 第 3 版 is restored from its page
            let response = try await client.execute(
                uri: "/reports/changzhang/2024/restore", method: .post, headers: Web.form(fixture.township),
                body: Web.body([
                    ("csrf", csrf), ("revision", forced.id.hex), ("draft", own.id.hex), ("confirm-undo", "1"),
                ]))
            let notice = try #require(response.headers[.location])
            let page = Web.text(
                try await client.execute(uri: notice, method: .get, headers: Web.cookie(fixture.township)))
            // Then the draft's page says it was restored, and what its text names
            #expect(page.contains("已恢复为第 3 版：新修订（第 5 版）已成为草稿"))
            #expect(page.contains("恢复的这一版当初是强制提交的：这份报告是 大庄乡人民政府 2024 年的"))
            // And restoring it again makes nothing, and says no more than that
            let head = try await repository.resolve("changzhang/2024")
            let again = try await client.execute(
                uri: "/reports/changzhang/2024/restore", method: .post, headers: Web.form(fixture.township),
                body: Web.body([("csrf", csrf), ("revision", forced.id.hex), ("draft", head.id.hex)]))
            let unchanged = Web.text(
                try await client.execute(
                    uri: try #require(again.headers[.location]), method: .get, headers: Web.cookie(fixture.township)))
            #expect(unchanged.contains("第 3 版的内容与当前草稿相同，没有新建修订"))
            #expect(!unchanged.contains("恢复的这一版当初是强制提交的"))
            #expect(try await repository.resolve("changzhang/2024").id == head.id)
        }
    }
}

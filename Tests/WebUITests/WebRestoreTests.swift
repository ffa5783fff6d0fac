import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import Testing

/// Going back to an earlier version on the pages: the earlier revision's page offers 恢复为草稿 to those who may
/// change the report; restoring adds a revision with that text and keeps every other in the history.
@Suite struct WebRestoreTests {
    @Test func anEarlierVersionBecomesTheDraftAgainAndTheHistoryKeepsEverything() async throws {
        let fixture = try await WebFixture.make()
        let repository = fixture.repository
        let first = fixture.revisions2024[0]
        let second = fixture.revisions2024[1]
        let page = "/reports/changzhang/2024?rev=\(first.id.hex)"
        try await fixture.test { client in
            // The draft's own page offers nothing to restore; the earlier one does, with the draft it showed
            let draftPage = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.township)))
            #expect(!draftPage.contains("恢复为草稿"))
            let earlier = Web.text(
                try await client.execute(uri: page, method: .get, headers: Web.cookie(fixture.township)))
            #expect(earlier.contains("恢复为草稿"))
            #expect(earlier.contains("name=\"draft\" value=\"\(second.id.hex)\""))
            let csrf = try await Web.csrf(for: fixture.township, client: client)
            let response = try await client.execute(
                uri: "/reports/changzhang/2024/restore", method: .post, headers: Web.form(fixture.township),
                body: Web.body([
                    ("csrf", csrf), ("revision", first.id.hex), ("draft", second.id.hex), ("confirm-undo", "1"),
                ]))
            // The draft's page, saying what was done (after a redirect: reloading it restores nothing again)
            #expect(response.status == .seeOther)
            let notice = "/reports/changzhang/2024?restored=1&from=\(first.id.hex)"
            #expect(response.headers[.location] == notice)
            let shown = try await client.execute(uri: notice, method: .get, headers: Web.cookie(fixture.township))
            #expect(Web.text(shown).contains("已恢复为第 1 版：新修订（第 3 版）已成为草稿"))
            // The notice only when it is so (rv102 F7): a link naming another version, or none, announces nothing
            for typed in [
                "/reports/changzhang/2024?restored=1", "/reports/changzhang/2024?restored=2&from=\(first.id.hex)",
                "/reports/changzhang/2024?restored=2&from=\(second.id.hex)",
            ] {
                let page = Web.text(
                    try await client.execute(uri: typed, method: .get, headers: Web.cookie(fixture.township)))
                #expect(!page.contains("已恢复为第"), "\(typed)")
            }
            // 第 3 版 holds 第 1 版's text, by the person who restored it; 第 2 版 is still in the history
            let head = try await repository.resolve("changzhang/2024")
            #expect(head.content.root == first.content.root)
            #expect(head.content.parents == [second.id])
            #expect(head.content.message.hasPrefix("恢复为第 1 版（王芳，"))
            #expect(try await repository.log("changzhang/2024").map(\.id).contains(second.id))
            #expect(try await repository.auditLog().first?.action == "restore")
            // The same form again, from the page that showed 第 2 版 as the draft: refused, nothing more stored
            let again = try await client.execute(
                uri: "/reports/changzhang/2024/restore", method: .post, headers: Web.form(fixture.township),
                body: Web.body([("csrf", csrf), ("revision", second.id.hex), ("draft", second.id.hex)]))
            #expect(again.status == .conflict)
            #expect(try await repository.resolve("changzhang/2024").id == head.id)
            // 第 1 版 once more, from a page that showed 第 3 版 as the draft: it has that text already, and says so
            let same = try await client.execute(
                uri: "/reports/changzhang/2024/restore", method: .post, headers: Web.form(fixture.township),
                body: Web.body([("csrf", csrf), ("revision", first.id.hex), ("draft", head.id.hex)]))
            let sameNotice = "/reports/changzhang/2024?restored=1&from=\(first.id.hex)&unchanged=1"
            #expect(same.headers[.location] == sameNotice)
            let unchanged = try await client.execute(
                uri: sameNotice, method: .get, headers: Web.cookie(fixture.township))
            #expect(Web.text(unchanged).contains("第 1 版的内容与当前草稿相同，没有新建修订"))
            #expect(try await repository.resolve("changzhang/2024").id == head.id)
            // Another report's revision is answered as one that does not exist
            let sideways = try await client.execute(
                uri: "/reports/changzhang/2024/restore", method: .post, headers: Web.form(fixture.county),
                body: Web.body([
                    ("csrf", try await Web.csrf(for: fixture.county, client: client)),
                    ("revision", fixture.dazhuang.id.hex),
                ]))
            #expect(sideways.status == .notFound)
        }
    }

    /// While a sync conflict is open, which line a restored text would continue cannot be told: the form is not
    /// offered and a posted one is refused; the conflict is merged first.
    @Test func nothingIsRestoredWhileAConflictIsOpen() async throws {
        let fixture = try await WebFixture.make()
        try await ConflictMaker.openConflict(in: fixture)
        let first = fixture.revisions2024[0]
        let before = try await fixture.repository.resolve("changzhang/2024")
        try await fixture.test { client in
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024?rev=\(first.id.hex)", method: .get,
                    headers: Web.cookie(fixture.county)))
            #expect(!page.contains("恢复为草稿"))
            let csrf = try await Web.csrf(for: fixture.county, client: client)
            let response = try await client.execute(
                uri: "/reports/changzhang/2024/restore", method: .post, headers: Web.form(fixture.county),
                body: Web.body([("csrf", csrf), ("revision", first.id.hex)]))
            #expect(response.status == .conflict)
            #expect(Web.text(response).contains("再公开或恢复旧版本"))
        }
        #expect(try await fixture.repository.resolve("changzhang/2024").id == before.id)
    }
}

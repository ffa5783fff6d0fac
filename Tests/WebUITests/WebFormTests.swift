import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// State-changing forms: each needs the session's anti-forgery token and a same-site origin; marks follow the
/// token's rights; publishing waits for a conflict to be merged.
@Suite struct WebFormTests {
    static func markForm(_ csrf: String?, mark: String, revision: ObjectID, comment: String? = nil) -> ByteBuffer {
        var fields: [(String, String)] = [("mark", mark), ("revision", revision.hex)]
        if let csrf { fields.insert(("csrf", csrf), at: 0) }
        if let comment { fields.append(("comment", comment)) }
        return Web.body(fields)
    }

    @Test func aFormWithoutTheRightTokenOrFromAnotherSiteIsRefused() async throws {
        let fixture = try await WebFixture.make()
        let head = fixture.revisions2024[1].id
        try await fixture.test { client in
            let csrf = try await Web.csrf(for: fixture.township, client: client)
            let otherSession = try await Web.csrf(for: fixture.county, client: client)
            #expect(csrf != otherSession)
            let refused: [(HTTPFields, ByteBuffer, String)] = [
                (Web.form(fixture.township), Self.markForm(nil, mark: "submitted", revision: head), "missing"),
                (Web.form(fixture.township), Self.markForm("AAAA", mark: "submitted", revision: head), "wrong"),
                (
                    Web.form(fixture.township), Self.markForm(otherSession, mark: "submitted", revision: head),
                    "another session's"
                ),
                (
                    Web.form(fixture.township, extra: [.origin: "http://evil.example"]),
                    Self.markForm(csrf, mark: "submitted", revision: head), "cross-origin"
                ),
                (
                    Web.form(fixture.township, extra: [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"]),
                    Self.markForm(csrf, mark: "submitted", revision: head), "cross-site fetch"
                ),
            ]
            for (headers, body, label) in refused {
                let response = try await client.execute(
                    uri: "/reports/changzhang/2024/mark", method: .post, headers: headers, body: body)
                #expect(response.status == .forbidden, "\(label)")
                #expect(Web.text(response).contains("请求被拒绝"), "\(label)")
            }
            #expect(
                try await fixture.repository.reports().first { $0.report == WebFixture.changzhang2024 }?.submitted
                    == nil)
            // The same form from this site, with the session's token, goes through.
            let accepted = try await client.execute(
                uri: "/reports/changzhang/2024/mark", method: .post,
                headers: Web.form(fixture.township, extra: [.origin: "http://localhost"]),
                body: Self.markForm(csrf, mark: "submitted", revision: head))
            #expect(accepted.status == .seeOther)
            #expect(accepted.headers[.location] == "/reports/changzhang/2024")
            #expect(
                try await fixture.repository.reports().first { $0.report == WebFixture.changzhang2024 }?.submitted
                    == head)
            let page = Web.text(
                try await client.execute(uri: "/?year=2024", method: .get, headers: Web.cookie(fixture.township)))
            #expect(page.contains("已报送（1）"))
        }
    }

    @Test func theCountyPublishesAndATownshipMaySubmitOnly() async throws {
        let fixture = try await WebFixture.make()
        let head = fixture.revisions2024[1].id
        try await fixture.test { client in
            let csrf = try await Web.csrf(for: fixture.county, client: client)
            // The head was never submitted and its table 3 does not add up: the county is asked to confirm, why
            let publish = try await client.execute(
                uri: "/reports/changzhang/2024/mark", method: .post, headers: Web.form(fixture.county),
                body: Self.markForm(csrf, mark: "published", revision: head))
            #expect(publish.status == .ok)
            let confirm = Web.text(publish)
            #expect(confirm.contains("公开前请确认"))
            #expect(confirm.contains("这份报告还没有报送"))
            #expect(confirm.contains("检查发现"))
            #expect(confirm.contains("name=\"reason\""))
            #expect(
                try await fixture.repository.reports().first { $0.report == WebFixture.changzhang2024 }?.published
                    == nil)
            // A confirmation without a reason is refused
            func confirmForm(_ reason: String) -> ByteBuffer {
                Web.body([
                    ("csrf", csrf), ("mark", "published"), ("revision", head.hex), ("confirm", "1"), ("reason", reason),
                ])
            }
            let empty = try await client.execute(
                uri: "/reports/changzhang/2024/mark", method: .post, headers: Web.form(fixture.county),
                body: confirmForm("  "))
            #expect(empty.status == .badRequest)
            // With a reason, it is published, marked forced, and the reason is shown with the mark
            let confirmed = try await client.execute(
                uri: "/reports/changzhang/2024/mark", method: .post, headers: Web.form(fixture.county),
                body: confirmForm("县政府已审定，表三随后更正"))
            #expect(confirmed.status == .seeOther)
            let report = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.county)))
            #expect(report.contains("<span class=\"status st-published\">已公开</span>"))
            #expect(report.contains("<span class=\"mark forced\">已公开（强制）</span>"))
            #expect(report.contains("强制理由：县政府已审定，表三随后更正"))
            let history = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024/history", method: .get, headers: Web.cookie(fixture.county)))
            #expect(history.contains("强制理由：县政府已审定，表三随后更正"))
            // A revision of another report is not this report's.
            let sideways = try await client.execute(
                uri: "/reports/changzhang/2024/mark", method: .post, headers: Web.form(fixture.county),
                body: Self.markForm(csrf, mark: "published", revision: fixture.dazhuang.id))
            #expect(sideways.status == .notFound)
            let unknown = try await client.execute(
                uri: "/reports/changzhang/2024/mark", method: .post, headers: Web.form(fixture.county),
                body: Web.body([("csrf", csrf), ("mark", "deleted"), ("revision", head.hex)]))
            #expect(unknown.status == .badRequest)
        }
    }

    @Test func publishingIsRefusedWhileAConflictIsOpen() async throws {
        let fixture = try await WebFixture.make()
        try await ConflictMaker.openConflict(in: fixture)
        let head = fixture.revisions2024[1].id
        try await fixture.test { client in
            let overview = Web.text(
                try await client.execute(uri: "/?year=2024", method: .get, headers: Web.cookie(fixture.county)))
            #expect(overview.contains("<span class=\"status st-conflict\">有冲突</span>"))
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.county)))
            #expect(page.contains("合并之前不能公开"))
            #expect(!page.contains("value=\"published\""))
            let csrf = try #require(Web.csrf(in: page))
            let publish = try await client.execute(
                uri: "/reports/changzhang/2024/mark", method: .post, headers: Web.form(fixture.county),
                body: Self.markForm(csrf, mark: "published", revision: head))
            #expect(publish.status == .conflict)
            #expect(Web.text(publish).contains("存在未解决的同步冲突"))
            // The conflict page is one click away.
            #expect(page.contains("href=\"/reports/changzhang/2024/conflict\""))
            #expect(
                try await fixture.repository.reports().first { $0.report == WebFixture.changzhang2024 }?.published
                    == nil)
        }
    }
}

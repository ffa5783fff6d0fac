import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// Who may see what: no token → the login page; a township's token → its own reports only; the county's → all;
/// the same token as a cookie or a bearer header.
@Suite struct WebAccessTests {
    @Test func pagesWithoutATokenSendTheBrowserToTheLoginPage() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            for (uri, location) in [
                ("/", "/login"),
                ("/reports/changzhang/2024", "/login?next=/reports/changzhang/2024"),
                ("/reports/changzhang/2024/diff?from=abcd", "/login?next=/reports/changzhang/2024/diff%3Ffrom%3Dabcd"),
            ] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .seeOther, "\(uri)")
                #expect(response.headers[.location] == location, "\(uri)")
            }
            // A revoked or unknown token is sent to log in again.
            let stale = try await client.execute(
                uri: "/", method: .get, headers: Web.cookie("nbt_" + String(repeating: "0", count: 48)))
            #expect(stale.status == .seeOther)
            #expect(stale.headers[.location] == "/login?expired=1")
            // A form without a token gets 401.
            let form = try await client.execute(
                uri: "/reports/changzhang/2024/mark", method: .post, headers: Web.form(nil),
                body: Web.body([("mark", "submitted")]))
            #expect(form.status == .unauthorized)
            #expect(Web.text(form).contains("需要登录"))
            // The sync API keeps its JSON errors.
            let api = try await client.execute(uri: "/v1/whoami", method: .get)
            #expect(api.status == .unauthorized)
            #expect(api.headers[.contentType]?.hasPrefix("application/json") == true)
        }
    }

    @Test func theLoginPageStoresTheTokenInAnHttpOnlySameSiteCookie() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let page = try await client.execute(uri: "/login?next=/reports/changzhang/2024", method: .get)
            #expect(page.status == .ok)
            let html = Web.text(page)
            #expect(html.contains("<html lang=\"zh-CN\">"))
            #expect(html.contains("访问令牌"))
            #expect(html.contains("value=\"/reports/changzhang/2024\""))
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            let login = try await client.execute(
                uri: "/login", method: .post, headers: Web.form(nil),
                body: Web.body([("token", fixture.township), ("next", "/reports/changzhang/2024")]))
            #expect(login.status == .seeOther)
            #expect(login.headers[.location] == "/reports/changzhang/2024")
            let cookie = try #require(login.headers[.setCookie])
            #expect(cookie.hasPrefix("nianbao_token=\(fixture.township)"))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("Path=/"))
            // Going back elsewhere than this site is refused: the browser goes to the overview.
            let offsite = try await client.execute(
                uri: "/login", method: .post, headers: Web.form(nil),
                body: Web.body([("token", fixture.county), ("next", "//evil.example/")]))
            #expect(offsite.headers[.location] == "/")
            // A wrong token gets the form again with 401.
            let wrong = try await client.execute(
                uri: "/login", method: .post, headers: Web.form(nil), body: Web.body([("token", "nbt_wrong")]))
            #expect(wrong.status == .unauthorized)
            #expect(Web.text(wrong).contains("令牌无效"))
            #expect(wrong.headers[.setCookie] == nil)
            // A login posted from another site is refused.
            let crossSite = try await client.execute(
                uri: "/login", method: .post, headers: Web.form(nil, extra: [.origin: "http://evil.example"]),
                body: Web.body([("token", fixture.county)]))
            #expect(crossSite.status == .forbidden)
            #expect(crossSite.headers[.setCookie] == nil)
        }
    }

    @Test func logoutClearsTheCookieAndNeedsTheFormToken() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let csrf = try await Web.csrf(for: fixture.county, client: client)
            let forged = try await client.execute(
                uri: "/logout", method: .post, headers: Web.form(fixture.county), body: Web.body([("csrf", "x")]))
            #expect(forged.status == .forbidden)
            #expect(forged.headers[.setCookie] == nil)
            let logout = try await client.execute(
                uri: "/logout", method: .post, headers: Web.form(fixture.county), body: Web.body([("csrf", csrf)]))
            #expect(logout.status == .seeOther)
            #expect(logout.headers[.location] == "/login")
            let cookie = try #require(logout.headers[.setCookie])
            #expect(cookie.hasPrefix("nianbao_token=;"))
            #expect(cookie.contains("Max-Age=0"))
        }
    }

    @Test func aTownshipSeesOnlyItsOwnReports() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let overview = Web.text(
                try await client.execute(uri: "/", method: .get, headers: Web.cookie(fixture.township)))
            #expect(overview.contains("data-report=\"changzhang/2024\""))
            #expect(overview.contains("data-report=\"changzhang/2023\""))
            #expect(!overview.contains("dazhuang"))
            #expect(!overview.contains("大庄乡"))
            for uri in [
                "/reports/dazhuang/2024", "/reports/dazhuang/2024/history", "/reports/dazhuang/2024/diff",
                "/reports/dazhuang/2024/export", "/reports/dazhuang", "/reports/nosuchagency/2024",
            ] {
                let response = try await client.execute(uri: uri, method: .get, headers: Web.cookie(fixture.township))
                #expect(response.status == .forbidden, "\(uri)")
                #expect(Web.text(response).contains("无权"), "\(uri)")
            }
            // Its own report, through a revision of another agency's, is not reachable either.
            let sideways = try await client.execute(
                uri: "/reports/changzhang/2024/diff?from=\(fixture.dazhuang.id.hex)", method: .get,
                headers: Web.cookie(fixture.township))
            #expect(sideways.status == .forbidden)
            let own = try await client.execute(
                uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.township))
            #expect(own.status == .ok)
            // Publishing is the county's.
            let csrf = try #require(Web.csrf(in: Web.text(own)))
            #expect(!Web.text(own).contains("value=\"published\""))
            let publish = try await client.execute(
                uri: "/reports/changzhang/2024/mark", method: .post, headers: Web.form(fixture.township),
                body: Web.body([
                    ("csrf", csrf), ("mark", "published"), ("revision", fixture.revisions2024[1].id.hex),
                ]))
            #expect(publish.status == .forbidden)
            #expect(
                try await fixture.repository.reports().first { $0.report == WebFixture.changzhang2024 }?.published
                    == nil)
        }
    }

    @Test func theCountySeesEveryReportWithACookieOrABearerHeader() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            for headers in [Web.cookie(fixture.county), Web.bearer(fixture.county)] {
                let response = try await client.execute(uri: "/", method: .get, headers: headers)
                #expect(response.status == .ok)
                let html = Web.text(response)
                for report in ["changzhang/2024", "changzhang/2023", "dazhuang/2024"] {
                    #expect(html.contains("data-report=\"\(report)\""))
                }
                #expect(html.contains("县政务公开办"))
                let report = try await client.execute(uri: "/reports/dazhuang/2024", method: .get, headers: headers)
                #expect(report.status == .ok)
            }
        }
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI
import SyncServer
import Testing
import WebUI

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

    @Test func theLoginPageOpensASessionWhoseCookieHoldsNoToken() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let page = try await client.execute(uri: "/login?next=/reports/changzhang/2024", method: .get)
            #expect(page.status == .ok)
            let html = Web.text(page)
            #expect(html.contains("<html lang=\"zh-CN\">"))
            #expect(html.contains("访问令牌"))
            #expect(html.contains("value=\"/reports/changzhang/2024\""))
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            // No script on the page logs a browser in from a token in the address (`/login#token=…`).
            #expect(!html.contains("<script"))
            #expect(!html.contains("token="))
            let login = try await client.execute(
                uri: "/login", method: .post, headers: Web.form(nil),
                body: Web.body([("token", fixture.township), ("next", "/reports/changzhang/2024")]))
            #expect(login.status == .seeOther)
            #expect(login.headers[.location] == "/reports/changzhang/2024")
            let cookie = try #require(login.headers[.setCookie])
            // The cookie holds a random session id, never the token.
            #expect(cookie.hasPrefix("nianbao_session="))
            #expect(!cookie.contains(fixture.township))
            #expect(!cookie.contains(String(fixture.township.dropFirst(4).prefix(16))))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("Path=/"))
            #expect(!cookie.contains("Secure"))
            let session: HTTPFields = [.cookie: String(try #require(cookie.split(separator: ";").first))]
            let own = try await client.execute(uri: "/reports/changzhang/2024", method: .get, headers: session)
            #expect(own.status == .ok)
            // An old cookie that held the token opens nothing.
            let oldStyle = try await client.execute(
                uri: "/reports/changzhang/2024", method: .get, headers: [.cookie: "nianbao_token=\(fixture.township)"])
            #expect(oldStyle.status == .seeOther)
            // A session id that was never issued opens nothing either.
            let guessed = try await client.execute(
                uri: "/", method: .get,
                headers: [.cookie: "nianbao_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"])
            #expect(guessed.status == .seeOther)
            #expect(guessed.headers[.location] == "/login?expired=1")
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

    @Test func theCookieIsSecureBehindHTTPS() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            // Through a proxy that says the browser came over HTTPS
            let proxied = try await client.execute(
                uri: "/login", method: .post,
                headers: Web.form(nil, extra: [HTTPField.Name("X-Forwarded-Proto")!: "https"]),
                body: Web.body([("token", fixture.township)]))
            #expect(proxied.headers[.setCookie]?.contains("Secure") == true)
        }
        // And on a node told it sits behind TLS (`serve --secure-cookies`)
        let app = buildNodeWebApplication(
            repository: fixture.repository, configuration: NodeServerConfiguration(port: 0, logger: WebFixture.logger),
            web: WebConfiguration(secureCookies: true))
        try await app.test(.router) { client in
            let login = try await client.execute(
                uri: "/login", method: .post, headers: Web.form(nil), body: Web.body([("token", fixture.township)]))
            #expect(login.headers[.setCookie]?.contains("Secure") == true)
        }
    }

    @Test func logoutEndsTheSessionAndNeedsTheFormToken() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let session = try await Web.login(fixture.county, client: client)
            let page = try await client.execute(uri: "/", method: .get, headers: session)
            let csrf = try #require(Web.csrf(in: Web.text(page)))
            var form = Web.form(nil)
            form.append(contentsOf: session)
            let forged = try await client.execute(
                uri: "/logout", method: .post, headers: form, body: Web.body([("csrf", "x")]))
            #expect(forged.status == .forbidden)
            #expect(forged.headers[.setCookie] == nil)
            let logout = try await client.execute(
                uri: "/logout", method: .post, headers: form, body: Web.body([("csrf", csrf)]))
            #expect(logout.status == .seeOther)
            #expect(logout.headers[.location] == "/login")
            let cookie = try #require(logout.headers[.setCookie])
            #expect(cookie.hasPrefix("nianbao_session=;"))
            #expect(cookie.contains("Max-Age=0"))
            // The session is over on the server: the old cookie, sent again, opens nothing.
            let after = try await client.execute(uri: "/", method: .get, headers: session)
            #expect(after.status == .seeOther)
        }
    }

    @Test func revokingATokenEndsItsSessions() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let session = try await Web.login(fixture.township, client: client)
            #expect(try await client.execute(uri: "/", method: .get, headers: session).status == .ok)
            let token = try #require(try await fixture.repository.tokens().first { $0.label == "常张乡" })
            try await fixture.repository.revokeToken(id: token.id)
            let after = try await client.execute(uri: "/", method: .get, headers: session)
            #expect(after.status == .seeOther)
        }
    }

    @Test func aTownshipSeesOnlyItsOwnReports() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let overview = Web.text(
                try await client.execute(uri: "/?year=all", method: .get, headers: Web.cookie(fixture.township)))
            #expect(overview.contains("data-report=\"changzhang/2024\""))
            #expect(overview.contains("data-report=\"changzhang/2023\""))
            #expect(!overview.contains("dazhuang"))
            #expect(!overview.contains("大庄乡"))
            // Another agency's pages answer exactly as those of an agency that does not exist: same status, same
            // page, and the agency named only as the address named it.
            for page in ["/2024", "/2024/history", "/2024/diff", "/2024/export", "/2024?rev=abcd", ""] {
                let other = try await client.execute(
                    uri: "/reports/dazhuang" + page, method: .get, headers: Web.cookie(fixture.township))
                let none = try await client.execute(
                    uri: "/reports/nosuchagency" + page, method: .get, headers: Web.cookie(fixture.township))
                #expect(other.status == .notFound, "\(page)")
                #expect(other.status == none.status, "\(page)")
                #expect(
                    Web.text(other).replacingOccurrences(of: "dazhuang", with: "nosuchagency") == Web.text(none),
                    "\(page)")
                #expect(!Web.text(other).contains("大庄乡"))
            }
            // Its own report's pages answer a revision of another agency's exactly as one that does not exist: a
            // prefix of another agency's revision tells nothing (no walking out its ids by prefix).
            for digits in [4, 8, 64] {
                let prefix = String(fixture.dazhuang.id.hex.prefix(digits))
                let nothing = String(String(repeating: "0", count: digits).prefix(digits))
                for page in ["/diff?from=", "/diff?to=", "?rev=", "/export?rev="] {
                    let other = try await client.execute(
                        uri: "/reports/changzhang/2024\(page)\(prefix)", method: .get,
                        headers: Web.cookie(fixture.township))
                    let none = try await client.execute(
                        uri: "/reports/changzhang/2024\(page)\(nothing)", method: .get,
                        headers: Web.cookie(fixture.township))
                    #expect(other.status == .notFound, "\(page)\(prefix)")
                    #expect(other.status == none.status, "\(page)\(prefix)")
                    #expect(
                        Web.text(other).replacingOccurrences(of: prefix, with: nothing) == Web.text(none),
                        "\(page)\(prefix)")
                    #expect(!Web.text(other).contains("dazhuang"))
                }
            }
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
                let response = try await client.execute(uri: "/?year=all", method: .get, headers: headers)
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

    /// A page elsewhere on the same site can make a logged-in browser send a request with its cookie; the sync API
    /// takes its token from the `Authorization` header only, so such a forged push, mark or read is refused.
    @Test func theSyncAPITakesNoLoginCookie() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let cookie = try await Web.login(fixture.county, client: client)
            let draft = try await fixture.repository.resolve("changzhang/2024").id
            let older = fixture.revisions2024[0].id
            let update = WireRefUpdate(
                report: WebFixture.changzhang2024, ref: .draft, revision: older, expected: draft, comment: nil,
                agency: nil)
            let body = ByteBuffer(bytes: try JSONEncoder().encode(RefUpdateList(updates: [update])))
            var headers = cookie
            headers[.contentType] = "application/json"
            for (uri, method, body) in [
                ("/v1/refs", HTTPRequest.Method.get, nil), ("/v1/whoami", .get, nil),
                ("/v1/refs/update", .post, body), ("/v1/objects/missing", .post, ByteBuffer(string: "{\"ids\":[]}")),
            ] {
                let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
                #expect(response.status == .unauthorized, "\(uri)")
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true, "\(uri)")
            }
            #expect(try await fixture.repository.resolve("changzhang/2024").id == draft)
            // The same cookie still opens the pages, and the same token in the header the sync API.
            let page = try await client.execute(uri: "/", method: .get, headers: cookie)
            #expect(page.status == .ok)
            let refs = try await client.execute(uri: "/v1/refs", method: .get, headers: Web.bearer(fixture.county))
            #expect(refs.status == .ok)
        }
    }
}

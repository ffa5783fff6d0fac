import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SyncServer
import Testing

/// Ten wrong passwords for any name from one address locked every person at that address out — the county
/// reviewer behind the office's shared address, or everyone behind a proxy in front of the node — and wrong passwords
/// typed for her name from anywhere locked her out of her own browser (rr97 F3). A browser she logged in from before
/// now counts its failures on its own; a guesser without it is held to the limits per address and per name.
@Suite struct KnownBrowserLoginTests {
    typealias People = WebPeopleTests.People

    /// The `nianbao_device` cookie a successful login gave, as a `Cookie` header value.
    static func deviceCookie(_ response: TestResponse) throws -> String {
        let cookies = response.headers[values: .setCookie].compactMap { $0.split(separator: ";").first }
        return String(try #require(cookies.first { $0.hasPrefix("nianbao_device=") }))
    }

    static func login(
        _ name: String, _ password: String = People.password, cookie: String?, client: any TestClientProtocol
    ) async throws -> TestResponse {
        var headers = Web.form(nil)
        if let cookie { headers[.cookie] = cookie }
        return try await client.execute(
            uri: "/login", method: .post, headers: headers,
            body: Web.body([("name", name), ("password", password), ("next", "/")]))
    }

    @Test func aPersonLogsInFromHerOwnBrowserWhileOthersAreLockedOut() async throws {
        let people = try await People.make()
        let limits = NodeLimits(failedLogins: .init(burst: 3, period: .seconds(600)))
        try await people.live(limits: limits) { client in
            // Given 王审核 logged in once from her browser, which keeps the cookie the login gave
            let first = try await Self.login("王审核", cookie: nil, client: client)
            #expect(first.status == .seeOther || first.status == .found)
            let browser = try Self.deviceCookie(first)
            // When someone at the same address types wrong passwords for her name and for a name that does not exist
            for name in ["王审核", "不存在的人", "王审核"] {
                #expect(try await Self.login(name, "猜的密码abcdefg", cookie: nil, client: client).status == .unauthorized)
            }
            // Then a stranger's browser is refused even with her right password
            #expect(try await Self.login("王审核", cookie: nil, client: client).status == .tooManyRequests)
            // But her own browser logs her in
            let again = try await Self.login("王审核", cookie: browser, client: client)
            #expect(again.status == .seeOther || again.status == .found)
            // And her browser's cookie speaks for her name only: 李四 at the same browser is held to the limits
            #expect(try await Self.login("李四", cookie: browser, client: client).status == .tooManyRequests)
            // And a cookie altered by hand is no cookie
            let forged = String(browser.dropLast(2)) + (browser.hasSuffix("AA") ? "BB" : "AA")
            #expect(try await Self.login("王审核", cookie: forged, client: client).status == .tooManyRequests)
        }
    }

    @Test func guessingFromAKnownBrowserIsLimitedToThatBrowser() async throws {
        let people = try await People.make()
        let limits = NodeLimits(failedLogins: .init(burst: 3, period: .seconds(600)))
        try await people.live(limits: limits) { client in
            // Given 李四's browser, known from a login
            let browser = try Self.deviceCookie(try await Self.login("李四", cookie: nil, client: client))
            // When three wrong passwords are typed at it
            for _ in 0..<3 {
                let wrong = try await Self.login("李四", "猜的密码abcdefg", cookie: browser, client: client)
                #expect(wrong.status == .unauthorized)
            }
            // Then that browser waits, even with the right password
            let refused = try await Self.login("李四", cookie: browser, client: client)
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers[.retryAfter] != nil)
            // And another browser at the same address is not held back by it
            let elsewhere = try await Self.login("李四", cookie: nil, client: client)
            #expect(elsewhere.status == .seeOther || elsewhere.status == .found)
        }
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import RevisionStore
import SyncServer
import Testing

/// Guessing tokens or walking out ids by trial is slowed to a crawl: failed logins are counted per address, requests
/// for what is not there per token (or person, or an anonymous address), and past a few the client waits — never
/// another client with valid credentials from the same address.
@Suite struct WebProtectionTests {
    @Test func failedLoginsAreLimitedPerAddress() async throws {
        let fixture = try await WebFixture.make()
        let limits = NodeLimits(failedLogins: .init(burst: 3, period: .seconds(600)))
        try await fixture.application(limits: limits).test(.router) { client in
            // Given three wrong tokens typed into the login page
            for attempt in 0..<3 {
                let wrong = try await client.execute(
                    uri: "/login", method: .post, headers: Web.form(nil),
                    body: Web.body([("token", "nbt_" + String(repeating: "\(attempt)", count: 48))]))
                #expect(wrong.status == .unauthorized)
            }
            // Then the next wrong token is refused for a while, and the answer says when to come back
            let refused = try await client.execute(
                uri: "/login", method: .post, headers: Web.form(nil),
                body: Web.body([("token", "nbt_" + String(repeating: "9", count: 48))]))
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers[.retryAfter].flatMap(Int.init).map { $0 > 0 } == true)
            #expect(refused.headers[.setCookie] == nil)
            #expect(Web.text(refused).contains("请求过于频繁"))
            // And so is a wrong token presented as a bearer header from that address
            let wrongAPI = try await client.execute(
                uri: "/v1/whoami", method: .get, headers: Web.bearer("nbt_" + String(repeating: "8", count: 48)))
            #expect(wrongAPI.status == .tooManyRequests)
            // But the right token, typed or presented, is never refused for the guesser's failures from the same
            // address (the office's shared address, a proxy in front of the node: rr97 F3)
            let right = try await client.execute(
                uri: "/login", method: .post, headers: Web.form(nil), body: Web.body([("token", fixture.county)]))
            #expect(right.status == .seeOther || right.status == .found)
            #expect(right.headers[.setCookie] != nil)
            let api = try await client.execute(uri: "/v1/whoami", method: .get, headers: Web.bearer(fixture.county))
            #expect(api.status == .ok)
        }
    }

    @Test func wrongBearerTokensCountAsFailedLogins() async throws {
        let fixture = try await WebFixture.make()
        let limits = NodeLimits(failedLogins: .init(burst: 3, period: .seconds(600)))
        try await fixture.application(limits: limits).test(.router) { client in
            for attempt in 0..<3 {
                let wrong = try await client.execute(
                    uri: "/v1/refs", method: .get,
                    headers: Web.bearer("nbt_" + String(repeating: "\(attempt)", count: 48)))
                #expect(wrong.status == .unauthorized)
            }
            let refused = try await client.execute(
                uri: "/v1/refs", method: .get, headers: Web.bearer("nbt_" + String(repeating: "7", count: 48)))
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers[.retryAfter] != nil)
            // And a township's valid token from the same address still syncs
            let valid = try await client.execute(uri: "/v1/refs", method: .get, headers: Web.bearer(fixture.township))
            #expect(valid.status == .ok)
        }
    }

    @Test func requestsForWhatIsNotThereAreLimited() async throws {
        let fixture = try await WebFixture.make()
        let limits = NodeLimits(unknownNames: .init(burst: 5, period: .seconds(600)))
        try await fixture.application(limits: limits).test(.router) { client in
            // Given a township walking revision prefixes
            for prefix in ["0001", "0002", "0003", "0004", "0005"] {
                let miss = try await client.execute(
                    uri: "/reports/changzhang/2024/diff?from=\(prefix)", method: .get,
                    headers: Web.bearer(fixture.township))
                #expect(miss.status == .notFound)
            }
            // Then it is refused for a while, whatever it asks next
            let next = try await client.execute(
                uri: "/reports/changzhang/2024", method: .get, headers: Web.bearer(fixture.township))
            #expect(next.status == .tooManyRequests)
            #expect(next.headers[.retryAfter] != nil)
            #expect(Web.text(next).contains("请求过于频繁"))
            // And only it: the county's token from the same address is not held back by the township's misses
            let county = try await client.execute(
                uri: "/reports/changzhang/2024", method: .get, headers: Web.bearer(fixture.county))
            #expect(county.status == .ok)
        }
    }

    @Test func aMarkFromATownshipIsShownAsTheCountyReceivedIt() async throws {
        let fixture = try await WebFixture.make()
        let token = try #require(try await fixture.repository.tokens().first { $0.label == "常张乡" })
        let revision = fixture.revisions2024[1].id
        // Given a submission pushed by 常张乡's token that claims a county person and a time of its own
        let claimed = MarkComment(
            report: WebFixture.changzhang2024, mark: .submitted, comment: "请审核", author: "县长张三",
            time: Date(timeIntervalSince1970: 946_684_800))
        let received = Date(timeIntervalSince1970: 1_736_400_000)
        _ = try await fixture.repository.receive(
            objects: [],
            updates: [
                RefUpdate(
                    report: WebFixture.changzhang2024, ref: .mark(.submitted), revision: revision, expected: nil,
                    comment: claimed)
            ],
            from: Sender(token), time: received)
        try await fixture.test { client in
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024", method: .get, headers: Web.bearer(fixture.county)))
            // Then the page says who sent it and when the county received it, in Beijing time
            #expect(page.contains("<bdi>常张乡</bdi> 报送，县里收到于 2025-01-09 13:20（北京时间）"))
            #expect(page.contains("请审核"))
            #expect(!page.contains("县长张三"))
            #expect(!page.contains("2000-01-01"))
        }
    }
}

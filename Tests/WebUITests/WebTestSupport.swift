import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import ReportFixtures
import ReportModel
import RevisionStore
import SyncServer
import Testing
import WebUI

@testable import ReportRepository

/// A county node for the page tests: 常张乡 (`changzhang`) with its 2023 report and two revisions of 2024 (a cell
/// of table 3 and a paragraph changed), 大庄乡 (`dazhuang`) with 2024, a county token and a township token for
/// 常张乡.
struct WebFixture {
    static let logger: Logger = {
        var logger = Logger(label: "nianbao.test.web")
        logger.logLevel = .critical
        return logger
    }()

    let repository: ReportRepository
    let county: String
    let township: String
    /// The two revisions of 常张乡 2024, oldest first.
    let revisions2024: [Revision]
    /// 常张乡 2023's revision.
    let revision2023: Revision
    /// 大庄乡 2024's revision.
    let dazhuang: Revision

    static let changzhang2024 = ReportKey(agency: "changzhang", year: 2024)
    static let changzhang2023 = ReportKey(agency: "changzhang", year: 2023)
    static let dazhuang2024 = ReportKey(agency: "dazhuang", year: 2024)

    /// The fixture in memory, or in a repository file at `path`.
    static func make(at path: String? = nil) async throws -> WebFixture {
        let store =
            try path.map { try RevisionStore.create(at: $0, node: "county", logger: logger) }
            ?? RevisionStore.inMemory(node: "county", logger: logger)
        let repository = ReportRepository(store: store, logger: logger)
        let time = Date(timeIntervalSince1970: 1_736_300_000)
        let changzhang = Agency(id: "changzhang", name: "常张乡人民政府")
        var last = SampleReport.make(agency: "常张乡人民政府", year: 2023)
        last = SampleReport.settingTable3Cell(of: last, index: 0, to: "5")
        let old = try await repository.commit(
            last, to: changzhang2023, author: "王芳", message: "导入2023年报告", agency: changzhang, time: time)
        let first = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        let one = try await repository.commit(
            first, to: changzhang2024, author: "王芳", message: "初稿", agency: changzhang,
            time: time.addingTimeInterval(3600))
        var second = SampleReport.settingTable3Cell(of: first, index: 0, to: "3")
        second = SampleReport.rewritingParagraph(
            of: second, index: 0, to: "2024年，常张乡人民政府全年主动公开政府信息150条，涉及<社会救助>与\"应急管理\"。")
        let two = try await repository.commit(
            second, to: changzhang2024, author: "李明", message: "补充第一部分", agency: changzhang,
            time: time.addingTimeInterval(7200))
        let other = try await repository.commit(
            SampleReport.make(agency: "大庄乡人民政府", year: 2024), to: dazhuang2024, author: "赵强", message: "初稿",
            agency: Agency(id: "dazhuang", name: "大庄乡人民政府"), time: time.addingTimeInterval(3600))
        let county = try await repository.issueToken(label: "县政务公开办", scope: .all)
        let township = try await repository.issueToken(label: "常张乡", scope: .agencies(["changzhang"]))
        return WebFixture(
            repository: repository, county: county.secret, township: township.secret,
            revisions2024: [one.revision, two.revision], revision2023: old.revision, dazhuang: other.revision)
    }

    /// Limits that the page tests never reach (the rate-limit tests set their own).
    static let roomyLimits = NodeLimits(
        failedLogins: .init(burst: 1000, period: .seconds(1)), unknownNames: .init(burst: 1000, period: .seconds(1)))

    /// The application under test, with a fixed anti-forgery key.
    var application: some ApplicationProtocol {
        application(limits: Self.roomyLimits)
    }

    /// The application under test with some limits.
    func application(limits: NodeLimits) -> some ApplicationProtocol {
        buildNodeWebApplication(
            repository: repository,
            configuration: NodeServerConfiguration(port: 0, logger: Self.logger, limits: limits),
            web: WebConfiguration(csrfKey: Array(repeating: 7, count: 32)))
    }

    /// Runs requests against the router.
    func test(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await application.test(.router) { client in try await body(client) }
    }
}

/// Headers and bodies for the requests of the tests.
enum Web {
    /// The headers that present a token: `Authorization: Bearer` (a browser logs in instead: ``login(_:client:)``).
    static func cookie(_ token: String) -> HTTPFields {
        bearer(token)
    }

    /// Logs a token in through the login form; returns the session cookie to send with further requests.
    static func login(
        _ token: String, client: any TestClientProtocol, extra: HTTPFields = [:]
    ) async throws
        -> HTTPFields
    {
        let response = try await client.execute(
            uri: "/login", method: .post, headers: form(nil, extra: extra), body: body([("token", token)]))
        let setCookie = try #require(response.headers[.setCookie])
        let pair = try #require(setCookie.split(separator: ";").first)
        return [.cookie: String(pair)]
    }

    /// A bearer header.
    static func bearer(_ token: String) -> HTTPFields {
        [.authorization: "Bearer \(token)"]
    }

    /// A form post's headers: the token, the form's content type and what else is given.
    static func form(_ token: String?, extra: HTTPFields = [:]) -> HTTPFields {
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        for field in extra { headers.append(field) }
        return headers
    }

    /// A form body.
    static func body(_ fields: [(String, String)]) -> ByteBuffer {
        let allowed = CharacterSet.alphanumerics
        let text = fields.map { name, value in
            (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name) + "="
                + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)
        }.joined(separator: "&")
        return ByteBuffer(string: text)
    }

    /// A response's body as text.
    static func text(_ response: TestResponse) -> String {
        String(buffer: response.body)
    }

    /// The anti-forgery token of a page's forms.
    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// The anti-forgery token of a session, read from a page it gets.
    static func csrf(for token: String, client: any TestClientProtocol) async throws -> String {
        let page = try await client.execute(uri: "/", method: .get, headers: cookie(token))
        return try #require(csrf(in: text(page)))
    }
}

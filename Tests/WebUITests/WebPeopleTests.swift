import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncServer
import Testing
import WebUI

/// People log in by name and password on a real server on 127.0.0.1, over a repository file in a temporary folder:
/// a clerk reaches only its agencies, a viewer changes nothing, the county's reviewer returns and publishes, and
/// what each does on the pages is recorded under their name.
@Suite struct WebPeopleTests {
    /// The page fixture in a temporary folder, with a clerk of 常张乡, a reviewer and a viewer.
    struct People {
        let folder: TemporaryDirectory
        let fixture: WebFixture
        static let password = "常张乡2024年报!"

        static func make() async throws -> People {
            let folder = try TemporaryDirectory()
            let fixture = try await WebFixture.make(at: folder.path("county.sqlite").path)
            let repository = fixture.repository
            _ = try await repository.addPerson(
                name: "李四", role: .clerk, agencies: ["changzhang"], password: password, by: "管理员")
            _ = try await repository.addPerson(name: "王审核", role: .reviewer, password: password, by: "管理员")
            _ = try await repository.addPerson(name: "赵领导", role: .viewer, password: password, by: "管理员")
            _ = try await repository.addPerson(name: "孙管理", role: .admin, password: password, by: "管理员")
            return People(folder: folder, fixture: fixture)
        }

        /// A real server on 127.0.0.1 (an ephemeral port) over the fixture's repository.
        func live(
            limits: NodeLimits = WebFixture.roomyLimits, sessionLifetime: Int = 3600,
            _ body: @Sendable (any TestClientProtocol) async throws -> Void
        ) async throws {
            defer { folder.remove() }
            let application = buildNodeWebApplication(
                repository: fixture.repository,
                configuration: NodeServerConfiguration(port: 0, logger: WebFixture.logger, limits: limits),
                web: WebConfiguration(csrfKey: Array(repeating: 7, count: 32), sessionLifetime: sessionLifetime))
            try await application.test(.live) { client in try await body(client) }
        }
    }

    /// Posts the login form with a name and password.
    static func login(
        _ name: String, _ password: String = People.password, client: any TestClientProtocol
    ) async throws -> TestResponse {
        try await client.execute(
            uri: "/login", method: .post, headers: Web.form(nil),
            body: Web.body([("name", name), ("password", password), ("next", "/")]))
    }

    /// Logs a person in; returns the session cookie.
    static func session(
        _ name: String, _ password: String = People.password, client: any TestClientProtocol
    ) async throws -> HTTPFields {
        let response = try await login(name, password, client: client)
        #expect(response.status == .seeOther || response.status == .found)
        let setCookie = try #require(response.headers[.setCookie])
        let pair = try #require(setCookie.split(separator: ";").first)
        return [.cookie: String(pair)]
    }

    /// Posts the mark form of 常张乡 2024's draft as a session.
    static func mark(
        _ mark: Mark, comment: String? = nil, session: HTTPFields, fixture: WebFixture, client: any TestClientProtocol
    ) async throws -> TestResponse {
        let page = try await client.execute(uri: "/", method: .get, headers: session)
        let csrf = try #require(Web.csrf(in: Web.text(page)))
        var fields = [("csrf", csrf), ("mark", mark.rawValue), ("revision", fixture.revisions2024[1].id.hex)]
        if let comment { fields.append(("comment", comment)) }
        var headers = Web.form(nil)
        for field in session { headers.append(field) }
        return try await client.execute(
            uri: "/reports/changzhang/2024/mark", method: .post, headers: headers, body: Web.body(fields))
    }

    @Test func theRightPasswordLogsInAndTheWrongOneDoesNot() async throws {
        let people = try await People.make()
        try await people.live { client in
            // A wrong password and an unknown name get the same answer, and no cookie
            let wrong = try await Self.login("李四", "不对的密码12345", client: client)
            let unknown = try await Self.login("没有这个人", client: client)
            #expect(wrong.status == .unauthorized)
            #expect(unknown.status == .unauthorized)
            #expect(wrong.headers[.setCookie] == nil)
            #expect(Web.text(wrong).contains("用户名或密码不对"))
            // The right one opens a session whose page names the person and their role
            let cookie = try await Self.session("李四", client: client)
            let overview = try await client.execute(uri: "/", method: .get, headers: cookie)
            #expect(overview.status == .ok)
            #expect(Web.text(overview).contains("<bdi>李四</bdi> · 乡镇填报员"))
            // The login is in the audit log
            let log = try await people.fixture.repository.auditLog()
            #expect(log.first?.person == "李四")
            #expect(log.first?.action == "login")
        }
    }

    /// A disabled person who types the right password is told the account is disabled, not that the password is
    /// wrong (they would retype it until the limit stops them); a wrong password still tells nothing.
    @Test func aDisabledPersonWithTheRightPasswordIsToldTheAccountIsDisabled() async throws {
        let people = try await People.make()
        try await people.fixture.repository.disablePerson(named: "李四", by: "管理员")
        try await people.live { client in
            let right = try await Self.login("李四", client: client)
            #expect(right.status == .unauthorized)
            #expect(right.headers[.setCookie] == nil)
            #expect(Web.text(right).contains("这个账号已停用：请联系本节点的系统管理员重新启用。"))
            #expect(!Web.text(right).contains("用户名或密码不对"))
            let wrong = try await Self.login("李四", "不对的密码12345", client: client)
            #expect(Web.text(wrong).contains("用户名或密码不对"))
            #expect(!Web.text(wrong).contains("已停用"))
        }
    }

    @Test func failedLoginsAreLimitedPerName() async throws {
        let people = try await People.make()
        let limits = NodeLimits(failedLogins: .init(burst: 3, period: .seconds(600)))
        try await people.live(limits: limits) { client in
            for _ in 0..<3 {
                #expect(try await Self.login("李四", "猜的密码abcdefg", client: client).status == .unauthorized)
            }
            // Then even the right password is refused for a while, with no cookie
            let refused = try await Self.login("李四", client: client)
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers[.setCookie] == nil)
            #expect(refused.headers[.retryAfter] != nil)
        }
        // The name counts on its own, from any address
        let protection = NodeProtection(limits: limits)
        for _ in 0..<3 { await protection.recordFailedLogin(name: "李四", from: "10.0.0.\(Int.random(in: 1...200))") }
        #expect(await protection.loginRetryAfter(name: "李四", from: "10.9.9.9") != nil)
        #expect(await protection.loginRetryAfter(name: "王审核", from: "10.9.9.9") == nil)
    }

    @Test func aSessionExpires() async throws {
        let people = try await People.make()
        try await people.live(sessionLifetime: 1) { client in
            let cookie = try await Self.session("王审核", client: client)
            // Wait out the one-second lifetime (bounded: a few polls at most)
            var answer = try await client.execute(uri: "/", method: .get, headers: cookie)
            for _ in 0..<20 where answer.status == .ok {
                try await Task.sleep(for: .milliseconds(250))
                answer = try await client.execute(uri: "/", method: .get, headers: cookie)
            }
            #expect(answer.status == .seeOther)
            #expect(answer.headers[.location]?.hasPrefix("/login") == true)
            #expect(answer.headers[.location]?.contains("expired=1") == true)
        }
    }

    @Test func aClerkSeesOnlyItsAgencyAndAnotherIsAsMissing() async throws {
        let people = try await People.make()
        try await people.live { client in
            let cookie = try await Self.session("李四", client: client)
            let own = try await client.execute(uri: "/reports/changzhang/2024", method: .get, headers: cookie)
            #expect(own.status == .ok)
            let overview = Web.text(try await client.execute(uri: "/", method: .get, headers: cookie))
            #expect(overview.contains("常张乡"))
            #expect(!overview.contains("大庄乡"))
            // Another agency's report is answered exactly as an agency that does not exist
            let other = try await client.execute(uri: "/reports/dazhuang/2024", method: .get, headers: cookie)
            let missing = try await client.execute(uri: "/reports/xiaozhuang/2024", method: .get, headers: cookie)
            #expect(other.status == .notFound)
            #expect(other.status == missing.status)
            #expect(
                Web.text(other).replacingOccurrences(of: "dazhuang", with: "ID")
                    == Web.text(missing).replacingOccurrences(of: "xiaozhuang", with: "ID"))
            #expect(!Web.text(other).contains("大庄乡"))
            // And it cannot return its own report (the county's)
            let returned = try await Self.mark(
                .returned, comment: "请补充", session: cookie, fixture: people.fixture, client: client)
            #expect(returned.status == .forbidden)
        }
    }

    @Test func aViewerCannotChangeAnything() async throws {
        let people = try await People.make()
        try await people.live { client in
            let cookie = try await Self.session("赵领导", client: client)
            // It reads every report, with no form that changes one
            let page = try await client.execute(uri: "/reports/dazhuang/2024", method: .get, headers: cookie)
            #expect(page.status == .ok)
            #expect(!Web.text(page).contains("name=\"mark\""))
            // A form posted anyway is refused, and nothing moves
            for mark in Mark.allCases {
                let answer = try await Self.mark(
                    mark, comment: "看过了", session: cookie, fixture: people.fixture, client: client)
                #expect(answer.status == .forbidden)
                #expect(Web.text(answer).contains("只读查看不能"))
            }
            #expect(try await people.fixture.repository.marks(of: WebFixture.changzhang2024).isEmpty)
            // Nor does it read the audit log
            let audit = try await client.execute(uri: "/audit", method: .get, headers: cookie)
            #expect(audit.status == .forbidden)
        }
    }

    @Test func aWebMarkRecordsThePersonsName() async throws {
        let people = try await People.make()
        try await people.live { client in
            // The clerk submits, the reviewer returns with a comment
            let clerk = try await Self.session("李四", client: client)
            let submitted = try await Self.mark(.submitted, session: clerk, fixture: people.fixture, client: client)
            #expect(submitted.status == .seeOther || submitted.status == .found)
            let reviewer = try await Self.session("王审核", client: client)
            let returned = try await Self.mark(
                .returned, comment: "表三合计不对，请核对", session: reviewer, fixture: people.fixture, client: client)
            #expect(returned.status == .seeOther || returned.status == .found)
            // The mark carries the reviewer's name, not a token's label
            let marks = try await people.fixture.repository.marks(of: WebFixture.changzhang2024)
            let mark = try #require(marks.first { $0.mark == .returned })
            #expect(mark.comment?.author == "王审核")
            // And the audit log has both, by name, with the report and the node
            let log = try await people.fixture.repository.auditLog(report: WebFixture.changzhang2024)
            #expect(log.map(\.person) == ["王审核", "李四"])
            #expect(log.allSatisfy { $0.action == "mark" && $0.node == "county" })
            // The audit page shows them to the reviewer
            let audit = try await client.execute(uri: "/audit", method: .get, headers: reviewer)
            #expect(audit.status == .ok)
            #expect(Web.text(audit).contains("李四"))
            #expect(Web.text(audit).contains("常张乡人民政府 2024 年"))
        }
    }

    @Test func anAdministratorAddsAndDisablesPeopleAndOnlyThey() async throws {
        let people = try await People.make()
        try await people.live { client in
            // A reviewer may not open the page
            let reviewer = try await Self.session("王审核", client: client)
            let refused = try await client.execute(uri: "/people", method: .get, headers: reviewer)
            #expect(refused.status == .forbidden)
            // and is told to ask the administrator, not the county's office she is (ux98 J7), in both languages
            let refusal = Web.text(refused)
            #expect(refusal.contains("如需办理，请联系系统管理员。") && !refusal.contains("请联系县政务公开办"), "\(refusal)")
            let english = Web.text(
                try await client.execute(
                    uri: "/people", method: .get, headers: try WebLanguageTests.cookies(reviewer, "lang=en")))
            #expect(english.contains("If it needs doing, ask an administrator of this system."), "\(english)")
            #expect(!english.contains("information disclosure office."), "\(english)")
            // The admin adds a clerk for 大庄乡 through the form
            let admin = try await Self.session("孙管理", client: client)
            let page = try await client.execute(uri: "/people", method: .get, headers: admin)
            #expect(page.status == .ok)
            let csrf = try #require(Web.csrf(in: Web.text(page)))
            // The offices are ticked by name; the list names the clerk's office, not its id
            #expect(Web.text(page).contains("<input type=\"checkbox\" name=\"agency\" value=\"dazhuang\"> 大庄乡人民政府"))
            #expect(Web.text(page).contains("<td data-label=\"负责机关\">常张乡人民政府</td>"))
            var headers = Web.form(nil)
            for field in admin { headers.append(field) }
            let unticked = try await client.execute(
                uri: "/people", method: .post, headers: headers,
                body: Web.body([("csrf", csrf), ("name", "周五"), ("role", "clerk"), ("password", "大庄乡密码1234")]))
            #expect(unticked.status == .badRequest)
            #expect(Web.text(unticked).contains("要勾选负责的机关") && !Web.text(unticked).contains("--agency"))
            // The refused form comes back filled as it was sent, the password aside
            let short = try await client.execute(
                uri: "/people", method: .post, headers: headers,
                body: Web.body([
                    ("csrf", csrf), ("name", "周五"), ("role", "clerk"), ("agency", "dazhuang"), ("password", "短"),
                ]))
            let again = Web.text(short)
            #expect(short.status == .badRequest)
            #expect(again.contains("<p class=\"alert\" role=\"alert\">没有添加："), "\(again)")
            #expect(again.contains("value=\"周五\""))
            #expect(again.contains("<option value=\"clerk\" selected>"))
            #expect(again.contains("value=\"dazhuang\" checked> 大庄乡人民政府"))
            #expect(!again.contains("value=\"短\""))
            let added = try await client.execute(
                uri: "/people", method: .post, headers: headers,
                body: Web.body([
                    ("csrf", csrf), ("name", "周五"), ("role", "clerk"), ("agency", "dazhuang"),
                    ("password", "大庄乡密码1234"),
                ]))
            // The answer is a redirect (reloading the page does not add them again), to a page that says so
            #expect(added.status == .seeOther || added.status == .found)
            let location = try #require(added.headers[.location])
            #expect(location.hasPrefix("/people?added="))
            let shown = try await client.execute(uri: location, method: .get, headers: admin)
            #expect(Web.text(shown).contains("已添加用户 <bdi>周五</bdi>。"))
            // An address naming someone who was not added says nothing
            let made = try await client.execute(uri: "/people?added=%E9%92%B1%E5%85%AD", method: .get, headers: admin)
            #expect(!Web.text(made).contains("已添加用户"))
            // The new clerk logs in and reaches 大庄乡 only
            let clerk = try await Self.session("周五", "大庄乡密码1234", client: client)
            let own = try await client.execute(uri: "/reports/dazhuang/2024", method: .get, headers: clerk)
            #expect(own.status == .ok)
            let other = try await client.execute(uri: "/reports/changzhang/2024", method: .get, headers: clerk)
            #expect(other.status == .notFound)
            // Disabled, the clerk's open session ends at its next request
            let disabled = try await client.execute(
                uri: "/people/disable", method: .post, headers: headers,
                body: Web.body([("csrf", csrf), ("name", "周五")]))
            #expect(disabled.status == .seeOther || disabled.status == .found)
            let after = try await client.execute(uri: "/reports/dazhuang/2024", method: .get, headers: clerk)
            #expect(after.status == .seeOther)
            let disabledPage = Web.text(
                try await client.execute(uri: try #require(disabled.headers[.location]), method: .get, headers: admin))
            #expect(disabledPage.contains("已停用用户 <bdi>周五</bdi>。"))
            // Enabled again with a new password, they log in with it
            #expect(disabledPage.contains("action=\"/people/password\""))
            let enabled = try await client.execute(
                uri: "/people/password", method: .post, headers: headers,
                body: Web.body([
                    ("csrf", csrf), ("name", "周五"), ("password", "大庄乡新密码5678"), ("confirm", "大庄乡新密码5678"),
                ]))
            #expect(enabled.status == .seeOther || enabled.status == .found)
            _ = try await Self.session("周五", "大庄乡新密码5678", client: client)
            // Without the form's anti-forgery token nothing is added
            let forged = try await client.execute(
                uri: "/people", method: .post, headers: headers,
                body: Web.body([("name", "钱六"), ("role", "admin"), ("password", "forged-password")]))
            #expect(forged.status == .forbidden)
            #expect(try await people.fixture.repository.people().contains { $0.name == "钱六" } == false)
        }
    }
}

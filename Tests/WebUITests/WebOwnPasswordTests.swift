import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportRepository
import SyncServer
import Testing
import WebUI

/// A person changes her own password on the 修改密码 page, linked from the top bar beside 退出 (rv107 F8: only an
/// administrator could set one, so the administrator knew every clerk's and reviewer's password). Her current
/// password and the new one twice; the rules of every password; her other logins end, this browser stays signed in;
/// the audit log has it under her name; the form needs the page's anti-forgery token, and wrong current passwords
/// count as failed logins of her name. On a real server on 127.0.0.1 over a repository file.
@Suite struct WebOwnPasswordTests {
    typealias People = WebPeopleTests.People

    /// A person's session, its headers for a form and the password page's anti-forgery token.
    static func signIn(
        _ name: String, _ password: String = People.password, client: any TestClientProtocol
    ) async throws -> (session: HTTPFields, form: HTTPFields, csrf: String) {
        let session = try await WebPeopleTests.session(name, password, client: client)
        let page = try await client.execute(uri: "/password", method: .get, headers: session)
        #expect(page.status == .ok)
        let csrf = try #require(Web.csrf(in: Web.text(page)))
        var form = Web.form(nil)
        for field in session { form.append(field) }
        return (session, form, csrf)
    }

    /// Posts the form.
    static func change(
        _ current: String, _ new: String, confirm: String? = nil,
        as signed: (session: HTTPFields, form: HTTPFields, csrf: String), client: any TestClientProtocol
    ) async throws -> TestResponse {
        try await client.execute(
            uri: "/password", method: .post, headers: signed.form,
            body: Web.body([("csrf", signed.csrf), ("current", current), ("new", new), ("confirm", confirm ?? new)]))
    }

    static let newPassword = "常张乡新密码-2025"

    @Test func theTopBarLinksThePageForAPersonAndTheFormAsksThreePasswords() async throws {
        let people = try await People.make()
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("李四", client: client)
            let board = Web.text(try await client.execute(uri: "/", method: .get, headers: clerk))
            #expect(board.contains("<a href=\"/password\">修改密码</a>"), "\(board)")
            let page = Web.text(try await client.execute(uri: "/password", method: .get, headers: clerk))
            #expect(page.contains("<h1>修改密码</h1>"))
            for field in ["current", "new", "confirm"] { #expect(page.contains("name=\"\(field)\"")) }
            #expect(page.contains("至少 8 个字符，混用字母"))
            // A token's session has no password: no link, and the page says why
            let county = Web.bearer(people.fixture.county)
            let tokenBoard = Web.text(try await client.execute(uri: "/", method: .get, headers: county))
            #expect(!tokenBoard.contains("href=\"/password\""))
            let tokenPage = Web.text(try await client.execute(uri: "/password", method: .get, headers: county))
            #expect(tokenPage.contains("您是用访问令牌登录的，没有密码可改"))
            #expect(!tokenPage.contains("name=\"current\""))
            // Nobody signed in is sent to log in
            let anonymous = try await client.execute(uri: "/password", method: .get)
            #expect(anonymous.status == .seeOther || anonymous.status == .found)
        }
    }

    @Test func aWrongCurrentPasswordAWeakOneAndTwoDifferentTypingsChangeNothing() async throws {
        let people = try await People.make()
        try await people.live { client in
            let clerk = try await Self.signIn("李四", client: client)
            let wrong = try await Self.change("不对的密码-1234", Self.newPassword, as: clerk, client: client)
            #expect(wrong.status == .badRequest)
            let wrongPage = Web.text(wrong)
            #expect(wrongPage.contains("当前密码不对：请输入您现在登录用的密码。密码没有修改。"), "\(wrongPage)")
            // (the form comes back, its boxes empty: no password is sent back)
            #expect(wrongPage.contains("name=\"current\""))
            #expect(!wrongPage.contains(Self.newPassword) && !wrongPage.contains("不对的密码-1234"))
            let weak = try await Self.change(People.password, "12345678", as: clerk, client: client)
            #expect(weak.status == .badRequest)
            #expect(Web.text(weak).contains("密码太简单：只用了一种字符。"), "\(Web.text(weak))")
            let named = try await Self.change(People.password, "李四的密码2025", as: clerk, client: client)
            #expect(Web.text(named).contains("密码太简单：里面有本人的姓名"))
            let differ = try await Self.change(
                People.password, Self.newPassword, confirm: "常张乡新密码-2052", as: clerk, client: client)
            #expect(differ.status == .badRequest)
            #expect(Web.text(differ).contains("两次输入的新密码不一样"))
            let same = try await Self.change(People.password, People.password, as: clerk, client: client)
            #expect(Web.text(same).contains("新密码和当前密码一样"))
            // The session and the old password still work; nothing is in the audit log
            #expect(try await client.execute(uri: "/", method: .get, headers: clerk.session).status == .ok)
            _ = try await WebPeopleTests.session("李四", client: client)
            let log = try await people.fixture.repository.auditLog()
            #expect(!log.contains { $0.action == AuditAction.passwordChange.rawValue })
        }
    }

    @Test func aChangeEndsHerOtherLoginsKeepsThisOneAndIsInTheAuditLog() async throws {
        let people = try await People.make()
        try await people.live { client in
            let elsewhere = try await WebPeopleTests.session("李四", client: client)
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let clerk = try await Self.signIn("李四", client: client)
            let changed = try await Self.change(People.password, Self.newPassword, as: clerk, client: client)
            #expect(changed.status == .seeOther || changed.status == .found)
            #expect(changed.headers[.location] == "/password?changed=1")
            // This browser has a new session, and the page says her other logins ended
            let setCookie = try #require(changed.headers[.setCookie])
            let renewed: HTTPFields = [.cookie: String(try #require(setCookie.split(separator: ";").first))]
            let page = Web.text(try await client.execute(uri: "/password?changed=1", method: .get, headers: renewed))
            #expect(page.contains("密码已修改。您在其他浏览器或电脑上的登录已经退出"), "\(page)")
            // Her login elsewhere, and the one the form was sent from, ended; another person's did not
            for ended in [elsewhere, clerk.session] {
                let answer = try await client.execute(uri: "/", method: .get, headers: ended)
                #expect(answer.status == .seeOther || answer.status == .found)
            }
            #expect(try await client.execute(uri: "/", method: .get, headers: reviewer).status == .ok)
            // The old password no longer logs in; the new one does
            #expect(try await WebPeopleTests.login("李四", client: client).status == .unauthorized)
            _ = try await WebPeopleTests.session("李四", Self.newPassword, client: client)
            // The audit log has it under her name, from where
            let line = try #require(
                try await people.fixture.repository.auditLog().first {
                    $0.action == AuditAction.passwordChange.rawValue
                })
            #expect(line.person == "李四")
            #expect(line.detail.hasPrefix("从 ") && line.detail.hasSuffix(" 修改本人的密码"), "\(line.detail)")
            #expect(AuditWording.english(of: line.detail)?.hasPrefix("changed their own password from ") == true)
            // The notice is shown only when it is so: another person's page with the same address has none
            let other = Web.text(
                try await client.execute(uri: "/password?changed=1", method: .get, headers: reviewer))
            #expect(!other.contains("密码已修改"))
        }
    }

    @Test func aViewerChangesHerOwn() async throws {
        let people = try await People.make()
        try await people.live { client in
            let viewer = try await Self.signIn("赵领导", client: client)
            let changed = try await Self.change(People.password, "领导的新密码-2025", as: viewer, client: client)
            #expect(changed.status == .seeOther || changed.status == .found, "\(Web.text(changed))")
            _ = try await WebPeopleTests.session("赵领导", "领导的新密码-2025", client: client)
        }
    }

    @Test func theFormNeedsItsTokenAndWrongCurrentPasswordsAreLimitedAsLogins() async throws {
        let people = try await People.make()
        let limits = NodeLimits(failedLogins: .init(burst: 3, period: .seconds(600)))
        try await people.live(limits: limits) { client in
            let clerk = try await Self.signIn("李四", client: client)
            // Without the page's anti-forgery token nothing is changed
            let forged = try await client.execute(
                uri: "/password", method: .post, headers: clerk.form,
                body: Web.body([("current", People.password), ("new", Self.newPassword), ("confirm", Self.newPassword)])
            )
            #expect(forged.status == .forbidden)
            // Guessing her password through a browser left signed in stops as at the login
            var statuses: [HTTPResponse.Status] = []
            for guess in 1...5 {
                statuses.append(
                    try await Self.change("猜的密码-\(guess)000", Self.newPassword, as: clerk, client: client).status)
            }
            #expect(statuses.contains(.tooManyRequests), "\(statuses)")
            #expect(statuses.first == .badRequest)
            // The right one is refused too while the wait lasts, and the password is unchanged
            let right = try await Self.change(People.password, Self.newPassword, as: clerk, client: client)
            #expect(right.status == .tooManyRequests)
            let unchanged = try await people.fixture.repository.authenticatePerson(
                name: "李四", password: People.password)
            #expect(unchanged != nil)
        }
    }
}

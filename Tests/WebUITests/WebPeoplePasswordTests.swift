import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportRepository
import Testing
import WebUI

/// The administrator sets a person's new password on the people page (user review ux98, finding K: a clerk who forgot
/// hers, or a disabled person, waited for someone at the server's terminal): typed twice or made up by the node and
/// shown once; it enables a disabled person, ends the person's sessions and is in the audit log under the
/// administrator's name; only an administrator's form with the page's anti-forgery token does it.
@Suite struct WebPeoplePasswordTests {
    typealias People = WebPeopleTests.People

    /// The admin's session, its headers for a form and the page's anti-forgery token.
    static func admin(
        client: any TestClientProtocol
    ) async throws -> (session: HTTPFields, form: HTTPFields, csrf: String) {
        let session = try await WebPeopleTests.session("孙管理", client: client)
        let page = try await client.execute(uri: "/people", method: .get, headers: session)
        let csrf = try #require(Web.csrf(in: Web.text(page)))
        var form = Web.form(nil)
        for field in session { form.append(field) }
        return (session, form, csrf)
    }

    @Test func theAdministratorSetsAForgottenPasswordTypedTwice() async throws {
        let people = try await People.make()
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("李四", client: client)
            let admin = try await Self.admin(client: client)
            // Every row, an active person's too, has the form: the password twice, or one made up
            let page = Web.text(try await client.execute(uri: "/people", method: .get, headers: admin.session))
            #expect(page.components(separatedBy: "action=\"/people/password\"").count == 5)
            #expect(page.contains("<summary>设置新密码</summary>"))
            #expect(page.contains("name=\"confirm\""))
            #expect(page.contains("name=\"generate\" value=\"1\" formnovalidate"))
            // Two different typings set nothing: the page says why, and the old password still works
            let differ = try await client.execute(
                uri: "/people/password", method: .post, headers: admin.form,
                body: Web.body([
                    ("csrf", admin.csrf), ("name", "李四"), ("password", "常张乡新密码2025"), ("confirm", "常张乡新密码2052"),
                ]))
            #expect(differ.status == .badRequest)
            #expect(Web.text(differ).contains("没有设置“李四”的新密码：两次输入的不一样。"))
            #expect(try await client.execute(uri: "/", method: .get, headers: clerk).status == .ok)
            // The same twice sets it, and the page says so
            let set = try await client.execute(
                uri: "/people/password", method: .post, headers: admin.form,
                body: Web.body([
                    ("csrf", admin.csrf), ("name", "李四"), ("password", "常张乡新密码2025"), ("confirm", "常张乡新密码2025"),
                ]))
            #expect(set.status == .seeOther || set.status == .found)
            let location = try #require(set.headers[.location])
            let shown = Web.text(try await client.execute(uri: location, method: .get, headers: admin.session))
            #expect(shown.contains("已为用户 <bdi>李四</bdi> 设置新密码。"), "\(shown)")
            // Her open session ended; the old password no longer logs in, the new one does
            let after = try await client.execute(uri: "/", method: .get, headers: clerk)
            #expect(after.status == .seeOther)
            #expect(try await WebPeopleTests.login("李四", client: client).status == .unauthorized)
            _ = try await WebPeopleTests.session("李四", "常张乡新密码2025", client: client)
            // The audit log has it under the administrator's name
            let line = try #require(try await people.fixture.repository.auditLog().first { $0.action == "user-passwd" })
            #expect(line.person == "孙管理")
            #expect(line.detail == "重设用户 李四 的密码")
        }
    }

    @Test func aMadeUpPasswordIsShownOnceAndNotCached() async throws {
        let people = try await People.make()
        try await people.live { client in
            let admin = try await Self.admin(client: client)
            let answer = try await client.execute(
                uri: "/people/password", method: .post, headers: admin.form,
                body: Web.body([("csrf", admin.csrf), ("name", "王审核"), ("generate", "1")]))
            #expect(answer.status == .ok)
            #expect(answer.headers[.cacheControl] == "no-store")
            let page = Web.text(answer)
            #expect(page.contains("“王审核”的新密码是："))
            #expect(page.contains("只在这里显示这一次"))
            let start = try #require(page.range(of: "<code class=\"password\">"))
            let password = String(page[start.upperBound...].prefix { $0 != "<" })
            #expect(password.count == 14)
            // The made-up password logs in; the page shown again does not show it
            _ = try await WebPeopleTests.session("王审核", password, client: client)
            let again = Web.text(try await client.execute(uri: "/people", method: .get, headers: admin.session))
            #expect(!again.contains(password))
        }
    }

    @Test func aNewPasswordEnablesADisabledPersonAndTheAuditSaysSo() async throws {
        let people = try await People.make()
        try await people.fixture.repository.disablePerson(named: "李四", by: "孙管理")
        try await people.live { client in
            let admin = try await Self.admin(client: client)
            let page = Web.text(try await client.execute(uri: "/people", method: .get, headers: admin.session))
            #expect(page.contains("<details class=\"reset\" open><summary>设新密码并启用</summary>"))
            let enabled = try await client.execute(
                uri: "/people/password", method: .post, headers: admin.form,
                body: Web.body([
                    ("csrf", admin.csrf), ("name", "李四"), ("password", "常张乡新密码2025"), ("confirm", "常张乡新密码2025"),
                ]))
            #expect(enabled.headers[.location]?.hasPrefix("/people?enabled=") == true)
            _ = try await WebPeopleTests.session("李四", "常张乡新密码2025", client: client)
            let line = try #require(try await people.fixture.repository.auditLog().first { $0.action == "user-passwd" })
            #expect(line.detail == "重设用户 李四 的密码并重新启用")
            #expect(AuditWording.english(of: line.detail) == "reset the password of 李四 and enabled them again")
        }
    }

    @Test func onlyAnAdministratorsFormWithItsTokenSetsAPassword() async throws {
        let people = try await People.make()
        try await people.live { client in
            let fields = [("name", "李四"), ("password", "攻击者的密码1234"), ("confirm", "攻击者的密码1234")]
            // A reviewer's form, with a valid anti-forgery token of her own page, is refused
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let board = try await client.execute(uri: "/", method: .get, headers: reviewer)
            let reviewerCSRF = try #require(Web.csrf(in: Web.text(board)))
            var reviewerForm = Web.form(nil)
            for field in reviewer { reviewerForm.append(field) }
            let refused = try await client.execute(
                uri: "/people/password", method: .post, headers: reviewerForm,
                body: Web.body([("csrf", reviewerCSRF)] + fields))
            #expect(refused.status == .forbidden)
            // The administrator's form without the token is refused too
            let admin = try await Self.admin(client: client)
            let forged = try await client.execute(
                uri: "/people/password", method: .post, headers: admin.form, body: Web.body(fields))
            #expect(forged.status == .forbidden)
            #expect(try await WebPeopleTests.login("李四", "攻击者的密码1234", client: client).status == .unauthorized)
            // And the last administrator still cannot be disabled
            let last = try await client.execute(
                uri: "/people/disable", method: .post, headers: admin.form,
                body: Web.body([("csrf", admin.csrf), ("name", "孙管理")]))
            #expect(last.status == .badRequest || last.status == .conflict)
            #expect(try await people.fixture.repository.people().first { $0.name == "孙管理" }?.isActive == true)
        }
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import SyncServer
import Testing
import WebUI

/// Restarting the server (an update, a reboot of the office PC) logs nobody out: a real server on 127.0.0.1 over a
/// repository file is stopped and a new one started on the same file, as `nianbao serve` does, with the key the file
/// keeps. What ended a login before the restart (logout, a revoked token, a disabled person) still holds after it.
@Suite struct WebSessionRestartTests {
    /// Runs a real server over the repository file at `path`, opened anew, with the anti-forgery key it keeps.
    static func serve(
        _ path: String, _ body: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let repository = try ReportRepository.open(at: path, logger: WebFixture.logger)
        let application = buildNodeWebApplication(
            repository: repository,
            configuration: NodeServerConfiguration(port: 0, logger: WebFixture.logger, limits: WebFixture.roomyLimits),
            web: WebConfiguration(csrfKey: try await repository.webFormKey()))
        try await application.test(.live) { client in try await body(client) }
    }

    /// Whether a request with a cookie is sent to the login page (its login ended).
    static func isLoggedOut(_ cookie: HTTPFields, client: any TestClientProtocol) async throws -> Bool {
        let answer = try await client.execute(uri: "/", method: .get, headers: cookie)
        return answer.status == .seeOther && answer.headers[.location]?.hasPrefix("/login") == true
    }

    @Test func aLoginAndAFormOpenedBeforeARestartWorkAfterIt() async throws {
        let people = try await WebPeopleTests.People.make()
        defer { people.folder.remove() }
        let path = people.folder.path("county.sqlite").path
        // Given the clerk's submitted report, and the reviewer logged in with the report's page open
        let opened = try await Self.serveAndOpen(path, fixture: people.fixture)
        // When the server stops and a new one starts on the same file
        try await Self.serve(path) { client in
            // Then the same cookie still works
            let page = try await client.execute(uri: "/", method: .get, headers: opened.cookie)
            #expect(page.status == .ok)
            #expect(Web.text(page).contains("<bdi>王审核</bdi>"))
            // And the 退回 form opened before the restart is taken, with its comment
            var headers = Web.form(nil)
            for field in opened.cookie { headers.append(field) }
            let returned = try await client.execute(
                uri: "/reports/changzhang/2024/mark", method: .post, headers: headers,
                body: Web.body([
                    ("csrf", opened.csrf), ("mark", Mark.returned.rawValue),
                    ("revision", people.fixture.revisions2024[1].id.hex), ("comment", "表三合计不对，请核对"),
                ]))
            #expect(returned.status == .seeOther)
        }
        let marks = try await people.fixture.repository.marks(of: WebFixture.changzhang2024)
        let mark = try #require(marks.first { $0.mark == .returned })
        #expect(mark.comment?.author == "王审核")
        #expect(mark.comment?.comment == "表三合计不对，请核对")
    }

    /// On a first server: the clerk submits, the reviewer logs in and opens the overview.
    static func serveAndOpen(
        _ path: String, fixture: WebFixture
    ) async throws -> (cookie: HTTPFields, csrf: String) {
        let opened = Opened()
        try await serve(path) { client in
            let clerk = try await WebPeopleTests.session("李四", client: client)
            let submitted = try await WebPeopleTests.mark(.submitted, session: clerk, fixture: fixture, client: client)
            #expect(submitted.status == .seeOther)
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let page = try await client.execute(uri: "/", method: .get, headers: reviewer)
            await opened.set(reviewer, try #require(Web.csrf(in: Web.text(page))))
        }
        return try #require(await opened.value)
    }

    /// What the first server's client saw, carried out of it.
    actor Opened {
        var value: (cookie: HTTPFields, csrf: String)?
        func set(_ cookie: HTTPFields, _ csrf: String) { value = (cookie, csrf) }
    }

    @Test func whatEndedALoginBeforeARestartStillHoldsAfterIt() async throws {
        let people = try await WebPeopleTests.People.make()
        defer { people.folder.remove() }
        let path = people.folder.path("county.sqlite").path
        let repository = people.fixture.repository
        let countyToken = try #require(try await repository.tokens().first { $0.label == "县政务公开办" })
        let cookies = Cookies()
        // Given, on a first server, a clerk who logs out, a reviewer disabled, a token's login revoked, and a
        // viewer whose login nothing ends
        try await Self.serve(path) { client in
            let clerk = try await WebPeopleTests.session("李四", client: client)
            let page = try await client.execute(uri: "/", method: .get, headers: clerk)
            var headers = Web.form(nil)
            for field in clerk { headers.append(field) }
            let csrf = try #require(Web.csrf(in: Web.text(page)))
            let logout = try await client.execute(
                uri: "/logout", method: .post, headers: headers, body: Web.body([("csrf", csrf)]))
            #expect(logout.status == .seeOther)
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let token = try await Web.login(people.fixture.county, client: client)
            let viewer = try await WebPeopleTests.session("赵领导", client: client)
            await cookies.set([clerk, reviewer, token, viewer])
        }
        try await repository.disablePerson(named: "王审核", by: "管理员")
        try await repository.revokeToken(id: countyToken.id)
        // When a new server starts on the same file
        let sent = await cookies.value
        try await Self.serve(path) { client in
            // Then each ended login is sent to the login page, and the viewer's is not
            var loggedOut: [Bool] = []
            for cookie in sent { loggedOut.append(try await Self.isLoggedOut(cookie, client: client)) }
            #expect(loggedOut == [true, true, true, false])
        }
        // And only the viewer's session is still kept
        #expect(try await repository.webSessionCount() == 1)
    }

    /// Cookies carried out of a server.
    actor Cookies {
        var value: [HTTPFields] = []
        func set(_ cookies: [HTTPFields]) { value = cookies }
    }
}

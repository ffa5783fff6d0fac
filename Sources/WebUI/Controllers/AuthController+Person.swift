import Foundation
import Hummingbird
import ReportRepository
import SyncServer

extension AuthController {
    /// Checks a name and password; a match opens a session for the person. Failures count against the address and
    /// against the name, so that neither guessing many passwords for one name nor one password for many names
    /// from one place goes fast; a wrong name and a wrong password get the same answer. From a browser the person
    /// logged in from before (``DeviceCookie``), failures count against that browser alone.
    func loginPerson(
        name: String, password: String, next: String, _ request: Request, _ context: NodeRequestContext
    ) async throws -> Response {
        let protection = services.protection
        let device = DeviceCookie.limitKey(request, personName: name, protection: services.forgery)
        if let wait = await protection.loginRetryAfter(name: name, from: context.remoteAddress, device: device) {
            throw WebError.tooManyRequests(retryAfter: wait.retryAfterSeconds)
        }
        let repository = services.repository
        let found: (person: Person, stamp: String)?
        var disabled = false
        do {
            found = try await repository.authenticatePerson(name: name, password: password)
        } catch .people(.accountDisabled) {
            (found, disabled) = (nil, true)
        } catch {
            throw WebError(error)
        }
        guard let found else {
            await protection.recordFailedLogin(name: name, from: context.remoteAddress, device: device)
            let view = LoginView(next: next, expired: false, failed: !disabled, disabled: disabled, name: name)
            var anonymous = services.session(request, context)
            anonymous.access = nil
            return try services.renderer.page(
                "login", title: services.renderer.words("login", anonymous).login.heading, view: view,
                session: anonymous, status: .unauthorized)
        }
        // A login always starts a new session: an id planted in the browser before never becomes a login.
        let sessions = protection.sessions
        let session = try await services.run { () async throws(RepositoryError) in
            if let old = context.sessionID { try await sessions.close(old) }
            return try await sessions.open(for: .person(id: found.person.id, stamp: found.stamp))
        }
        await services.audit(
            Principal(person: found.person), .login, detail: AuditWording.login.detail("\(context.remoteAddress)"),
            logger: context.logger)
        var response = Response.redirect(to: next, type: .normal)
        response.setCookie(sessionCookie(session.id, maxAge: services.configuration.sessionLifetime, request))
        response.setCookie(
            cookie(
                DeviceCookie.name, DeviceCookie.value(for: name, protection: services.forgery),
                maxAge: DeviceCookie.lifetime, request))
        return response
    }
}

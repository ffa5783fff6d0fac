import Foundation
import Hummingbird
import ReportRepository
import SyncServer

/// `GET /password` and `POST /password`: the person logged in changes her own password (the top bar's 修改密码, next
/// to 退出; rv107 F8: only an administrator could set one, so the county's administrator knew every password). She
/// types her current password and the new one twice; the new one is held to the rules of every password
/// (``PasswordRules``). A wrong current password counts as a failed login of her name (the login's limits, so that a
/// browser left signed in is no way to guess her password), and the form comes back empty with the reason; a change
/// ends her logins elsewhere, keeps this browser signed in with a new session, and writes the audit line
/// (``ReportRepository/changeOwnPassword(id:stamp:current:to:from:time:)``). A token's session has no password, and a
/// read-only node changes none.
struct PasswordController {
    let services: WebServices

    var endpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.get("password", use: page)
        routes.post("password", use: change)
        return routes
    }

    /// The form; after a change (`?changed=1`, when her password was changed a moment ago) the notice that her other
    /// logins ended.
    @Sendable func page(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let session = services.session(request, context)
        let access = try session.requireAccess(request)
        var changed = false
        if request.uri.queryParameters.get("changed") != nil, let person = access.person {
            let repository = services.repository
            let recent = try await services.run { () async throws(RepositoryError) in
                try await repository.auditLog(limit: 50)
            }
            // (the notice only when it is so: her own change, in the last ten minutes)
            changed = recent.contains {
                $0.person == person.name && $0.action == AuditAction.passwordChange.rawValue
                    && $0.time > Date().addingTimeInterval(-600)
            }
        }
        return try render(session: session, changed: changed)
    }

    /// Changes the password; a refused form comes back with the reason, its boxes empty.
    @Sendable func change(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let (session, form) = try await services.verifiedForm(request, context)
        let words = services.renderer.words("password", session).password
        guard let person = session.access?.person, let sessionID = context.sessionID else {
            return try render(session: session, status: .forbidden)
        }
        let new = form.value("new") ?? ""
        guard form.value("confirm") == new else {
            return try render(session: session, refusal: words.differ, status: .badRequest)
        }
        let protection = services.protection
        let device = DeviceCookie.limitKey(request, personName: person.name, protection: services.forgery)
        if let wait = await protection.loginRetryAfter(name: person.name, from: context.remoteAddress, device: device) {
            throw WebError.tooManyRequests(retryAfter: wait.retryAfterSeconds)
        }
        let sessions = protection.sessions
        let found = try await services.run { () async throws(RepositoryError) in try await sessions.session(sessionID) }
        guard case .person(let id, let stamp)? = found?.subject else { throw WebError.unauthorized }
        let repository = services.repository
        let language = services.renderer.words("password", session).language
        let changed: (person: Person, stamp: String)
        do {
            changed = try await repository.changeOwnPassword(
                id: id, stamp: stamp, current: form.value("current") ?? "", to: new,
                from: "\(context.remoteAddress)")
        } catch .people(.wrongCurrentPassword) {
            await protection.recordFailedLogin(name: person.name, from: context.remoteAddress, device: device)
            return try render(
                session: session, refusal: PeopleError.wrongCurrentPassword.description(in: language),
                status: .badRequest)
        } catch .people(let refusal) where refusal.refusesNewPassword {
            return try render(session: session, refusal: refusal.description(in: language), status: .badRequest)
        } catch {
            throw WebError(error)
        }
        // Her sessions ended with the old password: this browser gets a new one.
        let opened = try await services.run { () async throws(RepositoryError) in
            try await sessions.close(sessionID)
            return try await sessions.open(for: .person(id: changed.person.id, stamp: changed.stamp))
        }
        var response = Response.redirect(to: "/password?changed=1", type: .normal)
        response.setCookie(
            AuthController(services: services).sessionCookie(
                opened.id, maxAge: services.configuration.sessionLifetime, request))
        return response
    }

    private func render(
        session: WebSession, changed: Bool = false, refusal: String? = nil, status: HTTPResponse.Status = .ok
    ) throws(WebError) -> Response {
        let words = services.renderer.words("password", session)
        let view = PasswordView(session: session, changed: changed, refusal: refusal, words: words.password)
        return try services.renderer.page(
            "password", title: words.password.heading, view: view, session: session, status: status)
    }
}

/// What the page where a person changes her password shows.
struct PasswordView {
    let csrf: String
    /// The form, for a person logged in with her password on a node that saves.
    let showForm: Bool
    /// Why there is no form (a token's session, a read-only node).
    let reason: String?
    /// The notice after a change.
    let changed: Bool
    /// Why the form was refused.
    let refusal: String?

    init(session: WebSession, changed: Bool, refusal: String?, words: PasswordWords) {
        csrf = session.csrfToken
        showForm = session.mayChangePassword
        reason =
            session.access?.person == nil ? words.tokenSession : session.readOnlyNode ? words.readOnly : nil
        self.changed = changed
        self.refusal = refusal
    }
}

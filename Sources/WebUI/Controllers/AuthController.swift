import Foundation
import HTTPTypes
import Hummingbird
import ReportRepository
import SyncAPI
import SyncServer

/// `GET /login`, `POST /login` (a person's name and password, or a node administrator's token, opens a login
/// session; the browser's cookie holds only the session's random id, HttpOnly and SameSite=Strict) and `POST /logout`
/// (the session ends and the cookie is cleared). A token in the address never logs anyone in.
struct AuthController {
    let services: WebServices

    var endpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.get("login", use: loginPage)
        routes.post("login", use: login)
        routes.post("logout", use: logout)
        return routes
    }

    /// The login form.
    @Sendable func loginPage(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        let session = services.session(request, context)
        let view = LoginView(
            next: LoginPath.safeNext(query.get("next")), expired: query.get("expired") != nil, failed: false)
        return try services.renderer.page(
            "login", title: services.renderer.words("login", session).login.heading, view: view, session: session)
    }

    /// Checks the token typed in; a valid one opens a session, whose id goes into the cookie, and the browser goes
    /// on to `next`. Failed logins count against the client's address; past the limit, wrong tokens are refused for
    /// a while, right ones never.
    @Sendable func login(_ request: Request, context: NodeRequestContext) async throws -> Response {
        try CSRFProtection.checkOrigin(request)
        let protection = services.protection
        let form = try await FormFields.read(request)
        let next = LoginPath.safeNext(form.value("next"))
        if let name = form.value("name"), !name.trimmingCharacters(in: .whitespaces).isEmpty {
            let password = form.value("password") ?? ""
            return try await loginPerson(name: name, password: password, next: next, request, context)
        }
        let secret = (form.value("token") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let repository = services.repository
        let access = try await services.run { () async throws(RepositoryError) in
            try await repository.authenticate(secret)
        }
        // (a valid token is never refused for others' failures from the same address: AccessMiddleware)
        guard access != nil else {
            if let wait = await protection.loginRetryAfter(from: context.remoteAddress) {
                throw WebError.tooManyRequests(retryAfter: wait.retryAfterSeconds)
            }
            await protection.recordFailedLogin(from: context.remoteAddress)
            let view = LoginView(next: next, expired: false, failed: true)
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
            return try await sessions.open(for: .token(hash: ReportRepository.tokenHash(secret)))
        }
        var response = Response.redirect(to: next, type: .normal)
        response.setCookie(sessionCookie(session.id, maxAge: services.configuration.sessionLifetime, request))
        return response
    }

    /// Ends the session and clears the cookie.
    @Sendable func logout(_ request: Request, context: NodeRequestContext) async throws -> Response {
        try CSRFProtection.checkOrigin(request)
        let session = services.session(request, context)
        if session.credential != nil {
            let form = try await FormFields.read(request)
            try session.verifyForm(form, protection: services.forgery)
        }
        if let id = context.sessionID {
            let sessions = services.protection.sessions
            try await services.run { () async throws(RepositoryError) in try await sessions.close(id) }
        }
        var response = Response.redirect(to: "/login", type: .normal)
        response.setCookie(sessionCookie("", maxAge: 0, request))
        return response
    }

    /// The login cookie: HttpOnly, SameSite=Strict, and `Secure` when the node says so or the request came over
    /// HTTPS through a proxy (`X-Forwarded-Proto: https`).
    func sessionCookie(_ value: String, maxAge: Int, _ request: Request) -> Cookie {
        cookie(SyncProtocol.sessionCookie, value, maxAge: maxAge, request)
    }

    /// A cookie of the login: HttpOnly, SameSite=Strict, and Secure over HTTPS.
    func cookie(_ name: String, _ value: String, maxAge: Int, _ request: Request) -> Cookie {
        Cookie(
            name: name, value: value, maxAge: maxAge, path: "/",
            secure: services.configuration.secureCookies || Self.cameOverHTTPS(request), httpOnly: true,
            sameSite: .strict)
    }

    /// Whether a proxy in front of the node says the request came over HTTPS.
    static func cameOverHTTPS(_ request: Request) -> Bool {
        guard let name = HTTPField.Name("X-Forwarded-Proto"), let value = request.headers[name] else { return false }
        let first = value.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return first.lowercased() == "https"
    }
}

/// What the login page shows.
struct LoginView {
    let next: String
    let expired: Bool
    let failed: Bool
    /// The right password of a disabled person (``PeopleError/accountDisabled(_:)``).
    var disabled = false
    /// The name typed in, shown again after a failed login.
    var name: String = ""
}

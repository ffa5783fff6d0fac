import Foundation
import Hummingbird
import ReportRepository
import SyncAPI
import SyncServer

/// `GET /login`, `POST /login` (the token goes into an HttpOnly, SameSite=Strict cookie) and `POST /logout` (the
/// cookie is cleared).
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
        let view = LoginView(
            next: LoginPath.safeNext(query.get("next")), expired: query.get("expired") != nil, failed: false)
        return try services.renderer.page(
            "login", title: "登录", view: view, session: services.session(request, context))
    }

    /// Checks the token typed in; a valid one is stored in the cookie and the browser goes on to `next`.
    @Sendable func login(_ request: Request, context: NodeRequestContext) async throws -> Response {
        try CSRFProtection.checkOrigin(request)
        let form = try await FormFields.read(request)
        let next = LoginPath.safeNext(form.value("next"))
        let secret = (form.value("token") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let repository = services.repository
        let access = try await services.run { () async throws(RepositoryError) in
            try await repository.authenticate(secret)
        }
        guard access != nil,
            let cookie = try? Cookie.validated(
                name: SyncProtocol.tokenCookie, value: secret, maxAge: services.configuration.sessionLifetime,
                path: "/",
                secure: services.configuration.secureCookies, httpOnly: true, sameSite: .strict)
        else {
            let view = LoginView(next: next, expired: false, failed: true)
            var anonymous = services.session(request, context)
            anonymous.access = nil
            return try services.renderer.page(
                "login", title: "登录", view: view, session: anonymous, status: .unauthorized)
        }
        var response = Response.redirect(to: next, type: .normal)
        response.setCookie(cookie)
        return response
    }

    /// Clears the cookie.
    @Sendable func logout(_ request: Request, context: NodeRequestContext) async throws -> Response {
        try CSRFProtection.checkOrigin(request)
        let session = services.session(request, context)
        if session.secret != nil {
            let form = try await FormFields.read(request)
            try session.verifyForm(form, protection: services.protection)
        }
        var response = Response.redirect(to: "/login", type: .normal)
        response.setCookie(
            Cookie(
                name: SyncProtocol.tokenCookie, value: "", maxAge: 0, path: "/",
                secure: services.configuration.secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }
}

/// What the login page shows.
struct LoginView {
    let next: String
    let expired: Bool
    let failed: Bool
}

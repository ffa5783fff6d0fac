import Hummingbird
import ReportModel
import SyncServer

/// `POST /language`: the `中文 | English` link of the top bar. It remembers the choice in the `lang` cookie
/// (``PageLanguage``) and sends the browser back to the page it was on (a path on this site only).
///
/// No login is needed, so that the login page can switch too; but the form must come from this site, and a
/// signed-in session's form must carry its anti-forgery token, as every other form does.
struct LanguageController {
    let services: WebServices

    var endpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.post("language", use: choose)
        return routes
    }

    /// Sets the cookie and goes back.
    @Sendable func choose(_ request: Request, context: NodeRequestContext) async throws -> Response {
        try CSRFProtection.checkOrigin(request)
        let session = services.session(request, context)
        let form = try await FormFields.read(request)
        if session.credential != nil {
            try session.verifyForm(form, protection: services.forgery)
        }
        let language = PageLanguage.named(form.value("lang"))
        var response = Response.redirect(to: LoginPath.safeNext(form.value("next")), type: .normal)
        let secure = services.configuration.secureCookies || AuthController.cameOverHTTPS(request)
        response.setCookie(PageLanguage.cookie(language, secure: secure))
        return response
    }
}

import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import ReportModel
import ReportRepository
import SyncAPI
import SyncServer

/// Who is at the browser: the login session its cookie names (a person, or a token typed in) or the token of an
/// `Authorization: Bearer` header, what they reach and may do, and the anti-forgery token their forms must carry.
struct WebSession: Sendable {
    /// Who is acting (a person, or a valid token), if anyone.
    var access: Principal?
    /// What the request logged in with: its session's id, else the bearer token it presented; `nil` for neither.
    var credential: String?
    /// Whether the request presented a session or token that is not (or no longer) valid.
    var presentedInvalid: Bool
    /// The anti-forgery token of this session: the HMAC-SHA256 of its credential under the node's key, in base64url.
    var csrfToken: String
    /// The language the pages speak to this browser (``PageLanguage``): Chinese unless English was chosen.
    var language: Language
    /// The address the language switch leads back to: the page asked for (after a form, the page it was sent from as
    /// ``returnAddress(afterForm:)`` knows it; after a failed login, the login page).
    var here: String
    /// Whether the node serves its repository read-only (`serve --read-only`, an archive it cannot write): it saves
    /// nothing, so its pages offer no form that would change anything (rv108 F7).
    var readOnlyNode: Bool

    /// Whether the request presented a valid token.
    var isSignedIn: Bool { access != nil }

    /// Whether the token reaches every report (the county's).
    var isCounty: Bool { access?.scope.isAll ?? false }

    /// The session of a request.
    ///
    /// - Parameter readOnlyNode: Whether the node's repository is read-only (``readOnlyNode``).
    init(request: Request, context: NodeRequestContext, protection: CSRFProtection, readOnlyNode: Bool = false) {
        self.readOnlyNode = readOnlyNode
        access = context.person.map(Principal.init(person:)) ?? context.access.map(Principal.init(token:))
        credential = access == nil ? nil : context.sessionID ?? Self.bearerToken(request)
        presentedInvalid = context.presentedToken && access == nil
        csrfToken = credential.map(protection.token(for:)) ?? ""
        language = PageLanguage.of(request)
        here =
            request.method == .get || request.method == .head
            ? LoginPath.pathAndQuery(of: request) : Self.returnAddress(afterForm: request.uri.path)
    }

    /// Where the language switch on the answer to a form leads: the report's page for a form of a report (its upload,
    /// mark, publish confirmation, comment…), the people page for one of its forms (the password page for its own),
    /// the login page after a failed login, else the overview (user review ux98, N: every such switch led to the
    /// overview, away from the report).
    static func returnAddress(afterForm path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        if parts.first == "login" { return "/login" }
        if parts.first == "people" { return "/people" }
        if parts.first == "password" { return "/password" }
        if parts.count >= 3, parts[0] == "reports", Agency.isValidID(String(parts[1])), let year = Int(parts[2]),
            ReportKey.years.contains(year)
        {
            return "/reports/\(parts[1])/\(year)"
        }
        return "/"
    }

    /// The token of an `Authorization: Bearer` header.
    static func bearerToken(_ request: Request) -> String? {
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return String(parts[1]).trimmingCharacters(in: .whitespaces)
    }

    /// Whether the page offers the one at the browser an action's form: their role allows it (a viewer changes
    /// nothing; only the county returns and publishes: ``PersonRules``), and, for an action that changes anything,
    /// the node saves — on a read-only node everyone's pages are a viewer's (rv108 F7).
    func may(_ action: PersonAction) -> Bool {
        guard let access, access.may(action) else { return false }
        return !readOnlyNode || !action.changesRepository
    }

    /// Whether the one at the browser is a person logged in with her password, who may change it here (not a token's
    /// session, and not on a node that saves nothing).
    var mayChangePassword: Bool { access?.person != nil && !readOnlyNode }

    /// Who is acting, or the error a page (`GET`: go and log in) or a form (401) gets without anyone.
    func requireAccess(_ request: Request) throws(WebError) -> Principal {
        if let access { return access }
        guard request.method == .get || request.method == .head else { throw .unauthorized }
        throw .loginRequired(next: LoginPath.pathAndQuery(of: request), expired: presentedInvalid)
    }

    /// The token, or an error unless it reaches the agency's reports: an agency outside its reach is answered
    /// exactly as one that does not exist (``WebError/unknownAgency(_:)``), never named as another's.
    func requireAccess(_ request: Request, toAgency agency: String) throws(WebError) -> Principal {
        let access = try requireAccess(request)
        guard access.scope.allows(agency: agency) else { throw .unknownAgency(agency) }
        return access
    }

    /// The token, or an error unless it is the county's.
    func requireCountyAccess(_ request: Request, action: PersonAction) throws(WebError) -> Principal {
        let access = try requireAccess(request)
        guard access.scope.isAll else { throw .countyOnly(action: action) }
        return access
    }

    /// Who is acting, or an error unless they reach the agency (answered as one that does not exist) and their role
    /// allows the action (403).
    func require(
        _ action: PersonAction, _ request: Request, toAgency agency: String
    ) throws(WebError) -> Principal {
        let access = try requireAccess(request, toAgency: agency)
        guard access.may(action) else { throw .notAllowed(role: access.role, action: action) }
        return access
    }

    /// Checks a form's anti-forgery token against this session's.
    func verifyForm(_ fields: FormFields, protection: CSRFProtection) throws(WebError) {
        guard let credential, let sent = fields.value("csrf"), protection.isValid(sent, for: credential) else {
            throw .csrfMismatch
        }
    }
}

/// Anti-forgery tokens: each session's is the HMAC of its session id (or bearer token) under the node's key, so the
/// node keeps no table of them and another site cannot compute one.
struct CSRFProtection: Sendable {
    /// The node's key.
    let keyBytes: [UInt8]

    private var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    /// The anti-forgery token of a session.
    func token(for secret: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(secret.utf8), using: key)
        return Data(code).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// Whether a token sent with a form is the session's (compared in constant time).
    func isValid(_ sent: String, for secret: String) -> Bool {
        var base64 = sent.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let code = Data(base64Encoded: base64) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(code, authenticating: Data(secret.utf8), using: key)
    }

    /// Refuses a state-changing request that a browser says comes from another site: `Sec-Fetch-Site` other than
    /// `same-origin` (or `none`, typed by the user), or an `Origin` whose host differs from the request's `Host`.
    static func checkOrigin(_ request: Request) throws(WebError) {
        if let site = request.headers.first(where: { $0.name.canonicalName == "sec-fetch-site" })?.value.lowercased(),
            site != "same-origin", site != "none"
        {
            throw .crossSite
        }
        guard let origin = request.headers[.origin] else { return }
        guard let url = URL(string: origin), let host = url.host, let scheme = url.scheme else { throw .crossSite }
        let port = url.port.map { ":\($0)" } ?? ""
        let requestHost = (request.head.authority ?? "").lowercased()
        let defaultPort = scheme == "https" ? ":443" : ":80"
        let originHost = (host + port).lowercased()
        guard
            originHost == requestHost || originHost + defaultPort == requestHost
                || originHost == requestHost + defaultPort
        else { throw .crossSite }
    }
}

/// The login page's address, and the local paths it may send the browser back to.
enum LoginPath {
    /// `/login?next=…` (and `&expired=1` when the token presented was not valid).
    static func make(next: String, expired: Bool) -> String {
        var path = "/login"
        var query: [String] = []
        if next != "/" { query.append("next=" + Escape.query(safeNext(next))) }
        if expired { query.append("expired=1") }
        if !query.isEmpty { path += "?" + query.joined(separator: "&") }
        return path
    }

    /// A path on this site to go back to after login: anything else (another site's address, `//host`, a
    /// backslash) becomes `/`.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"),
            !next.unicodeScalars.contains(where: { $0.value < 0x20 })
        else { return "/" }
        return next
    }

    /// The path and query a request asked for.
    static func pathAndQuery(of request: Request) -> String {
        let path = request.uri.path
        guard let query = request.uri.query, !query.isEmpty else { return path }
        return path + "?" + query
    }
}

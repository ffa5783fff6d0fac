import Foundation
import Hummingbird
import Logging
import ReportModel
import ReportRepository
import SyncAPI
import SyncServer

/// Turns whatever a page's route throws into a page in the site's frame, with the right status: a login redirect,
/// a 400, 403 or 404 page in Chinese, never a bare 500. The sync API under `/v1` keeps its JSON errors.
struct WebPageMiddleware: RouterMiddleware {
    typealias Context = NodeRequestContext

    let renderer: PageRenderer
    /// Where an agency id merged into another went, for a page of the old id.
    let repository: ReportRepository

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let path = request.uri.path
        guard path != SyncProtocol.pathPrefix, !path.hasPrefix(SyncProtocol.pathPrefix + "/") else {
            return try await next(request, context)
        }
        var request = request
        var typed = TypedText.none
        do {
            typed = try await TypedText.keep(&request)
            return try await next(request, context)
        } catch let error as WebError {
            if let moved = await merged(error, request: request, context: context) { return moved }
            return errorPage(error, request: request, context: context, typed: typed)
        } catch let error as NodeError {
            return errorPage(
                Self.webError(error, request: request), request: request, context: context, typed: typed)
        } catch let error as HTTPError where error.status == .notFound {
            // (the address as the person typed it: `/people/赵六`, not its percent escapes — but a `/` escaped stays
            // escaped, and a control or direction character is shown as its code, never applied to the page)
            let typed = path.replacingOccurrences(of: "%2F", with: "%252F", options: .caseInsensitive)
            return errorPage(
                .pageNotFound(path: (typed.removingPercentEncoding ?? path).showingInvisibleCharacters),
                request: request, context: context)
        } catch let error as HTTPError where error.status == .methodNotAllowed {
            return errorPage(
                .badRequest(
                    "该页面不接受 \(request.method) 请求。", english: "This page does not take \(request.method) requests."),
                request: request, context: context)
        } catch let error as any HTTPResponseError {
            let page = WebError.badRequest(
                "请求无法处理，请回到上一页重试。",
                english: "The request could not be handled: go back to the page before and try again.")
            var response = errorPage(page, request: request, context: context)
            response.status = error.status
            return response
        } catch {
            context.logger.error("page failed", metadata: ["path": "\(path)", "error": "\(error)"])
            return errorPage(.template("\(error)"), request: request, context: context, typed: typed)
        }
    }

    /// The page for an error: a redirect for a login, else the error page in the frame, with what the person typed
    /// into a refused form for them to copy (never for a form another site sent).
    func errorPage(
        _ error: WebError, request: Request, context: Context, typed: TypedText = .none
    ) -> Response {
        if let location = error.location {
            return Response(status: error.status, headers: [.location: location])
        }

        let session = WebSession(
            request: request, context: context, protection: renderer.protection,
            readOnlyNode: repository.isReadOnly)
        // (an error whose message is Chinese only gets a wholly Chinese page, so that no page mixes the two)
        let words = error.speaksEnglish ? renderer.words("error", session) : .chinese
        let back = Self.back(after: error, request: request)
        let texts = error.mayShowTypedText ? typed.texts : []
        let wayOn = error.wayOn(in: words.language)
        let neverSaves = if case .repository(.store(.readOnly)) = error { true } else { false }
        var view = ErrorView(
            title: error.title(in: words.language), message: error.description(in: words.language),
            status: Int(error.status.code), statusAfter: words.error.statusAfter(role: session.access?.role),
            typed: texts.map { ErrorView.Typed($0, language: words.language) }, hasTyped: !texts.isEmpty,
            // (a read-only node refuses every form alike: sending it again from the report there cannot help,
            // rv108 F7)
            typedHint: neverSaves ? words.error.readOnlyHint : words.error.typedHint,
            backHref: back?.href ?? "",
            backLabel: back.map {
                $0.relogin ? words.error.relogin : $0.toConflict ? words.error.backToConflict : words.error.back
            } ?? "",
            hasBack: back != nil, wayOnHref: wayOn?.href ?? "", wayOnLabel: wayOn?.label ?? "",
            hasWayOn: wayOn != nil && wayOn?.postedName == nil, wayOnName: wayOn?.postedName ?? "",
            hasWayOnForm: wayOn?.postedName != nil, csrf: session.csrfToken)
        view.showsStatus = ErrorView.showsStatus(view.status)
        do {
            var response = try renderer.page(
                "error", title: view.title, view: view, session: session, status: error.status, words: words)
            error.addRetryAfter(to: &response)
            return response
        } catch {
            return PageRenderer.html(
                "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>出错</title><h1>"
                    + Escape.html(view.title) + "</h1><p>" + Escape.html(view.message) + "</p></html>",
                status: .internalServerError)
        }
    }

    /// Where the person goes back to after a report's form was refused: the report's page, through the login page
    /// when the login ran out. Only from the form's own address (a report of another agency and one that does not
    /// exist get the same link), and not when the report was not found or not theirs. A refused merge leads back to
    /// the conflict page the choice was made on (rv115 F5).
    static func back(after error: WebError, request: Request) -> (href: String, relogin: Bool, toConflict: Bool)? {
        // (a read-only node's refusal leads back to the report too: reading it there works, rv108 F7)
        let neverSaves = if case .repository(.store(.readOnly)) = error { true } else { false }
        guard request.method == .post, error != .crossSite,
            [.badRequest, .conflict, .unauthorized, .contentTooLarge].contains(error.status) || error == .csrfMismatch
                || neverSaves
        else { return nil }
        let parts = request.uri.path.split(separator: "/").map(String.init)
        guard parts.count >= 4, parts[0] == "reports", Agency.isValidID(parts[1]), let year = Int(parts[2]),
            ReportKey.years.contains(year)
        else { return nil }
        let key = ReportKey(agency: parts[1], year: year)
        let report = ReportAddress.href(key)
        guard error.status == .unauthorized else {
            return parts.count == 4 && parts[3] == "merge"
                ? (ReportAddress.href(key, "conflict"), false, true) : (report, false, false)
        }
        return (LoginPath.make(next: report, expired: false), true, false)
    }

    /// A page of an agency id merged into another (a link kept from before `agency merge`), asked for by someone who
    /// reaches the agency it went into: sent on to the same page of that agency. Whoever does not reach it is
    /// answered as for an agency that does not exist (the error as it is), so nobody learns of another's merge.
    func merged(_ error: WebError, request: Request, context: Context) async -> Response? {
        guard request.method == .get || request.method == .head else { return nil }
        guard case .unknownAgency(let id) = error else { return nil }
        let session = WebSession(request: request, context: context, protection: renderer.protection)
        guard let scope = session.access?.scope, let merge = try? await repository.agencyMerge(of: id),
            scope.allows(agency: merge.into), let location = Self.moved(request, from: id, into: merge.into)
        else { return nil }
        return Response(status: .found, headers: [.location: location])
    }

    /// The same page of the agency an id was merged into: `/reports/FROM/…` with `INTO` in its place, and the query.
    static func moved(_ request: Request, from: String, into: String) -> String? {
        let prefix = "/reports/\(from)"
        let path = request.uri.path
        guard path == prefix || path.hasPrefix(prefix + "/"), Agency.isValidID(into) else { return nil }
        let query = request.uri.query.map { "?\($0)" } ?? ""
        return "/reports/\(into)" + path.dropFirst(prefix.count) + query
    }

    /// The page error for an error of the node's access layer (a token that could not be checked).
    static func webError(_ error: NodeError, request: Request) -> WebError {
        switch error {
        case .missingToken, .invalidToken:
            request.method == .get
                ? .loginRequired(next: LoginPath.pathAndQuery(of: request), expired: error == .invalidToken)
                : .unauthorized
        case .forbidden: .forbidden
        case .countyOnly: .countyOnly(action: nil)
        case .busy: .busy
        case .tooManyRequests(let seconds): .tooManyRequests(retryAfter: seconds)
        case .repository(let error): WebError(error)
        default: .badRequest(error.description(in: .chinese), english: error.description(in: .english))
        }
    }
}

/// What the error page shows.
struct ErrorView {
    /// A text box's content the refused form held, with the box's name in the page's language.
    struct Typed {
        let label: String
        let text: String
        let count: Int

        init(_ field: TypedText.Field, language: Language) {
            label = language.choose(field.label, field.englishLabel)
            text = field.text
            count = field.count
        }
    }

    let title: String
    let message: String
    let status: Int
    /// After the status code: whom to tell it to (``ErrorWords/statusAfter(role:)``).
    let statusAfter: String
    /// Whether the page shows the status code, to tell whoever helps: for a fault of the node (5xx), a page the
    /// person may not see (403) or that is not there (404). A refusal that says what to do — a file of another year,
    /// two edits of one place, a form from a page that was out of date — is no fault, and is not framed as one with a
    /// code to report (rv120 M7).
    var showsStatus = false

    /// ``showsStatus`` for a status code.
    static func showsStatus(_ status: Int) -> Bool { status >= 500 || status == 403 || status == 404 }
    /// What the person wrote into the refused form, which was not saved.
    let typed: [Typed]
    let hasTyped: Bool
    /// What to do with it (``ErrorWords/typedHint``, or ``ErrorWords/readOnlyHint`` on a node that never saves).
    let typedHint: String
    /// The page of the report whose form was refused, to go back to.
    let backHref: String
    let backLabel: String
    let hasBack: Bool
    /// Where the person goes on, when the error knows (``WebError/WayOn``): its address and words.
    var wayOnHref = ""
    var wayOnLabel = ""
    var hasWayOn = false
    /// When the way on is a button posting a name (``WebError/WayOn/postedName``): the name and the form's
    /// anti-forgery token.
    var wayOnName = ""
    var hasWayOnForm = false
    var csrf = ""
}

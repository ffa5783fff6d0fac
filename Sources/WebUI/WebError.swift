import Foundation
public import HTTPTypes
public import Hummingbird
import ReportDiff
public import ReportModel
public import ReportRepository
public import SyncServer

/// Why a page could not be shown, with its HTTP status and a message for the person at the browser, in Chinese or in
/// the English they chose (``title(in:)``, ``description(in:)``, `WebError+Words.swift`).
///
/// ``WebPageMiddleware`` turns each one into a full page in the site's frame; on its own (``response(from:context:)``)
/// it is a small self-contained page. Never a bare 500.
public enum WebError: Error, CustomStringConvertible, Equatable, HTTPResponseError {
    /// A page was asked for without a valid login: the browser is sent to the login page, then back to `next`.
    case loginRequired(next: String, expired: Bool)
    /// A form was sent without a valid login.
    case unauthorized
    /// The token does not reach this agency's reports.
    case forbidden
    /// Only the county's token (which reaches every report) may do this (the action, when known).
    case countyOnly(action: PersonAction?)
    /// The person's role does not allow the action (``PersonRules``).
    case notAllowed(role: PersonRole, action: PersonAction)
    /// A form was sent from another site (its `Origin` or `Sec-Fetch-Site` says so).
    case crossSite
    /// A form came without the page's anti-forgery token, or with a wrong one.
    case csrfMismatch
    /// The request is malformed; the message says how, in Chinese, and in English when it has its English (a page
    /// in English for an error without it is Chinese, ``speaksEnglish``).
    case badRequest(String, english: String? = nil)
    /// A file refused for what it holds, which belongs on another page the person reaches: why, in either language,
    /// and the link there (another office's report uploaded on this one's page, rv103 F5).
    case refusedWithWayOn(String, english: String, wayOn: WayOn)
    /// The repository refused the request as bad input, a thing not there or a conflict, and says why in either
    /// language (``RepositoryError/description(in:)``).
    case refused(RepositoryError)
    /// An uploaded file is larger than the pages accept (``MultipartUpload/maxBytes``): nothing was read or stored.
    case uploadTooLarge(limit: Int)
    /// A revision was named in a way that cannot be one.
    case malformedRevision(String)
    /// No agency has this id.
    case unknownAgency(String)
    /// The agency has no report for this year.
    case reportNotFound(ReportKey)
    /// No revision of this report is named so.
    case revisionNotFound(String)
    /// No page at this address.
    case pageNotFound(path: String)
    /// The revision keeps no original file (it was committed from plain text, or made by a merge).
    case noOriginal(ReportKey)
    /// The report has an open sync conflict: it cannot be published until it is merged.
    case conflictOpen(ReportKey)
    /// The report has no open conflict to merge.
    case noConflict(ReportKey)
    /// Someone changed the report while the form was open.
    case staleForm(ReportKey)
    /// Someone moved the report's marks while its page was open (the county returned it, the office submitted it):
    /// its latest move (who, when, a return's correction request), when the node knows it (``MarkController``,
    /// rv120 F4).
    case statusMoved(ReportKey, step: WorkflowStep?)
    /// The repository is busy; try again.
    case busy
    /// Too many failed logins, or requests for what is not there, from this browser: try again after so many
    /// seconds.
    case tooManyRequests(retryAfter: Int)
    /// The person already has so many files being read (``UploadAdmission``): nothing was read.
    case uploadInProgress(Int)
    /// The node is reading as many files as it takes at once (``UploadAdmission``): nothing was read.
    case uploadsCrowded
    /// The repository failed.
    case repository(RepositoryError)
    /// A page template is missing or did not parse (a bug: the tests render every page).
    case template(String)
    /// A file to download could not be written (the reason, in Chinese).
    case exportFailed(String)

    /// The response's status: 303 to the login page, 400, 401, 403, 404, 409, 503, or 500 for a repository failure.
    public var status: HTTPResponse.Status {
        switch self {
        case .loginRequired: .seeOther
        case .unauthorized: .unauthorized
        case .forbidden, .countyOnly, .notAllowed, .crossSite, .csrfMismatch: .forbidden
        case .badRequest, .refusedWithWayOn, .malformedRevision, .refused: .badRequest
        case .uploadTooLarge: .contentTooLarge
        case .unknownAgency, .reportNotFound, .revisionNotFound, .pageNotFound, .noOriginal: .notFound
        case .conflictOpen, .noConflict, .staleForm, .statusMoved: .conflict
        case .busy: .serviceUnavailable
        case .tooManyRequests, .uploadInProgress: .tooManyRequests
        case .uploadsCrowded: .serviceUnavailable
        case .repository(.store(.readOnly)), .repository(.store(.sharedMemoryLost)): .serviceUnavailable
        case .repository, .template, .exportFailed: .internalServerError
        }
    }

    /// Whether the error page may show back what the refused form held: not for a form another site sent. A form
    /// with a stale anti-forgery token passed the origin check — it is this site's own page, left open across a new
    /// login — and gets its text back.
    var mayShowTypedText: Bool {
        switch self {
        case .crossSite: false
        default: true
        }
    }

    /// A link from an error page to where the person can go on: its address and its words in either language.
    public struct WayOn: Equatable, Sendable {
        /// The page's address on this site.
        public var href: String
        /// The link's words.
        public var label: String
        /// The link's words on a page in English.
        public var englishLabel: String
        /// When set, the way on is a button that posts this as the form's `name` to `href`, with the page's
        /// anti-forgery token (registering a file's near name of an office, rv115 F9); else it is a link.
        public var postedName: String?

        /// Creates a link, or with `postedName` a button that posts it.
        public init(href: String, label: String, englishLabel: String, postedName: String? = nil) {
            self.href = href
            self.label = label
            self.englishLabel = englishLabel
            self.postedName = postedName
        }
    }

    /// Where a redirect sends the browser, if this error is one.
    var location: String? {
        guard case .loginRequired(let next, let expired) = self else { return nil }
        return LoginPath.make(next: next, expired: expired)
    }

    /// The error for a repository error, with the status a person would expect (400 for bad input, 404 for what is
    /// not there, 500 only for the repository's own failure). Every case is listed: a new one needs a decision.
    init(_ error: RepositoryError) {
        switch error {
        case .malformedRef(let text): self = .malformedRevision(text)
        case .refNotSet(let key, let name, _):
            self =
                name == .draft
                ? .reportNotFound(key)
                : .badRequest(
                    "这份报告还没有“\(Mark(rawValue: name.name)?.label ?? name.name)”的标记。",
                    english: "This report has not been marked \(name.name) yet.")
        case .unknownRevision(let prefix): self = .revisionNotFound(prefix)
        case .ambiguousRevision(let prefix, _):
            self = .badRequest(
                "有多个修订的编号以 \(prefix) 开头，请多输入几位。",
                english: "Several revisions have ids starting with \(prefix): give more digits.")
        case .unknownNumber(let key, let number, _): self = .revisionNotFound("\(key)#\(number)")
        case .ambiguousNumber(let key, let number, _, let agencyName):
            self = .badRequest(
                "\(ReportNames.chinese(key, agencyName: agencyName))有多个第 \(number) 版（同时在不同节点修改），请在历史页面中选择。",
                english:
                    "The \(ReportNames.english(key, agencyName: agencyName)) has several versions \(number) (changed "
                    + "on different nodes at the same time): choose one on the history page.")
        case .historyTooShort(let ref, _, _):
            self = .badRequest("\(ref) 超出了该报告的历史。", english: "\(ref) goes back beyond the report's history.")
        case .invalidAgencyID(let id):
            self = .badRequest("“\(id)”不是有效的机关编号。", english: "\"\(id)\" is not a valid office id.")
        case .invalidYear(let year):
            self = .badRequest(
                "\(year) 不是有效的年度（\(ReportKey.yearsText)）。",
                english: "\(year) is not a valid year (\(ReportKey.yearsText)).")
        case .conflictOpen(let key, _, _): self = .conflictOpen(key)
        case .noConflict(let key, _): self = .noConflict(key)
        case .outOfScope(let agency): self = .unknownAgency(agency)
        case .countyOnly(let mark): self = .countyOnly(action: PersonAction(mark: mark))
        case .countyOnlyHere: self = .refused(error)
        case .unknownUnit(let unit, _):
            self = .badRequest(
                "“\(unit)”没有冲突（报告可能已被修改）：请刷新冲突页后重新选择。",
                english: "\"\(unit)\" has no conflict (the report may have changed): reload the conflict page and "
                    + "choose again.")
        case .mergeChoiceRefused(_, let reason):
            self = .badRequest(Self.refusal(of: reason, in: .chinese), english: Self.refusal(of: reason, in: .english))
        case .commentRequired:
            self = .badRequest(
                "退回报告时请写明需要修改的地方（退回意见）。",
                english: "When you return a report, write what needs correcting (the correction request).")
        case .reasonRequired:
            self = .badRequest("强制公开时请写明理由。", english: "To publish regardless, write the reason.")
        case .publishRefused(_, _, let obstacles, _, _):
            self = .badRequest(
                "不能公开：" + obstacles.map(\.description).joined(separator: "；")
                    + "。\(PublishObstacle.advice(for: obstacles))；县里确需公开时，请在报告页“公开本修订”并写明理由。",
                english: "It cannot be published: " + obstacles.map(\.englishDescription).joined(separator: "; ")
                    + ". If the county must publish it all the same, use \"Publish this revision\" on the report's page"
                    + " and write the reason.")
        case .store(.refMoved):
            self = .badRequest(
                "报告在您操作期间已有新的修订，请刷新页面后重试。",
                english: "The report got a new revision while you were at it: reload the page and try again.")
        case .store(.busy): self = .busy
        case .noOriginal(let key, _, _): self = .noOriginal(key)
        case .people(.notAllowed(let role, let action)): self = .notAllowed(role: role, action: action)
        case .store, .history, .parse, .unreadableFile, .folderNotFound, .notAFolder, .reportWithoutYear,
            .reportWithoutAgency, .nearAgencyName,
            .agencyIDClash, .badMapping, .badAgencyList, .tokenWithoutScope, .tokenBeyondOwner, .tableNotTemplateShaped,
            .tokenNotFound,
            .invalidRemoteName,
            .invalidRemoteURL, .remoteNotFound, .authorMissing, .administratorBlank, .invalidAuthor, .invalidTokenLabel,
            .wrongReport,
            .invalidNodeName,
            .uploadQuotaExceeded, .reportTooLarge, .tooManyRevisions, .backupDamaged, .noteTimeAhead,
            .answeredCommentNotFound,
            .mergedTextOutdated, .mergedTextOfSeveralLines,
            .mergedTextUnedited, .resolutionUndoesOthersChanges, .editedOlderVersion, .changedSincePageShown,
            .undoesOthersChanges,
            .publishedUnconfirmed, .restoreUndoesOthers,
            .people, .agency, .workflow:
            switch error.kind {
            case .badInput, .notFound, .conflict, .tooLarge: self = .refused(error)
            case .forbidden, .busy, .unavailable, .failure: self = .repository(error)
            }
        }
    }

    /// A small page of its own, for when the site's frame cannot be used: in the language the browser chose
    /// (``PageLanguage``), or wholly in Chinese for an error without its English, as the framed page.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        if let location {
            return Response(status: status, headers: [.location: location])
        }

        let language = speaksEnglish ? PageLanguage.of(request) : .chinese
        let title = Escape.html(title(in: language))
        let html = """
            <!DOCTYPE html><html lang="\(language.htmlTag)"><head><meta charset="utf-8">\
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>\(title)</title>\
            </head><body><h1>\(title)</h1><p>\(Escape.html(description(in: language)))</p>\
            <p><a href="/">\(ErrorWords(language).overview)</a></p></body></html>
            """
        var response = Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
        addRetryAfter(to: &response)
        return response
    }

    /// Adds `Retry-After` to the response of ``tooManyRequests(retryAfter:)``.
    func addRetryAfter(to response: inout Response) {
        if case .tooManyRequests(let seconds) = self { response.headers[.retryAfter] = "\(seconds)" }
    }
}

extension WebError: UnknownNameError {
    /// Whether the page was asked for a revision, report or agency that is not there (or not within reach).
    public var namesSomethingUnknown: Bool {
        switch self {
        case .revisionNotFound, .reportNotFound, .unknownAgency: true
        case .repository(let error): error.namesSomethingUnknown
        default: false
        }
    }
}

/// HTML escaping for the few strings built outside templates.
enum Escape {
    /// Escapes `&`, `<`, `>`, `"` and `'`: ReportDiff's ``HTMLEscaping/escape(_:)``, the one rule of the pages.
    static func html(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")

    /// Percent-encodes a query value (everything but unreserved ASCII).
    static func query(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}

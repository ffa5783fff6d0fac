import Foundation
public import HTTPTypes
public import Hummingbird
import ReportDiff
public import ReportModel
public import ReportRepository
public import SyncServer

/// Why a page could not be shown, with its HTTP status and a message in Chinese for the person at the browser.
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
    /// Only the county's token (which reaches every report) may do this.
    case countyOnly(action: String)
    /// The person's role does not allow the action (``PersonRules``).
    case notAllowed(role: PersonRole, action: PersonAction)
    /// A form was sent from another site (its `Origin` or `Sec-Fetch-Site` says so).
    case crossSite
    /// A form came without the page's anti-forgery token, or with a wrong one.
    case csrfMismatch
    /// The request is malformed; the message says how.
    case badRequest(String)
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
    /// The repository is busy; try again.
    case busy
    /// Too many failed logins, or requests for what is not there, from this browser: try again after so many
    /// seconds.
    case tooManyRequests(retryAfter: Int)
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
        case .badRequest, .malformedRevision: .badRequest
        case .uploadTooLarge: .contentTooLarge
        case .unknownAgency, .reportNotFound, .revisionNotFound, .pageNotFound, .noOriginal: .notFound
        case .conflictOpen, .noConflict, .staleForm: .conflict
        case .busy: .serviceUnavailable
        case .tooManyRequests: .tooManyRequests
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

    /// The page's heading.
    public var title: String {
        switch self {
        case .loginRequired, .unauthorized: "需要登录"
        case .forbidden, .countyOnly, .notAllowed: "无权访问"
        case .crossSite, .csrfMismatch: "请求被拒绝"
        case .badRequest, .malformedRevision: "请求有误"
        case .uploadTooLarge: "文件太大"
        case .unknownAgency, .reportNotFound, .revisionNotFound, .pageNotFound: "找不到页面"
        case .noOriginal: "没有原件"
        case .conflictOpen: "存在未解决的冲突"
        case .noConflict: "没有冲突"
        case .staleForm: "报告已被修改"
        case .busy: "仓库忙"
        case .tooManyRequests: "请求过于频繁"
        case .repository(.store(.readOnly)): "只读仓库"
        case .repository(.store(.sharedMemoryLost)): "仓库暂不能写入"
        case .repository: "仓库出错"
        case .template: "页面出错"
        case .exportFailed: "导出失败"
        }
    }

    /// What went wrong and what to do, in Chinese.
    public var description: String {
        switch self {
        case .loginRequired(_, let expired):
            expired ? "登录已失效，请重新登录。" : "请先登录：用您的用户名和密码（或本节点发给您的访问令牌）。"
        case .unauthorized: "登录已失效，表单没有提交：请重新登录后再提交。"
        case .forbidden: "您无权查看这个机关的报告。"
        case .countyOnly(let action): "只有县级令牌（可访问全部报告）才能\(action)。"
        case .notAllowed(let role, let action): "\(role.label)不能\(action.label)。如需办理，请联系县政务公开办。"
        case .crossSite: "该表单来自其他网站，已拒绝。请在本站页面上操作。"
        case .csrfMismatch: "表单已过期或来源不明（防伪令牌不符）。请刷新页面后重新提交。"
        case .badRequest(let message): message
        case .uploadTooLarge(let limit):
            "上传的文件超过 \(limit / (1024 * 1024)) MB，没有读取，也没有保存任何内容。年报的 Word 或 PDF 文件通常只有几 MB："
                + "请确认选对了文件，或把图片压缩后另存再上传。"
        case .malformedRevision(let text): "“\(text)”不是有效的修订编号：请使用至少 4 位十六进制数字（0–9、a–f）。"
        case .unknownAgency(let id): "没有编号为 \(id) 的机关。"
        case .reportNotFound(let key): "没有这份 \(key.year) 年的报告：可能还没有上传，或地址有误。"
        case .revisionNotFound(let text): "该报告没有编号以 \(text) 开头的修订。"
        case .pageNotFound(let path): "没有页面 \(path)。"
        case .noOriginal: "这一修订是从纯文本提交的（或由合并产生），没有保存原件；可以用“导出文本”下载它的文字。"
        case .conflictOpen: "这份报告存在未解决的同步冲突：请先在“冲突”页合并两条修订线，再公开或恢复旧版本。"
        case .noConflict: "这份报告没有需要合并的冲突。"
        case .staleForm: "这份报告在您打开表单后已有新的修订。请刷新页面，查看最新内容后重新选择。"
        case .busy: "仓库正忙（另一个程序正在写入），请稍后重试。"
        case .tooManyRequests(let seconds): "失败的请求过多（登录失败，或查找不存在的内容），请 \(seconds) 秒后再试。"
        case .repository(.store(.readOnly)): "本节点以只读方式提供仓库，不能保存任何修改。"
        case .repository(.store(.sharedMemoryLost)):
            "仓库的共享文件（-shm）被其他程序删除、替换或设为只读：本节点仍可查看，但在重新启动之前不能保存任何修改。"
        case .repository(let error): "仓库无法完成操作：\(error.description)"
        case .template(let reason): "页面无法生成：\(reason)"
        case .exportFailed(let reason): "无法生成导出的文件：\(reason)。请稍后重试，或分别下载各份报告。"
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
                ? .reportNotFound(key) : .badRequest("这份报告还没有“\(Mark(rawValue: name.name)?.label ?? name.name)”的标记。")
        case .unknownRevision(let prefix): self = .revisionNotFound(prefix)
        case .ambiguousRevision(let prefix, _): self = .badRequest("有多个修订的编号以 \(prefix) 开头，请多输入几位。")
        case .unknownNumber(let key, let number, _): self = .revisionNotFound("\(key)#\(number)")
        case .ambiguousNumber(let key, let number, _, let agencyName):
            self = .badRequest(
                "\(ReportNames.chinese(key, agencyName: agencyName))有多个第 \(number) 版（同时在不同节点修改），请在历史页面中选择。")
        case .historyTooShort(let ref, _, _): self = .badRequest("\(ref) 超出了该报告的历史。")
        case .invalidAgencyID(let id): self = .badRequest("“\(id)”不是有效的机关编号。")
        case .invalidYear(let year): self = .badRequest("\(year) 不是有效的年度（\(ReportKey.yearsText)）。")
        case .conflictOpen(let key, _, _): self = .conflictOpen(key)
        case .noConflict(let key, _): self = .noConflict(key)
        case .outOfScope(let agency): self = .unknownAgency(agency)
        case .countyOnly(let mark): self = .countyOnly(action: mark == .published ? "公开报告" : "退回报告")
        case .countyOnlyHere: self = .badRequest(error.description)
        case .unknownUnit(let unit, _): self = .badRequest("“\(unit)”没有冲突（报告可能已被修改）：请刷新冲突页后重新选择。")
        case .mergeChoiceRefused(_, let reason): self = .badRequest(Self.refusal(of: reason))
        case .commentRequired: self = .badRequest("退回报告时请写明需要修改的地方（退回意见）。")
        case .reasonRequired: self = .badRequest("强制公开时请写明理由。")
        case .publishRefused(_, _, let obstacles, _, _):
            self = .badRequest(
                "不能公开：" + obstacles.map(\.description).joined(separator: "；")
                    + "。\(PublishObstacle.advice(for: obstacles))；县里确需公开时，请在报告页“公开本修订”并写明理由。")
        case .store(.refMoved): self = .badRequest("报告在您操作期间已有新的修订，请刷新页面后重试。")
        case .store(.busy): self = .busy
        case .noOriginal(let key, _, _): self = .noOriginal(key)
        case .people(.notAllowed(let role, let action)): self = .notAllowed(role: role, action: action)
        case .store, .history, .parse, .unreadableFile, .folderNotFound, .notAFolder, .reportWithoutYear,
            .reportWithoutAgency, .nearAgencyName,
            .agencyIDClash, .badMapping, .tokenWithoutScope, .tokenNotFound, .invalidRemoteName, .invalidRemoteURL,
            .remoteNotFound, .authorMissing, .invalidAuthor, .invalidTokenLabel, .wrongReport, .invalidNodeName,
            .uploadQuotaExceeded, .reportTooLarge, .tooManyRevisions, .noteTimeAhead, .answeredCommentNotFound,
            .mergedTextOutdated, .mergedTextOfSeveralLines,
            .mergedTextUnedited, .resolutionUndoesOthersChanges, .editedOlderVersion, .undoesOthersChanges,
            .publishedUnconfirmed, .restoreUndoesOthers,
            .people, .agency, .workflow:
            switch error.kind {
            case .badInput, .notFound, .conflict, .tooLarge: self = .badRequest(error.description)
            case .forbidden, .busy, .unavailable, .failure: self = .repository(error)
            }
        }
    }

    /// A small page of its own, for when the site's frame cannot be used.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        if let location {
            return Response(status: status, headers: [.location: location])
        }

        let html = """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">\
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>\(Escape.html(title))</title>\
            </head><body><h1>\(Escape.html(title))</h1><p>\(Escape.html(description))</p><p><a href="/">返回概览</a></p>\
            </body></html>
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

extension WebError {
    /// Why a choice on the conflict page does not fit, as the page says it.
    static func refusal(of reason: MergeChoiceError.Reason) -> String {
        switch reason {
        case .noConflict, .notFound: "这个单元已没有冲突（报告可能已被修改）：请刷新冲突页后重新选择。"
        case .notText: "只有文字（段落、单元格、标题）可以“两者都保留”或“编辑”；请为它选择一方。"
        case .notParagraph: "只有段落可以“两者都保留”；单元格请选择一方或编辑数值。"
        case .emptyEdit: "编辑后的内容是空的：请填写内容，或选择一方。"
        }
    }
}

import Foundation
public import HTTPTypes
public import Hummingbird
public import ReportModel
public import ReportRepository
import RevisionStore
import SyncAPI

/// Why a node refused a request, with its HTTP status and a JSON body (``ErrorBody``): never a bare 500.
public enum NodeError: Error, CustomStringConvertible, Equatable, HTTPResponseError {
    /// No token was presented.
    case missingToken
    /// The token presented is unknown or revoked.
    case invalidToken
    /// The token does not reach this agency's reports.
    case forbidden(agency: String)
    /// Only the county's token may do this.
    case countyOnly
    /// The request is malformed.
    case badRequest(String)
    /// Nothing is there.
    case notFound(String)
    /// The request body is larger than the node accepts.
    case tooLarge(limit: Int)
    /// The report's head moved meanwhile and the new revision does not descend from it.
    case conflict(String)
    /// The repository is busy; try again.
    case busy
    /// The client failed too often (logins, or requests for what is not there); it may try again after so many
    /// seconds.
    case tooManyRequests(retryAfter: Int)
    /// The repository failed, or refused what was asked (its ``RepositoryError/kind`` gives the status).
    case repository(RepositoryError)
    /// Something failed that nobody expected (a bug, or a library's error): 500 `repository`. The details go to the
    /// node's log, not to the client.
    case unexpected

    public var status: HTTPResponse.Status {
        switch self {
        case .missingToken, .invalidToken: .unauthorized
        case .forbidden, .countyOnly: .forbidden
        case .badRequest: .badRequest
        case .notFound: .notFound
        case .tooLarge: .contentTooLarge
        case .conflict: .conflict
        case .busy: .serviceUnavailable
        case .tooManyRequests: .tooManyRequests
        case .unexpected: .internalServerError
        case .repository(let error):
            switch error.kind {
            case .badInput: .badRequest
            case .notFound: .notFound
            case .forbidden: .forbidden
            case .conflict: .conflict
            case .tooLarge: .contentTooLarge
            case .busy, .unavailable: .serviceUnavailable
            case .failure: .internalServerError
            }
        }
    }

    /// The stable code in the body (Schema/sync-protocol.md, "Errors").
    public var code: String {
        switch self {
        case .missingToken, .invalidToken: "unauthorized"
        case .forbidden, .countyOnly: "forbidden"
        case .badRequest: "bad-request"
        case .notFound: "not-found"
        case .tooLarge: "too-large"
        case .conflict: "conflict"
        case .busy: "busy"
        case .tooManyRequests: "too-many-requests"
        case .unexpected: "repository"
        case .repository(.store(.readOnly)): "read-only"
        case .repository(.store(.sharedMemoryLost)): "unavailable"
        case .repository(.uploadQuotaExceeded): "quota"
        case .repository(let error):
            switch error.kind {
            case .badInput: "bad-request"
            case .notFound: "not-found"
            case .forbidden: "forbidden"
            case .conflict: "conflict"
            case .busy: "busy"
            case .tooLarge: "too-large"
            case .unavailable: "unavailable"
            case .failure: "repository"
            }
        }
    }

    /// What went wrong and what to do, in the node's language: Chinese, or English when it speaks English
    /// (`NIANBAO_LANG=en`). A client shows it to its own person.
    public var description: String {
        Language.pick(chineseDescription, englishDescription)
    }

    /// What went wrong and what to do in a language (a page speaks the language its reader chose).
    public func description(in language: Language) -> String {
        language == .english ? englishDescription : chineseDescription
    }

    /// The message in Chinese.
    var chineseDescription: String {
        switch self {
        case .missingToken: "本节点需要令牌：请在 `Authorization: Bearer 令牌` 中发送（登录网页的 Cookie 只用于网页）。"
        case .invalidToken: "这个令牌无效：发放令牌的节点不认识它（写错了），或它已被吊销。"
        case .forbidden: "这个令牌不能用于这个机关的报告。"
        case .countyOnly: "只有县里的令牌能这样做。"
        case .tooLarge(let limit): "请求超过本节点接受的大小（\(limit) 字节）。"
        case .busy: "仓库正忙，请稍后重试。"
        case .tooManyRequests(let seconds): "失败的请求过多，请 \(seconds) 秒后再试。"
        case .repository(.store(.readOnly)): "本节点以只读方式提供仓库，不能保存任何内容。"
        case .unexpected: "本节点处理请求时出错（已记入节点日志）。请稍后重试；仍然出错时请联系县政务公开办。"
        default: englishDescription
        }
    }

    /// The message in English.
    var englishDescription: String {
        switch self {
        case .missingToken: "This node needs a token: send it as `Authorization: Bearer TOKEN`."
        case .invalidToken:
            "The token is not valid: the node that issues tokens does not know it (mistyped), or it was revoked."
        case .forbidden(let agency): "The token does not reach the reports of agency \(agency)."
        case .countyOnly: "Only the county's token may do this."
        case .badRequest(let message): message
        case .notFound(let message): message
        case .tooLarge(let limit): "The request is larger than this node accepts (\(limit) bytes)."
        case .conflict(let message): message
        case .busy: "The repository is busy; try again in a moment."
        case .tooManyRequests(let seconds): "Too many failed requests from here; try again in \(seconds) s."
        case .repository(.store(.readOnly)): "This node serves a read-only repository: it cannot store anything."
        case .repository(let error): error.description
        case .unexpected:
            "The node failed while handling the request (see its log). Try again later; if it fails again, tell the"
                + " county office."
        }
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = ErrorBody(error: code, message: description)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(body)
        var response = Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        if self == .missingToken || self == .invalidToken {
            response.headers[.wwwAuthenticate] = "Bearer realm=\"nianbao\""
        }
        if case .tooManyRequests(let seconds) = self {
            response.headers[.retryAfter] = "\(seconds)"
        }
        return response
    }
}

extension NodeError {
    /// Runs a repository operation, turning its error into a node error.
    public static func repository<T>(_ operation: () async throws(RepositoryError) -> T) async throws(NodeError) -> T {
        do {
            return try await operation()
        } catch {
            throw .repository(error)
        }
    }
}

/// An error that says the request named something that is not there (or not within the token's reach, which a node
/// answers alike): such requests count against the client (``NodeProtection/unknownNames``).
public protocol UnknownNameError: Error {
    /// Whether the request named a revision, report, agency or object that is not there.
    var namesSomethingUnknown: Bool { get }
}

extension NodeError: UnknownNameError {
    public var namesSomethingUnknown: Bool {
        switch self {
        case .notFound: true
        case .repository(let error): error.namesSomethingUnknown
        default: false
        }
    }
}

extension RepositoryError {
    /// Whether this error answers a name that is not there (or not within reach).
    public var namesSomethingUnknown: Bool {
        switch self {
        case .unknownRevision, .unknownNumber, .refNotSet, .store(.revisionNotFound), .store(.objectNotFound),
            .store(.missingReference):
            true
        default:
            false
        }
    }
}

extension Duration {
    /// Whole seconds, rounded up (at least 1), for a `Retry-After` header.
    public var retryAfterSeconds: Int {
        let (seconds, attoseconds) = components
        return max(1, Int(seconds) + (attoseconds > 0 ? 1 : 0))
    }
}

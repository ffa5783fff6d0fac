import ReportModel
public import ReportRepository
import SyncAPI

/// Why a push, pull or sync failed, for a person: what happened and what to do. Nothing local is half-done when one
/// is thrown: what was stored was stored whole, and a retry goes on from there.
public enum SyncError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The server could not be reached (refused, no connection within ``SyncClient/connectTimeout``, unknown host,
    /// connection lost); `detail` is the network's own message, for the log.
    case unreachable(remote: String, url: String, detail: String)
    /// The server answered, and the connection broke while its answer came in (a line that dropped, a server
    /// stopped).
    case interrupted(remote: String, url: String, detail: String)
    /// The server took the connection but did not answer within the request's time limit.
    case timedOut(remote: String, url: String, seconds: Int)
    /// The server refused the token (wrong, revoked, or none).
    case unauthorized(remote: String, message: String)
    /// The token does not reach what was asked (another agency's report, a county-only mark).
    case forbidden(remote: String, message: String)
    /// The server does not speak this program's protocol version.
    case protocolMismatch(remote: String, detail: String)
    /// The server refused a body as too large.
    case tooLarge(remote: String, message: String)
    /// The server refused the request for another reason.
    case rejected(remote: String, status: Int, code: String, message: String)
    /// The server's answer could not be read.
    case badResponse(remote: String, detail: String)
    /// The local repository failed.
    case repository(RepositoryError)

    var englishDescription: String {
        switch self {
        case .unreachable(let remote, let url, _):
            "Cannot reach \(remote) (\(url)): it does not answer. Check that its server runs (nianbao serve) and that"
                + " the address is right (nianbao remote list), then try again; what was completed is kept, and the next attempt goes on from there."
        case .interrupted(let remote, let url, _):
            "The connection to \(remote) (\(url)) broke while its answer came in. Try again: what was completed is"
                + " kept, and the next attempt goes on from there."
        case .timedOut(let remote, let url, let seconds):
            "Cannot reach \(remote) (\(url)): it connected but did not answer within \(seconds) s. Try again later;"
                + " what was completed is kept, and the next attempt goes on from there."
        case .unauthorized(let remote, let message):
            "The remote \(remote) refused the token: \(Self.reason("unauthorized", message, .english)) Ask its office for a new token and set it with"
                + " `nianbao remote add \(remote) URL --token T`."
        case .forbidden(let remote, let message):
            "The remote \(remote) refused: \(Self.reason("forbidden", message, .english))"
        case .protocolMismatch(let remote, let detail):
            "The remote \(remote) does not speak sync protocol \(SyncProtocol.version) (\(detail)): is it a nianbao"
                + " node of the same version?"
        case .tooLarge(let remote, let message):
            "The remote \(remote) refused a request as too large: \(Self.reason("too-large", message, .english))"
        case .rejected(let remote, let status, let code, let message):
            "The remote \(remote) refused the request (HTTP \(status), \(code)): \(Self.reason(code, message, .english))"
        case .badResponse(let remote, let detail):
            "The answer of the remote \(remote) could not be read: \(detail)"
        case .repository(let error):
            error.description
        }
    }

    /// Why the remote refused, in a language (``RefusalWords``): never its own message in the other language.
    static func reason(_ code: String, _ message: String, _ language: Language) -> String {
        RefusalWords.reason(code: code, message: message, in: language)
    }
}

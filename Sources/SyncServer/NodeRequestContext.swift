public import Hummingbird
public import RevisionStore
import SyncAPI

/// The request context of a node's server: what the request's token reaches.
public struct NodeRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The valid token the request presented (bearer header, or the token of its login session), if any.
    public var access: AccessToken?
    /// Whether the request presented a token at all, valid or not (a bearer header, or a session cookie).
    public var presentedToken = false
    /// Whether the request presented its token in the `Authorization: Bearer` header rather than a login cookie.
    public var presentedBearer = false
    /// The person the request's login session stands for, if it stands for one who is still active.
    public var person: Person?
    /// The open login session the request's cookie names, if any.
    public var sessionID: String?
    /// The client's address (`unknown` when the connection has none, as in router tests).
    public let remoteAddress: String

    public init(source: Source) {
        coreContext = .init(source: source)
        access = nil
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Bodies up to the protocol's limit; larger ones are refused with 413 before they are read.
    public var maxUploadSize: Int { SyncProtocol.maxBodyBytes }

    /// The token of a sync request, or a 401 error for a request without a valid one. The sync API (`/v1`) takes
    /// its token from the `Authorization: Bearer` header only: a browser sends the login cookie with any request a
    /// page of the same site makes, so a forged push or mark would otherwise act as the person logged in.
    public func requireAccess() throws(NodeError) -> AccessToken {
        guard presentedBearer else { throw .missingToken }
        guard let access else { throw .invalidToken }
        return access
    }
}

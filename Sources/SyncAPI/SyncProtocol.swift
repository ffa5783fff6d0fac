/// The version of the sync protocol (Schema/sync-protocol.md): every path starts with `/v1/`.
public enum SyncProtocol {
    /// The protocol version this program speaks.
    public static let version = 1

    /// The path prefix of every endpoint.
    public static let pathPrefix = "/v1"

    /// The largest request body a node accepts: 16 MiB. Object batches are cut to fit.
    public static let maxBodyBytes = 16 * 1024 * 1024

    /// The most objects one batch may hold.
    public static let maxObjectsPerBatch = 20_000

    /// The most object ids one `missing` or `fetch` request may name.
    public static let maxIDsPerRequest = 20_000

    /// The largest single object a batch may hold: 4 MiB (a report's largest piece is a few KB).
    public static let maxObjectBytes = 4 * 1024 * 1024

    /// The media type of object batches.
    public static let objectsContentType = "application/x-nianbao-objects"

    /// The cookie that carries the web pages' login: a session id the node issued at login, never a token.
    public static let sessionCookie = "nianbao_session"
}

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

    /// The cookie that carries a token for the web pages.
    public static let tokenCookie = "nianbao_token"
}

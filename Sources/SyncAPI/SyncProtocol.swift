/// The version of the sync protocol (Schema/sync-protocol.md). Every path still starts with `/v1/`; the version is
/// in `/v1/info`, in every pull request and listing, and in the magic of every object batch.
public enum SyncProtocol {
    /// The protocol version this program speaks: 2 (object batches compressed with zstd).
    public static let version = 2

    /// The compressions of object batches this program reads (`/v1/info`).
    public static let compressions = ["zstd"]

    /// The path prefix of every endpoint.
    public static let pathPrefix = "/v1"

    /// The largest request body a node accepts: 16 MiB. Object batches are cut to fit.
    public static let maxBodyBytes = 16 * 1024 * 1024

    /// The most bytes a compressed batch may expand to: twice the largest body, more than any batch a node sends.
    public static let maxExpandedBatchBytes = 2 * maxBodyBytes

    /// The most objects one batch may hold.
    public static let maxObjectsPerBatch = 20_000

    /// The most revisions one uploaded batch may hold: the receiver measures each new one against the limits of a
    /// revision while it holds its write lock.
    public static let maxRevisionsPerBatch = 1_000

    /// The most object ids one `missing` or `fetch` request may name.
    public static let maxIDsPerRequest = 20_000

    /// The largest single object a batch may hold: 4 MiB (a report's largest piece is a few KB).
    public static let maxObjectBytes = 4 * 1024 * 1024

    /// The media type of object batches.
    public static let objectsContentType = "application/x-nianbao-objects"

    /// The cookie that carries the web pages' login: a session id the node issued at login, never a token.
    public static let sessionCookie = "nianbao_session"
}

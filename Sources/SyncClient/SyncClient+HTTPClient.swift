// The process's HTTP client for sync, and how long a remote may take to answer.

public import AsyncHTTPClient
public import NIOCore

extension SyncClient {
    /// How long opening a connection to a remote may take: a node that is down or unreachable is reported within it
    /// (failed attempts are retried until then).
    public static let connectTimeout: TimeAmount = .seconds(5)

    /// The process's HTTP client for sync: AsyncHTTPClient's shared configuration, but with ``connectTimeout``
    /// (`HTTPClient.shared` waits 90 s for a connection) and without HTTP compression: object batches are zstd
    /// frames already and the JSON answers are small, so `Accept-Encoding` would only add bytes to every request (and
    /// invite a proxy to compress them again). Like `.shared`, it lives as long as the process and is never shut down.
    public static let sharedHTTPClient: HTTPClient = {
        var configuration = HTTPClient.Configuration.singletonConfiguration
        configuration.timeout.connect = connectTimeout
        configuration.decompression = .disabled
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    /// Starts making ``sharedHTTPClient`` — its event-loop threads and its connection pool — on another thread, for a
    /// command line that will talk to a remote to call as it starts: on two cores the client is made while the line
    /// is read and the repository opened. The first request waits for the client if it is not made yet; nothing else
    /// changes.
    public static func prepareSharedHTTPClient() {
        Task.detached(priority: .userInitiated) { _ = sharedHTTPClient }
    }
}

import Logging

/// How a node's server runs: where it listens and what it logs.
public struct NodeServerConfiguration: Sendable {
    /// The address to listen on; loopback by default.
    public var host: String
    /// The port; 0 asks the system for a free one.
    public var port: Int
    /// Where the server logs.
    public var logger: Logger

    /// Creates a configuration.
    public init(host: String = "127.0.0.1", port: Int = 8080, logger: Logger) {
        self.host = host
        self.port = port
        self.logger = logger
    }
}

/// `GET /v1/info`: who the node is and what it accepts. Needs no token.
public struct NodeInfo: Sendable, Hashable, Codable {
    /// The protocol version (2).
    public var protocolVersion: Int
    /// The node's name.
    public var node: String
    /// The largest request body it accepts, in bytes.
    public var maxBodyBytes: Int
    /// The most objects one batch may hold.
    public var maxObjectsPerBatch: Int
    /// The compressions of object batches it reads and sends (`["zstd"]`; absent from protocol 1 nodes).
    public var compression: [String]?

    /// Creates node information.
    public init(
        protocolVersion: Int, node: String, maxBodyBytes: Int, maxObjectsPerBatch: Int,
        compression: [String]? = SyncProtocol.compressions
    ) {
        self.protocolVersion = protocolVersion
        self.node = node
        self.maxBodyBytes = maxBodyBytes
        self.maxObjectsPerBatch = maxObjectsPerBatch
        self.compression = compression
    }
}

/// `GET /v1/whoami`: what the presented token reaches.
public struct TokenIdentity: Sendable, Hashable, Codable {
    /// The token's label on the node.
    public var label: String
    /// `true` when it reaches every report (the county's own token).
    public var all: Bool
    /// The agencies it reaches, when not all.
    public var agencies: [String]
    /// The names of ``agencies`` as the node registered them, in their order (`GET /v1/whoami` only: what
    /// `remote add` tells the person who typed the token; absent from older nodes and in listings).
    public var names: [String]?
    /// Whether the token may change reports: `false` for one a person owns who only reads (只读查看)
    /// (`GET /v1/whoami` only; absent from older nodes and in listings).
    public var mayWrite: Bool?

    /// Creates a token identity.
    public init(label: String, all: Bool, agencies: [String], names: [String]? = nil, mayWrite: Bool? = nil) {
        self.label = label
        self.all = all
        self.agencies = agencies
        self.names = names
        self.mayWrite = mayWrite
    }
}

/// The body of every error response: a stable code for programs and a message for people.
public struct ErrorBody: Sendable, Hashable, Codable {
    /// A stable code (`unauthorized`, `forbidden`, `bad-request`, `conflict`, `too-large`, …).
    public var error: String
    /// What went wrong and what to do.
    public var message: String

    /// Creates an error body.
    public init(error: String, message: String) {
        self.error = error
        self.message = message
    }
}

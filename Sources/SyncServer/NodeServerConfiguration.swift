import Foundation
public import Logging
public import ReportRepository
public import RevisionStore
public import SyncAPI

/// How a node's server runs: where it listens, what it logs, and the limits it holds hostile clients to.
public struct NodeServerConfiguration: Sendable {
    /// The address to listen on; loopback by default.
    public var host: String
    /// The port; 0 asks the system for a free one.
    public var port: Int
    /// Where the server logs.
    public var logger: Logger
    /// Timeouts, connection counts, rates and quotas (`Schema/sync-protocol.md`, "Strictness").
    public var limits: NodeLimits

    /// Creates a configuration.
    public init(host: String = "127.0.0.1", port: Int = 8080, logger: Logger, limits: NodeLimits = NodeLimits()) {
        self.host = host
        self.port = port
        self.logger = logger
        self.limits = limits
    }
}

/// The limits a node holds its clients to. The defaults suit a county node; tests give small ones.
public struct NodeLimits: Sendable, Hashable {
    /// Timeouts and connection counts.
    public var connections: ConnectionLimits
    /// Failed logins (a token that is not valid, presented or typed) allowed per client address: 10, then one
    /// every 30 s.
    public var failedLogins: RateLimiter.Policy
    /// Requests that name a revision, report or object that is not there (or not within reach) allowed per token and
    /// per address: 30, then one every 2 s.
    public var unknownNames: RateLimiter.Policy
    /// The most bytes one token's uploads may add that no ref reaches.
    public var uploadQuota: Int
    /// The most objects one pull pack carries: the protocol's most per batch (20,000). A smaller number makes a
    /// large pull take more, smaller packs.
    public var objectsPerPack: Int

    /// Creates limits.
    public init(
        connections: ConnectionLimits = ConnectionLimits(),
        failedLogins: RateLimiter.Policy = .init(burst: 10, period: .seconds(300)),
        unknownNames: RateLimiter.Policy = .init(burst: 30, period: .seconds(60)),
        uploadQuota: Int = ReportRepository.defaultUploadQuota, objectsPerPack: Int = SyncProtocol.maxObjectsPerBatch
    ) {
        self.connections = connections
        self.failedLogins = failedLogins
        self.unknownNames = unknownNames
        self.uploadQuota = uploadQuota
        self.objectsPerPack = max(1, min(objectsPerPack, SyncProtocol.maxObjectsPerBatch))
    }
}

/// The state a node keeps to hold its clients to its limits: the web pages' login sessions and the counts of failed
/// logins and of requests for what is not there. One per server; the web pages share it.
public struct NodeProtection: Sendable {
    /// The limits.
    public let limits: NodeLimits
    /// Login sessions of the web pages, by session id; each stands for a person or the token typed at login.
    public let sessions: SessionStore
    /// Failed logins, by client address.
    public let failedLogins: RateLimiter
    /// Requests for what is not there, by client address and by token.
    public let unknownNames: RateLimiter

    /// Creates the state for some limits.
    ///
    /// - Parameters:
    ///   - limits: The limits.
    ///   - sessionLifetime: How long a login session of the web pages lasts, in seconds (8 hours: a working day).
    ///   - repository: The repository that keeps the login sessions, so that a restart logs nobody out; in memory
    ///     when `nil` or read-only.
    public init(
        limits: NodeLimits = NodeLimits(), sessionLifetime: Int = 8 * 3600,
        sessionsIn repository: ReportRepository? = nil
    ) {
        self.limits = limits
        sessions = SessionStore(lifetime: TimeInterval(sessionLifetime), repository: repository)
        failedLogins = RateLimiter(limits.failedLogins)
        unknownNames = RateLimiter(limits.unknownNames)
    }

    /// The rate-limit key of a client address.
    public static func addressKey(_ address: String) -> String { "address " + address }

    /// The rate-limit key of a token.
    public static func tokenKey(_ token: AccessToken) -> String { "token \(token.id)" }

    /// Counts a failed login from an address.
    public func recordFailedLogin(from address: String) async {
        await failedLogins.recordFailure(Self.addressKey(address))
    }

    /// How long an address must wait before its next login, or `nil` when it may log in now.
    public func loginRetryAfter(from address: String) async -> Duration? {
        await failedLogins.retryAfter(Self.addressKey(address))
    }

    /// The key a request for what is not there counts against: the token or the person the request stands for, and
    /// only an anonymous request its address. Everyone behind one address — an office's shared internet address,
    /// the government network's gateway, a proxy in front of the node — would otherwise be held back by one
    /// signed-in clerk's stale bookmarks (rr97 F3).
    public static func requesterKey(address: String, token: AccessToken?, person: Person?) -> String {
        if let token { return tokenKey(token) }
        if let person { return "person \(person.id)" }
        return addressKey(address)
    }

    /// Counts a request for what is not there against its requester (``requesterKey(address:token:person:)``).
    public func recordUnknownName(by requester: String) async {
        await unknownNames.recordFailure(requester)
    }

    /// How long a requester that asked for too much that is not there must wait, or `nil`.
    public func lookupRetryAfter(by requester: String) async -> Duration? {
        await unknownNames.retryAfter(requester)
    }
}

import Foundation

/// How long a client may take and how many connections it may hold, so that clients that send slowly or not at all
/// (no token needed) cannot take every connection the node can open.
///
/// Hummingbird's own `idleTimeout` closes a connection only when no byte arrives for a while, which a client sending
/// one byte every few seconds never triggers; ``ConnectionGuard`` bounds the whole header and the body's rate.
public struct ConnectionLimits: Sendable, Hashable {
    /// How long a request's head (its line and headers) may take to arrive: from the connection's start, or from the
    /// end of the previous response on a kept-alive connection (10 s).
    public var headerTimeout: Duration
    /// The window over which a body's rate is measured (10 s).
    public var bodyRateWindow: Duration
    /// The fewest bytes of a body that must arrive in each window, in bytes per second (1 KiB/s: a slow line still
    /// sends tens of KiB per second).
    public var minimumBodyBytesPerSecond: Int
    /// The most connections open at once from one address (32: a county's townships behind one gateway sync a few
    /// requests each).
    public var connectionsPerAddress: Int
    /// The most connections open at once in all; further clients wait to be accepted (512, well under the usual
    /// limit of 1,024 open files).
    public var connections: Int

    /// Creates limits.
    public init(
        headerTimeout: Duration = .seconds(10), bodyRateWindow: Duration = .seconds(10),
        minimumBodyBytesPerSecond: Int = 1024, connectionsPerAddress: Int = 32, connections: Int = 512
    ) {
        self.headerTimeout = headerTimeout
        self.bodyRateWindow = bodyRateWindow
        self.minimumBodyBytesPerSecond = minimumBodyBytesPerSecond
        self.connectionsPerAddress = connectionsPerAddress
        self.connections = connections
    }

    /// The fewest body bytes per window.
    var minimumBytesPerWindow: Int {
        let (seconds, attoseconds) = bodyRateWindow.components
        let window = Double(seconds) + Double(attoseconds) / 1e18
        return Int((Double(minimumBodyBytesPerSecond) * window).rounded(.up))
    }
}

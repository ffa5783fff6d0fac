public import Hummingbird
public import HummingbirdCore
import Logging
import NIOCore
public import ReportRepository

/// The router of a node: the error, access and rate-limit middlewares and the sync API under `/v1`. The web pages
/// add their routes to it (WebUI builds the whole application on top of this).
///
/// - Parameters:
///   - repository: The node's repository.
///   - protection: The node's sessions and failure counts (one per server).
///   - pageMiddleware: A middleware that turns page errors into pages, placed inside the access middleware and
///     outside the rate limit (which must see the errors of pages and API alike).
public func buildNodeRouter(
    repository: ReportRepository, protection: NodeProtection = NodeProtection(),
    pageMiddleware: (any MiddlewareProtocol<Request, Response, NodeRequestContext>)? = nil
) -> Router<NodeRequestContext> {
    let router = Router(context: NodeRequestContext.self)
    router.middlewares.add(NodeErrorMiddleware())
    router.middlewares.add(AccessMiddleware(repository: repository, protection: protection))
    if let pageMiddleware { router.middlewares.add(pageMiddleware) }
    router.middlewares.add(RateLimitMiddleware(protection: protection))
    InfoRoutes(repository: repository).add(to: router.group("v1"))
    SyncRoutes(
        repository: repository, uploadQuota: protection.limits.uploadQuota,
        objectsPerPack: protection.limits.objectsPerPack
    ).add(to: router.group("v1"))
    return router
}

/// A node's server over its repository: the sync API only.
///
/// - Parameters:
///   - repository: The node's repository.
///   - configuration: Where to listen and log, and the limits.
///   - onServerRunning: Called once the server listens, with the port it got (useful with port 0).
public func buildNodeApplication(
    repository: ReportRepository, configuration: NodeServerConfiguration,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    makeNodeApplication(
        router: buildNodeRouter(repository: repository, protection: NodeProtection(limits: configuration.limits)),
        configuration: configuration, onServerRunning: onServerRunning)
}

/// Wraps a node router in an application listening where the configuration says, holding its clients to the
/// configuration's connection limits (``ConnectionGuard``; at most ``ConnectionLimits/connections`` open at once,
/// further clients waiting to be accepted).
public func makeNodeApplication(
    router: Router<NodeRequestContext>, configuration: NodeServerConfiguration,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let limits = configuration.limits.connections
    let tally = ConnectionTally()
    let logger = configuration.logger
    return Application(
        router: router,
        server: .http1(
            configuration: HTTP1Channel.Configuration(
                additionalChannelHandlers: [ConnectionGuard(limits: limits, tally: tally, logger: logger)])),
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port), serverName: "nianbao",
            availableConnectionsDelegate: MaximumAvailableConnections(limits.connections, logger: logger)),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: configuration.logger)
}

/// Runs an application until the process gets SIGINT or SIGTERM, then shuts it down gracefully.
///
/// - Parameters:
///   - host: The address it listens on, for the error when it cannot.
///   - port: The port it listens on, for the error when it cannot.
/// - Throws: ``ServerStartError`` when it cannot listen (the port taken, an address not this computer's); what the
///   server throws otherwise.
public func runUntilStopped(_ application: some ApplicationProtocol, host: String, port: Int) async throws {
    do {
        try await application.runService()
    } catch {
        throw ServerStartError.from(error, host: host, port: port) ?? error
    }
}

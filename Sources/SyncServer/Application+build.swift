import Hummingbird
import Logging
import NIOCore
import ReportRepository

/// The router of a node: the access middleware and the sync API under `/v1`. The web pages add their routes to it
/// (WebUI builds the whole application on top of this).
///
/// - Parameter repository: The node's repository.
public func buildNodeRouter(repository: ReportRepository) -> Router<NodeRequestContext> {
    let router = Router(context: NodeRequestContext.self)
    router.middlewares.add(NodeErrorMiddleware())
    router.middlewares.add(AccessMiddleware(repository: repository))
    InfoRoutes(repository: repository).add(to: router.group("v1"))
    SyncRoutes(repository: repository).add(to: router.group("v1"))
    return router
}

/// A node's server over its repository: the sync API only.
///
/// - Parameters:
///   - repository: The node's repository.
///   - configuration: Where to listen and log.
///   - onServerRunning: Called once the server listens, with the port it got (useful with port 0).
public func buildNodeApplication(
    repository: ReportRepository, configuration: NodeServerConfiguration,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    makeNodeApplication(
        router: buildNodeRouter(repository: repository), configuration: configuration,
        onServerRunning: onServerRunning)
}

/// Wraps a node router in an application listening where the configuration says.
public func makeNodeApplication(
    router: Router<NodeRequestContext>, configuration: NodeServerConfiguration,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "nianbao"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: configuration.logger)
}

/// Runs an application until the process gets SIGINT or SIGTERM, then shuts it down gracefully.
public func runUntilStopped(_ application: some ApplicationProtocol) async throws {
    try await application.runService()
}

public import Hummingbird
import Logging
public import ReportRepository
public import SyncServer

/// The router of a node with its web pages: the sync API under `/v1`
/// (``SyncServer/buildNodeRouter(repository:protection:pageMiddleware:)``) and the county office's pages in Chinese (or English, for one who chooses it) —
/// overview, reports, history, diffs, conflicts, marks, login.
///
/// - Parameters:
///   - repository: The node's repository.
///   - web: How the pages behave (anti-forgery key, login lifetime, secure cookies).
///   - limits: The limits the node holds its clients to.
/// - Returns: The router.
public func buildNodeWebRouter(
    repository: ReportRepository, web: WebConfiguration = WebConfiguration(), limits: NodeLimits = NodeLimits()
)
    -> Router<NodeRequestContext>
{
    let protection = NodeProtection(limits: limits, sessionLifetime: web.sessionLifetime, sessionsIn: repository)
    let services = WebServices(repository: repository, configuration: web, protection: protection)
    let router = buildNodeRouter(
        repository: repository, protection: protection,
        pageMiddleware: WebPageMiddleware(renderer: services.renderer, repository: services.repository))
    router.addRoutes(AssetController().endpoints, atPath: "assets")
    router.addRoutes(AuthController(services: services).endpoints)
    router.addRoutes(LanguageController(services: services).endpoints)
    router.addRoutes(OverviewController(services: services).endpoints)
    router.addRoutes(ReportController(services: services).endpoints, atPath: "reports")
    router.addRoutes(OriginalController(services: services).endpoints, atPath: "reports")
    router.addRoutes(HistoryController(services: services).endpoints, atPath: "reports")
    router.addRoutes(DiffController(services: services).endpoints, atPath: "reports")
    router.addRoutes(RedlineController(services: services).endpoints, atPath: "reports")
    router.addRoutes(MarkController(services: services).endpoints, atPath: "reports")
    router.addRoutes(RestoreController(services: services).endpoints, atPath: "reports")
    router.addRoutes(WorkflowController(services: services).endpoints, atPath: "reports")
    router.addRoutes(ConflictController(services: services).endpoints, atPath: "reports")
    router.addRoutes(AuditController(services: services).endpoints)
    router.addRoutes(PeopleController(services: services).endpoints)
    router.addRoutes(PasswordController(services: services).endpoints)
    router.addRoutes(UploadController(services: services).endpoints)
    router.addRoutes(AgencyNameController(services: services).endpoints, atPath: "reports")
    let downloads = DownloadController(services: services)
    router.addRoutes(downloads.reportEndpoints, atPath: "reports")
    router.addRoutes(downloads.workbookEndpoints, atPath: "workbook")
    return router
}

/// A node's server over its repository: the sync API and the web pages on one port. `nianbao serve` runs it.
///
/// - Parameters:
///   - repository: The node's repository.
///   - configuration: Where to listen and log.
///   - web: How the pages behave.
///   - onServerRunning: Called once the server listens, with the port it got (useful with port 0).
/// - Returns: The application, to run with ``SyncServer/runUntilStopped(_:host:port:)``.
public func buildNodeWebApplication(
    repository: ReportRepository, configuration: NodeServerConfiguration, web: WebConfiguration = WebConfiguration(),
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    makeNodeApplication(
        router: buildNodeWebRouter(repository: repository, web: web, limits: configuration.limits),
        configuration: configuration,
        onServerRunning: onServerRunning)
}

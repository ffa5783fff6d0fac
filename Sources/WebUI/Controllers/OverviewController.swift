import Foundation
import Hummingbird
import ReportModel
import ReportRepository
import SyncServer

/// `GET /` (every report the token reaches) and `GET /reports/AGENCY` (one agency's), filtered by `?status=` and
/// `?year=`.
struct OverviewController {
    let services: WebServices

    var endpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.get("/", use: overview)
        routes.get("reports", use: overview)
        routes.get("reports/:agency", use: agency)
        return routes
    }

    /// The overview of every report the token reaches.
    @Sendable func overview(_ request: Request, context: NodeRequestContext) async throws -> Response {
        try await page(request, context: context, agency: nil)
    }

    /// One agency's reports.
    @Sendable func agency(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let id = try ReportAddress.agency(from: context)
        return try await page(request, context: context, agency: id)
    }

    private func page(_ request: Request, context: NodeRequestContext, agency: String?) async throws -> Response {
        let session = services.session(request, context)
        let access = try session.requireAccess(request)
        var name: String?
        if let agency {
            // An agency outside the token's reach is answered exactly as one that does not exist.
            guard access.scope.allows(agency: agency) else { throw WebError.unknownAgency(agency) }
            name = try await services.catalog.agency(agency)?.name
            guard name != nil else { throw WebError.unknownAgency(agency) }
        }
        let (status, year) = try Self.filters(request)
        let states = try await services.catalog.states(reachableBy: access.scope)
            .filter { agency == nil || $0.report.agency == agency }
        let counts = try await services.catalog.findingCounts(of: states)
        var view = OverviewView(
            states: states, counts: counts, status: status, year: year,
            agency: agency.map { ($0, name ?? $0) })
        if session.may(.edit), !states.isEmpty {
            view.upload = BoardUploadView(states: states, session: session)
        }
        return try services.renderer.page("overview", title: view.heading, view: view, session: session)
    }

    /// The filters of the query: `status` (draft, submitted, returned, published, conflict) and `year`.
    static func filters(_ request: Request) throws(WebError) -> (ReportStatus?, Int?) {
        let query = request.uri.queryParameters
        var status: ReportStatus?
        if let text = query.get("status"), !text.isEmpty {
            guard let value = ReportStatus(rawValue: text) else {
                throw .badRequest("没有“\(text)”这种状态：可选 draft、submitted、returned、published、conflict。")
            }
            status = value
        }
        var year: Int?
        if let text = query.get("year"), !text.isEmpty {
            guard let value = Int(text), ReportKey.years.contains(value) else {
                throw .badRequest("“\(text)”不是有效的年度。")
            }
            year = value
        }
        return (status, year)
    }
}

import Foundation
import Hummingbird
import ReportModel
import ReportRepository
import SyncServer

/// `GET /audit`: the audit log, for the county's reviewers and administrators (``PersonAction/readAudit``).
struct AuditController {
    let services: WebServices

    var endpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.get("audit", use: page)
        return routes
    }

    /// The newest lines of the audit log.
    @Sendable func page(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let session = services.session(request, context)
        let access = try session.requireAccess(request)
        guard access.may(.readAudit) else { throw WebError.notAllowed(role: access.role, action: .readAudit) }
        let repository = services.repository
        let entries = try await services.run { () async throws(RepositoryError) in
            try await repository.auditLog(limit: 500)
        }
        let names = try await services.run { () async throws(RepositoryError) in try await repository.agencyNames() }
        let words = services.renderer.words("audit", session).audit
        let view = AuditView(entries: entries, agencyNames: names, words: words)
        return try services.renderer.page("audit", title: words.heading, view: view, session: session)
    }
}

/// What the audit page shows.
struct AuditView {
    struct Row {
        let time: String
        let person: String
        let action: String
        let hasReport: Bool
        let reportHref: String
        let reportName: String
        let detail: String
        let node: String
    }

    let rows: [Row]
    let count: Int
    let hasRows: Bool
    /// `谁在什么时候……共显示 3 条。`
    let summary: String

    init(entries: [AuditEntry], agencyNames: [String: String], words: AuditWords = PageWords.chinese.audit) {
        rows = entries.map { entry in
            let key = entry.agency.flatMap { agency in entry.year.map { ReportKey(agency: agency, year: $0) } }
            return Row(
                time: DisplayFormat.time(entry.time), person: AuditPerson.spoken(entry.person, in: words.language),
                action: words.label(of: entry.action),
                hasReport: key != nil, reportHref: key.map { ReportAddress.href($0) } ?? "",
                reportName: key.map { words.name(of: $0, agencyName: agencyNames[$0.agency]) } ?? "",
                detail: words.detail(entry.detail), node: entry.node)
        }
        count = rows.count
        hasRows = !rows.isEmpty
        summary = words.summary(rows.count)
    }
}

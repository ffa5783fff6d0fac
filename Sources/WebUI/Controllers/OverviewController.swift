import Foundation
import Hummingbird
import ReportModel
import ReportRepository
import SyncServer

/// `GET /` (the county's board of a year: every report the session reaches and every expected agency that has not
/// reported; `?year=N`, else the year being reported (``ReportRepository/reportingYear(scope:now:)``); `?year=all` for
/// every report of every year) and `GET /reports/AGENCY` (one agency's reports of every year, or of `?year=N`),
/// sorted by `?sort=&order=`, filtered by `?status=`, `?kind=`, `?parent=`, `?errors=1` and searched by `?q=`.
struct OverviewController {
    let services: WebServices

    var endpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.get("/", use: overview)
        routes.get("reports", use: overview)
        routes.get("reports/:agency", use: agency)
        routes.post("batch", use: batch)
        routes.post("batch/export", use: export)
        return routes
    }

    /// The board of every report the session reaches.
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
        let words = services.renderer.words("overview", session).overview
        var name: String?
        if let agency {
            // An agency outside the session's reach is answered exactly as one that does not exist.
            guard access.scope.allows(agency: agency) else { throw WebError.unknownAgency(agency) }
            name = try await services.catalog.agency(agency)?.name
            guard name != nil else { throw WebError.unknownAgency(agency) }
        }
        let (asked, askedYear, allYears) = try Self.filters(request)
        // The year being reported is always in the 年度 menu, before any report of it has come in (ux98 A).
        let repository = services.repository
        let scope = access.scope
        // (and every year the county listed an office of the session's as expected, a late round's too: rv103 F1)
        let (reporting, expected) = try await services.run { () async throws(RepositoryError) in
            (try await repository.reportingYear(scope: scope), try await repository.expectedYears(scope: scope))
        }
        var year = askedYear
        if agency == nil, year == nil, !allYears { year = reporting }
        var query = asked
        query.agency = agency
        let chosen = query
        let shownYear = year
        let (all, reports, registry, deadline, generations) = try await services.run {
            () async throws(RepositoryError) -> (
                [BoardRow], [ReportSummary], [Agency], ReportingDeadline, [ObjectID: Int]
            ) in
            let all = try await repository.board(year: shownYear, scope: scope, query: chosen.unfiltered)
            return (
                all, try await repository.reports(scope: scope),
                try await repository.agencyRegistry(), try await repository.deadline(),
                // (and of the revisions returned: a draft uploaded since is not the returned one, rv119 M7)
                try await repository.generations(
                    of: all.compactMap { $0.report?.head.id } + all.compactMap { $0.report?.mark(.returned)?.revision },
                    scope: scope)
            )
        }
        let messages = await repository.shownMessages(of: all.compactMap { $0.report?.head })
        // (a backup put back in the repository's place: said on the board for some days after)
        let restored = try await services.run { () async throws(RepositoryError) in
            try await repository.restoredBackup()
        }
        var view = OverviewView(
            all: all, rows: ReportRepository.arranged(all, by: query), reports: reports, registry: registry,
            query: query, year: year, reporting: [reporting] + expected, allYears: agency == nil && year == nil,
            deadline: deadline,
            agency: agency.map { ($0, name ?? $0) },
            batch: session.csrfToken, marks: session.may(.returnReport) || session.may(.publish),
            generations: generations, messages: messages, ownOffices: !scope.isAll, words: words)
        view.restoredBackup = restored.flatMap {
            RestoredBackupNotice(
                $0, reviews: session.may(.returnReport) || session.may(.publish), edits: session.may(.edit),
                language: words.language)
        }
        let uploadable = reports.filter { agency == nil || $0.report.agency == agency }
        let awaited = all.filter { $0.report == nil && (agency == nil || $0.agency.id == agency) }
        if session.may(.edit), !uploadable.isEmpty || !awaited.isEmpty {
            view.upload = BoardUploadView(
                states: uploadable, awaited: awaited, year: year, session: session, words: words,
                nextYear: year == nil ? BoardUploadView.nextYear(states: uploadable, awaited: awaited) : [])
        }
        let address = PrintView.page(of: request)
        view.printHref = PrintView.href(address)
        return try services.renderer.page(
            "overview", title: view.heading, view: view, session: session,
            printOf: PrintView.isRequested(request) ? address : nil)
    }

    /// The query's order, filters and search, its year, and whether every year was asked for (`year=all`).
    ///
    /// - Throws: ``WebError/badRequest(_:)`` for a status, kind, sort, order or year that does not exist.
    static func filters(_ request: Request) throws(WebError) -> (query: BoardQuery, year: Int?, allYears: Bool) {
        let parameters = request.uri.queryParameters
        func value(_ key: String) -> String? {
            parameters.get(key).flatMap { $0.isEmpty ? nil : $0 }
        }
        var query = BoardQuery()
        if let text = value("status") {
            guard let status = BoardStatus(rawValue: text) else {
                throw .badRequest(
                    "没有“\(text)”这种状态：可选 missing、draft、submitted、returned、published、conflict。",
                    english:
                        "There is no status \"\(text)\": choose missing, draft, submitted, returned, published or conflict."
                )
            }
            query.status = status
        }
        if let text = value("kind") {
            guard let kind = AgencyKind(rawValue: text) else {
                throw .badRequest(
                    "没有“\(text)”这种机关类别：可选 township、department、government。",
                    english: "There is no kind of office \"\(text)\": choose township, department or government.")
            }
            query.kind = kind
        }
        if let text = value("sort") {
            guard let sort = BoardQuery.Sort(rawValue: text) else {
                throw .badRequest(
                    "不能按“\(text)”排序：可选 name、status、errors、changed、days、kind、parent、year。",
                    english:
                        "The list cannot be sorted by \"\(text)\": choose name, status, errors, changed, days, kind, parent or year."
                )
            }
            query.sort = sort
        }
        if let text = value("order") {
            guard ["asc", "desc"].contains(text) else {
                throw .badRequest(
                    "排序方向只能是 asc 或 desc。",
                    english: "The sort order is asc or desc.")
            }
            query.descending = text == "desc"
        }
        query.parent = value("parent")
        query.hasErrors = value("errors") != nil
        query.search = value("q").map { String($0.prefix(100)) }
        var year: Int?
        let allYears = value("year") == "all"
        if let text = value("year"), !allYears {
            guard let number = Int(text), ReportKey.years.contains(number) else {
                throw .badRequest(
                    "“\(text)”不是有效的年度。",
                    english: "\"\(text)\" is not a valid year.")
            }
            year = number
        }
        return (query, year, allYears)
    }
}

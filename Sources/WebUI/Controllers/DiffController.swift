import Foundation
import Hummingbird
import ReportChecks
import ReportDiff
import ReportModel
import ReportRepository
import SyncServer

/// `GET /reports/AGENCY/YEAR/diff?from=ID&to=ID`: two revisions side by side, section by section, with the changed
/// cells (old → new, delta) and the year-over-year findings. Without `to`, the report's draft; without `from`, the
/// agency's report of the year before, else the revision before `to`.
struct DiffController {
    let services: WebServices

    var endpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.get(":agency/:year/diff", use: page)
        return routes
    }

    /// The two revisions a diff or redline page compares, and the report they are of.
    struct Comparison {
        let session: WebSession
        let key: ReportKey
        let state: ReportSummary
        let old: RevisionDetails?
        let new: RevisionDetails
        let hasLastYear: Bool
    }

    /// The diff page.
    @Sendable func page(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let comparison = try await compare(request, context: context)
        let (key, state, old, new) = (comparison.key, comparison.state, comparison.old, comparison.new)
        let person = comparison.session.access?.name
        let script: ReportEditScript? =
            if let old { await services.repository.comparison(from: old.report, to: new.report, for: person) } else {
                nil
            }
        let shares = old.map { old in
            script?.yearShift == nil ? [] : CarriedOverView.list(CarriedOver.shares(from: old.report, to: new.report))
        }
        let words = services.renderer.words("diff", comparison.session)
        let renderer = HTMLDiffRenderer(language: words.language)
        // The checks' findings that compare the year with last year's (数字与上年完全相同…): the report page listed them,
        // the comparison with last year, where a reviewer looks for them, did not (user review ux98, N).
        let crossYear: [Finding] =
            if old.map({ $0.revision.report.year == key.year - 1 }) == true {
                try await services.catalog.findings(of: new.revision).filter { $0.rule.hasPrefix("cross-year") }
            } else {
                []
            }
        var view = DiffView(
            key: key, state: state, old: old, new: new, hasLastYear: comparison.hasLastYear,
            markup: script.map { renderer.renderBody($0) } ?? "", carriedOver: shares ?? [],
            crossYear: crossYear.map { words.language == .english ? $0.english ?? $0.message : $0.message },
            words: words)
        let address = PrintView.page(of: request)
        view.printHref = PrintView.href(address)
        return try services.renderer.page(
            "diff", title: "\(view.reportName) · \(words.diff.heading)", view: view, session: comparison.session,
            diffStyles: true, printOf: PrintView.isRequested(request) ? address : nil)
    }

    /// The revisions a request compares: `to` (else the draft) against `from` (else last year's report as the county
    /// counts it, published else draft; else the revision before), each within the session's reach.
    func compare(_ request: Request, context: NodeRequestContext) async throws -> Comparison {
        let session = services.session(request, context)
        let key = try ReportAddress.key(from: context)
        let access = try session.requireAccess(request, toAgency: key.agency)
        let query = request.uri.queryParameters
        let toText = try ReportAddress.revision(query.get("to"))
        let fromText = try ReportAddress.revision(query.get("from"))
        let state = try await services.catalog.state(of: key)
        // Last year's report as the checks and the workbook count it: published, else draft.
        let lastYear = try await services.catalog.previousYear(of: key)
        let hasLastYear = lastYear != nil
        let scope = access.scope
        let new = try await show(toText ?? key.description, scope: scope)
        guard new.revision.report == key else { throw WebError.revisionNotFound(toText ?? "") }
        // A revision outside the token's reach is answered exactly as one that does not exist.
        let old: RevisionDetails?
        if let fromText {
            old = try await show(fromText, scope: scope)
        } else if let lastYear {
            old = try await show(lastYear.id.hex, scope: scope)
        } else if let parent = new.revision.firstParent {
            old = try await show(parent.hex, scope: scope)
        } else {
            old = nil
        }
        return Comparison(session: session, key: key, state: state, old: old, new: new, hasLastYear: hasLastYear)
    }

    private func show(_ ref: String, scope: AccessScope) async throws(WebError) -> RevisionDetails {
        let repository = services.repository
        return try await services.run { () async throws(RepositoryError) in try await repository.show(ref, scope: scope)
        }
    }
}

/// What the diff page shows around the diff itself.
struct DiffView {
    /// One side of the comparison.
    struct Side {
        let label: String
        let revision: RevisionView
    }

    let agency: String
    let agencyName: String
    /// `常张乡人民政府 2024 年度报告` (``ReportNames``).
    let reportName: String
    let year: Int
    let reportHref: String
    let historyHref: String
    let hasOld: Bool
    let old: [Side]
    let new: Side
    let hasLastYear: Bool
    let lastYear: Int
    let lastYearHref: String
    let lastYearDiffHref: String
    /// The same comparison as Word's 修订 shows it.
    let redlineHref: String
    let isYearDiff: Bool
    /// The diff's markup from `HTMLDiffRenderer.renderBody`, which escapes every piece of report text.
    let markup: String
    /// Per section, how much text is last year's word for word (two years only).
    let carriedOver: [CarriedOverView]
    let hasCarriedOver: Bool
    /// The checks' findings comparing the newer report with last year's (two years only), by their messages.
    let crossYear: [String]
    let hasCrossYear: Bool
    /// The 打印 link: this page's print view (``PrintView``).
    var printHref = ""

    init(
        key: ReportKey, state: ReportSummary, old: RevisionDetails?, new: RevisionDetails, hasLastYear: Bool,
        markup: String, carriedOver: [CarriedOverView] = [], crossYear: [String] = [], words: PageWords = .chinese
    ) {
        // Two revisions of one report with the same number (the two sides of a sync conflict) are named by office
        // and person too.
        let sides = [old, new].compactMap { $0 }.filter { $0.revision.report == key }
        var generations: [ObjectID: Int] = [:]
        for details in sides { generations[details.revision.id] = details.generation }
        let names = RevisionNames.names(sides.map(\.revision), generations: generations, words: words.revisions)
        func side(_ details: RevisionDetails) -> Side {
            var revision = RevisionView(details, words: words.revisions)
            if details.revision.report == key { revision.name = names(details.revision.id) }
            let label =
                words.language == .english
                ? ReportNames.english(details.revision.report, agencyName: details.agency?.name)
                : ReportNames.chinese(details.revision.report, agencyName: details.agency?.name)
            return Side(label: label, revision: revision)
        }
        agency = key.agency
        agencyName = state.displayName
        reportName = words.revisions.name(of: state)
        year = key.year
        reportHref = ReportAddress.href(key)
        historyHref = ReportAddress.href(key, "history")
        hasOld = old != nil
        self.old = old.map { [side($0)] } ?? []
        self.new = side(new)
        self.hasLastYear = hasLastYear
        lastYear = key.year - 1
        lastYearHref = ReportAddress.href(ReportKey(agency: key.agency, year: key.year - 1))
        lastYearDiffHref = ReportAddress.href(key, "diff") + "?to=" + new.revision.id.hex
        isYearDiff = old.map { $0.revision.report.year != new.revision.report.year } ?? false
        redlineHref =
            ReportAddress.href(key, "redline") + "?to=" + new.revision.id.hex
            + (old.map { "&from=" + $0.revision.id.hex } ?? "")
        self.markup = markup
        self.carriedOver = carriedOver
        hasCarriedOver = !carriedOver.isEmpty
        self.crossYear = crossYear
        hasCrossYear = !crossYear.isEmpty
    }
}

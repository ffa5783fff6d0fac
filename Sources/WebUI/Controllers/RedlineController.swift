import Foundation
import Hummingbird
import ReportDiff
import ReportModel
import ReportRepository
import SyncServer

/// `GET /reports/AGENCY/YEAR/redline?from=ID&to=ID`: the comparison of the diff page (the same revisions, chosen
/// the same way) as Word's 修订 shows it — ``RedlineView``.
struct RedlineController {
    let services: WebServices

    var endpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.get(":agency/:year/redline", use: page)
        return routes
    }

    /// The redline page.
    @Sendable func page(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let comparison = try await DiffController(services: services).compare(request, context: context)
        let (key, state, new) = (comparison.key, comparison.state, comparison.new)
        guard let old = comparison.old else {
            throw WebError.badRequest(
                "该报告只有一个修订，也没有上一年度的报告，暂无可比较的内容。",
                english:
                    "This report has only one revision and no report of the year before: there is nothing to compare yet."
            )
        }
        let script = await services.repository.comparison(
            from: old.report, to: new.report, for: comparison.session.access?.name)
        let words = services.renderer.words("redline", comparison.session)
        var view = RedlinePageView(
            key: key, state: state, old: old, new: new, redline: RedlineView(script, words: words),
            diffHref: ReportAddress.href(key, "diff") + "?from=\(old.revision.id.hex)&to=\(new.revision.id.hex)",
            words: words)
        let address = PrintView.page(of: request)
        view.printHref = PrintView.href(address)
        return try services.renderer.page(
            "redline", title: "\(view.reportName) · \(words.redline.heading)", view: view,
            session: comparison.session, printOf: PrintView.isRequested(request) ? address : nil)
    }
}

/// What the redline page shows around the redline itself: the two revisions, and the footer of the printed page.
struct RedlinePageView {
    let agency: String
    let agencyName: String
    /// `常张乡人民政府 2024 年度报告` (``ReportNames``).
    let reportName: String
    let year: Int
    let reportHref: String
    let diffHref: String
    let oldLabel: String
    let old: RevisionView
    let newLabel: String
    let new: RevisionView
    let statusLabel: String
    let printedAt: String
    let redline: RedlineView
    /// The 打印 link: this page's print view (``PrintView``).
    var printHref = ""

    init(
        key: ReportKey, state: ReportSummary, old: RevisionDetails, new: RevisionDetails, redline: RedlineView,
        diffHref: String, words: PageWords = .chinese
    ) {
        func label(_ details: RevisionDetails) -> String {
            words.language == .english
                ? ReportNames.english(details.revision.report, agencyName: details.agency?.name)
                : ReportNames.chinese(details.revision.report, agencyName: details.agency?.name)
        }
        agency = key.agency
        agencyName = state.displayName
        reportName = words.revisions.name(of: state)
        year = key.year
        reportHref = ReportAddress.href(key)
        self.diffHref = diffHref
        oldLabel = label(old)
        self.old = RevisionView(old, words: words.revisions)
        newLabel = label(new)
        self.new = RevisionView(new, words: words.revisions)
        statusLabel = words.report.status(of: state)
        printedAt = DisplayFormat.time(Date())
        self.redline = redline
    }
}

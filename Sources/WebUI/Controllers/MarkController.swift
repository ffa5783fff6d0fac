import Foundation
import Hummingbird
import Logging
import ReportModel
import ReportRepository
import SyncServer

/// `POST /reports/AGENCY/YEAR/mark`: marks a revision submitted (any token that reaches the report), returned with
/// a comment, or published (the county's token only), under the repository's ``MarkRules``. A revision that may not
/// be published yet (not submitted, or its checks report errors) gets a confirmation step first: the page says why
/// and asks for the reason, and the form sent back with it publishes the revision as forced.
/// A form that sends back the draft its page showed (`draft`) is refused once the draft has moved
/// (``WebError/staleForm(_:)``), and one that sends back the status its page showed (`status`) once the report's
/// marks moved (``WebError/statusMoved(_:step:)``). The same mark sent again on the revision it already marks (a double click) shows
/// the report, as the first did.
struct MarkController {
    let services: WebServices

    var endpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.post(":agency/:year/mark", use: mark)
        return routes
    }

    /// Sets a mark, then shows the report again (or the confirmation step of a publish that needs one).
    @Sendable func mark(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let (session, form) = try await services.verifiedForm(request, context)
        let key = try ReportAddress.key(from: context)
        _ = try session.requireAccess(request, toAgency: key.agency)
        guard let markText = form.value("mark"), let mark = Mark(rawValue: markText) else {
            throw WebError.badRequest(
                "请选择要设置的标记：报送、退回或公开。",
                english: "Choose the mark to set: submitted, returned or published.")
        }
        let access = try session.require(PersonAction(mark: mark), request, toAgency: key.agency)
        let state = try await services.catalog.state(of: key)
        let details = try await services.pageFormRevision(form, of: key, state: state, scope: access.scope)
        let repository = services.repository
        // (a page opened before the county returned the report, or the office submitted it: no move is made over
        // what the person never saw, rv120 F4; a double click's second is the first's, shown as done)
        if let shown = form.value("status"), !shown.isEmpty, shown != state.status.rawValue {
            if try await Self.isAlreadyMarked(key, mark, details.revision.id, catalog: services.catalog) {
                return Response.redirect(to: ReportAddress.href(key), type: .normal)
            }
            let steps = try await services.run { () async throws(RepositoryError) in
                try await repository.workflowSteps(of: key, scope: access.scope)
            }
            throw WebError.statusMoved(key, step: steps.last)
        }
        let author = access.name
        // The confirmation step's form carries `confirm=1` and the reason (an empty one is refused by the rules).
        let reason = form.value("confirm") == "1" ? form.value("reason") ?? "" : nil
        do {
            _ = try await repository.mark(
                details.revision.id.hex, as: mark, comment: form.value("comment"), author: author,
                overriding: reason, scope: access.scope, role: access.role,
                audit: AuditNote(
                    .mark,
                    reason.map { AuditWording.forcedMark(mark).detail($0) } ?? AuditWording.pageMark(mark).detail()))
        } catch .publishRefused(_, let id, let obstacles, _, _) {
            let words = services.renderer.words("confirm-publish", session)
            let head = state.head.id
            let draftGeneration = try await services.run { () async throws(RepositoryError) in
                try await repository.generations(of: [head], scope: access.scope)[head]
            }
            let view = ConfirmPublishView(
                state: state, revision: id, generation: id == details.revision.id ? details.generation : nil,
                obstacles: obstacles, csrf: session.csrfToken, draftGeneration: draftGeneration, words: words)
            return try services.renderer.page(
                "confirm-publish", title: "\(words.revisions.name(of: state)) · \(words.confirmPublish.crumb)",
                view: view, session: session)
        } catch .workflow(.moveNotAllowed(mark, let status)) {
            // The second of a double click, or a second tab: the first set this very mark on this revision, so the
            // person sees the report as they asked for it, not an error that reads as if it failed.
            guard try await Self.isAlreadyMarked(key, mark, details.revision.id, catalog: services.catalog) else {
                throw WebError(.workflow(.moveNotAllowed(mark, status: status)))
            }
            return Response.redirect(to: ReportAddress.href(key), type: .normal)
        } catch {
            throw WebError(error)
        }
        context.logger.info(
            "web mark",
            metadata: [
                "report": "\(key)", "mark": "\(mark.rawValue)", "by": "\(author)", "forced": "\(reason != nil)",
            ])
        let target =
            details.revision.id == state.head.id
            ? ReportAddress.href(key) : ReportAddress.href(key, revision: details.revision.id)
        return Response.redirect(to: target, type: .normal)
    }
}

extension MarkController {
    /// Whether a report now has `mark` on `revision` and stands where that mark puts it (已报送, 已退回, 已公开).
    static func isAlreadyMarked(
        _ key: ReportKey, _ mark: Mark, _ revision: ObjectID, catalog: ReportCatalog
    ) async throws(WebError) -> Bool {
        let state = try await catalog.state(of: key)
        guard state.mark(mark)?.revision == revision else { return false }
        return switch mark {
        case .submitted: state.status == .submitted
        case .returned: state.status == .returned
        case .published: state.status == .published
        }
    }
}

/// The confirmation step of a publish the rules stop: why, and the form that asks for the reason.
struct ConfirmPublishView {
    let agency: String
    let agencyName: String
    let year: Int
    let reportHref: String
    let action: String
    let csrf: String
    let revision: String
    /// The draft head's id as the report's page showed it, sent back with the reason.
    let draft: String
    /// `第 3 版`.
    let number: String
    let obstacles: [String]
    /// When the revision is not the current draft: both named (``ConfirmPublishWords/notTheDraft(revision:draft:)``).
    let draftNote: String
    let hasDraftNote: Bool
    /// The most characters the reason may have (``ReportRepository/maxNoteLength``).
    let noteLimit = ReportRepository.maxNoteLength

    init(
        state: ReportSummary, revision: ObjectID, generation: Int?, obstacles: [PublishObstacle], csrf: String,
        draftGeneration: Int? = nil, words: PageWords = .chinese
    ) {
        agency = state.report.agency
        agencyName = state.displayName
        year = state.report.year
        reportHref = ReportAddress.href(state.report)
        action = ReportAddress.href(state.report, "mark")
        self.csrf = csrf
        self.revision = revision.hex
        draft = state.head.id.hex
        number = words.revisions.revision(generation)
        self.obstacles = obstacles.map { words.language.choose($0.description, $0.englishDescription) }
        hasDraftNote = revision != state.head.id && revision != state.otherHeads.first?.revision
        draftNote =
            hasDraftNote
            ? words.confirmPublish.notTheDraft(
                revision: number, draft: words.revisions.revision(draftGeneration)) : ""
    }
}

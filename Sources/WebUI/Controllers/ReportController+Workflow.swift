import Foundation
import Hummingbird
import ReportChecks
import ReportModel
import ReportRepository
import SyncServer

extension ReportController {
    /// Adds the review workflow's sections to a report page: where the report is and who moved it, its comments
    /// with their forms, and the county's decisions on its findings (in the 检查结果 list, with the forms for those who
    /// decide); the counts at the top then leave out dismissed findings.
    func attachWorkflow(
        to view: inout ReportPageView, state: ReportSummary, details: RevisionDetails, session: WebSession,
        access: Principal, words: PageWords = .chinese
    ) async throws(WebError) {
        let language = words.language
        let key = state.report
        let repository = services.repository
        let (steps, threads) = try await services.run { () async throws(RepositoryError) in
            (
                try await repository.workflowSteps(of: key, scope: access.scope),
                try await repository.comments(
                    of: key, scope: access.scope, shownIn: details.revision.id, language: language)
            )
        }
        let decided = try await services.catalog.decidedFindings(of: details.revision)
        // (on a read-only node everyone reads as a viewer: no next step is theirs to take there, rv108 F7)
        view.workflow = WorkflowView(
            status: state.status, steps: steps, role: session.readOnlyNode ? .viewer : access.role,
            words: words.review)
        var comments = CommentsView(
            key: key, threads: threads,
            anchors: session.may(.comment) ? CommentAnchor.all(in: details.report, language: language) : [],
            revision: details.revision.id, session: session, words: words)
        comments.placed(view.document.attach(comments.threads, in: details.report))
        view.comments = comments
        view.document.showDecisions(
            decided,
            form: session.may(.decide)
                ? FindingView.DecideForm(
                    action: ReportAddress.href(key, "findings/decide"), csrf: session.csrfToken,
                    revision: details.revision.id.hex, key: "")
                : nil)
        let counts = DecidedFinding.counts(decided)
        view.errors = counts.errors
        view.warnings = counts.warnings
        view.notes = counts.notes
    }
}

/// `POST /reports/AGENCY/YEAR/comments` (a new comment on a unit), `…/comments/answer` (an answer, or resolving one)
/// and `…/findings/decide` (confirming or dismissing a finding). Each goes through the form's anti-forgery check,
/// answers a report outside the session's reach as one that does not exist, refuses a role that may not (a viewer
/// never may), applies the repository's rule, records the person in the audit log and shows the report again.
struct WorkflowController {
    let services: WebServices

    var endpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.post(":agency/:year/comments", use: comment)
        routes.post(":agency/:year/comments/answer", use: answer)
        routes.post(":agency/:year/findings/decide", use: decide)
        return routes
    }

    @Sendable func comment(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let (session, form) = try await services.verifiedForm(request, context)
        let key = try ReportAddress.key(from: context)
        let access = try session.require(.comment, request, toAgency: key.agency)
        let revision = try Self.revision(form, of: key)
        let repository = services.repository
        _ = try await services.run { () async throws(RepositoryError) in
            let details = try await repository.show(revision, scope: access.scope)
            guard details.revision.report == key else { throw .unknownRevision(prefix: revision) }
            return try await repository.addComment(
                on: details.revision.id.hex, at: form.value("anchor") ?? "", text: form.value("text") ?? "",
                by: access)
        }
        return Response.redirect(to: ReportAddress.href(key) + "#comments", type: .normal)
    }

    @Sendable func answer(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let (session, form) = try await services.verifiedForm(request, context)
        let key = try ReportAddress.key(from: context)
        let access = try session.require(.answer, request, toAgency: key.agency)
        // (`answering`: the comment's id; `comment` is a 退回意见's text on every other form, and pages opened before
        // the field had its own name still send it so)
        guard let comment = form.value("answering") ?? form.value("comment"), !comment.isEmpty else {
            throw WebError.badRequest(
                "表单缺少批注编号。",
                english: "The form lacks the comment's number.")
        }
        let resolving = form.value("resolve") == "1"
        let repository = services.repository
        _ = try await services.run { () async throws(RepositoryError) in
            try await repository.answer(
                comment: comment, in: key, text: form.value("text") ?? "", resolving: resolving, by: access)
        }
        return Response.redirect(to: ReportAddress.href(key) + "#comments", type: .normal)
    }

    @Sendable func decide(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let (session, form) = try await services.verifiedForm(request, context)
        let key = try ReportAddress.key(from: context)
        let access = try session.require(.decide, request, toAgency: key.agency)
        let revision = try Self.revision(form, of: key)
        guard let verdictText = form.value("verdict"), let verdict = FindingVerdict(rawValue: verdictText) else {
            throw WebError.badRequest(
                "请选择“确认”或“不予采纳”。",
                english: "Choose \"Confirm\" or \"Do not adopt\".")
        }
        let repository = services.repository
        _ = try await services.run { () async throws(RepositoryError) in
            let details = try await repository.show(revision, scope: access.scope)
            guard details.revision.report == key else { throw .unknownRevision(prefix: revision) }
            return try await repository.decide(
                finding: form.value("key") ?? "", on: details.revision.id.hex, verdict: verdict,
                reason: form.value("reason") ?? "", by: access)
        }
        return Response.redirect(to: ReportAddress.href(key) + "#decisions", type: .normal)
    }

    /// The revision a form names.
    static func revision(_ form: FormFields, of key: ReportKey) throws(WebError) -> String {
        guard let revision = try ReportAddress.revision(form.value("revision")) else {
            throw WebError.badRequest(
                "表单缺少修订编号。",
                english: "The form lacks the revision's id.")
        }
        return revision
    }
}

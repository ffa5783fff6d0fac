import Foundation
import Hummingbird
import Logging
import ReportDiff
import ReportModel
import ReportRepository
import SyncServer

/// `GET /reports/AGENCY/YEAR/conflict` (the two heads of a report after a sync conflict, their common ancestor, and
/// each unit both changed with base, ours and theirs) and `POST /reports/AGENCY/YEAR/merge` (the side chosen for each
/// unit; commits the merge revision through ``ReportRepository/mergeHeads(of:head:takeAll:resolutions:author:message:time:commit:seen:)``).
struct ConflictController {
    let services: WebServices

    var endpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.get(":agency/:year/conflict", use: page)
        routes.post(":agency/:year/merge", use: merge)
        return routes
    }

    /// The conflict page: what merging would do, without writing anything.
    @Sendable func page(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let session = services.session(request, context)
        let key = try ReportAddress.key(from: context)
        let access = try session.requireAccess(request, toAgency: key.agency)
        let entry = try await services.catalog.state(of: key)
        guard let head = entry.secondHead else {
            let words = services.renderer.words("conflict", session)
            return try render(ConflictView(entry: entry, words: words), entry: entry, session: session)
        }
        let repository = services.repository
        let outcome = try await services.run { () async throws(RepositoryError) in
            try await repository.mergeHeads(of: key, by: access, head: head, commit: false)
        }
        return try await render(outcome, entry: entry, session: session, message: nil)
    }

    /// Merges with the sides chosen; shows the page again while units are left to choose.
    @Sendable func merge(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let (session, form) = try await services.verifiedForm(request, context)
        let key = try ReportAddress.key(from: context)
        let access = try session.require(.edit, request, toAgency: key.agency)
        let entry = try await services.catalog.state(of: key)
        guard let head = form.value("head"), !head.isEmpty else {
            throw WebError.badRequest(
                "表单缺少要合并的修订线。",
                english: "The form lacks the line of revisions to merge.")
        }
        let headRef = entry.refs.first { $0.name.kind == .head && $0.name.name == head && $0.name != .draft }
        guard let headRef else { throw WebError.noConflict(key) }
        guard form.value("draft") == entry.head.id.hex, form.value("headRevision") == headRef.revision.hex else {
            throw WebError.staleForm(key)
        }
        var resolutions: [UnitID: MergeChoice] = [:]
        for (name, value) in form.values(withPrefix: "take:") {
            guard let unit = UnitID(name), let choice = Self.choice(value, edited: form.value("edit:" + name)) else {
                throw WebError.badRequest(
                    "无法识别对“\(name)”的选择“\(value)”：请选择保留哪一方、两者都保留或编辑。",
                    english: "The choice \"\(value)\" for \"\(name)\" is not one: choose a side to keep, both, or edit."
                )
            }
            resolutions[unit] = choice
        }
        var takeAll: MergeSide?
        if let all = form.value("all"), !all.isEmpty {
            guard let side = MergeSide(rawValue: all) else {
                throw WebError.badRequest(
                    "无法识别“\(all)”：请选择我方或对方。",
                    english: "\"\(all)\" is not a side: choose ours or theirs.")
            }
            takeAll = side
        }
        let repository = services.repository
        let origin = entry.conflicts.first { $0.head == head }.map { ConflictOrigin(recorded: $0.origin) }
        let message = RevisionMessage.merge(origin ?? .other(head), onTheWebBy: access.name).chinese
        let outcome = try await services.run { () async throws(RepositoryError) in
            try await repository.mergeHeads(
                of: key, by: access, head: head, takeAll: takeAll, resolutions: resolutions, message: message,
                seen: (entry.head.id, headRef.revision), audit: AuditNote(.merge, message))
        }
        if let revision = outcome.revision {
            context.logger.info(
                "web merge",
                metadata: ["report": "\(key)", "revision": "\(revision.id.shortHex())", "by": "\(access.name)"])
            return Response.redirect(to: ReportAddress.href(key), type: .normal)
        }
        let left = outcome.result.conflicts.count
        let words = services.renderer.words("conflict", session)
        return try await render(
            outcome, entry: entry, session: session, message: words.conflict.leftToChoose(left))
    }

    /// A choice as the form sends it: `ours`, `theirs`, `both`, or `edit` with the edited text.
    static func choice(_ value: String, edited: String?) -> MergeChoice? {
        switch value {
        case "both": .both
        case "edit": .edit(edited ?? "")
        default: MergeSide(rawValue: value).map(MergeChoice.side)
        }
    }

    private func render(
        _ outcome: HeadMergeOutcome, entry: ReportSummary, session: WebSession, message: String?
    ) async throws(WebError) -> Response {
        let ids = (outcome.ours, outcome.theirs, outcome.base)
        let repository = services.repository
        let units = outcome.result.conflicts.map(\.unit)
        let language = services.renderer.words("conflict", session).language
        let (revisions, generations, changers, makers) = try await services.run { () async throws(RepositoryError) in
            let found = try await repository.revisions([ids.0, ids.1] + (ids.2.map { [$0] } ?? []))
            return (
                (ours: found[0], theirs: found[1], base: found.count > 2 ? found[2] : nil),
                try await repository.generations(of: found.map(\.id)),
                (
                    ours: try await repository.lastChangers(of: units, at: ids.0, language: language),
                    theirs: try await repository.lastChangers(of: units, at: ids.1, language: language)
                ),
                try await repository.changeMakers(of: found)
            )
        }
        let messages = await repository.shownMessages(of: [revisions.ours, revisions.theirs])
        let view = ConflictView(
            entry: entry, head: outcome.head, revisions: revisions, generations: generations, messages: messages,
            result: outcome.result,
            changers: changers, makers: makers, csrf: session.csrfToken, message: message,
            words: services.renderer.words("conflict", session))
        return try render(view, entry: entry, session: session)
    }

    private func render(_ view: ConflictView, entry: ReportSummary, session: WebSession) throws(WebError) -> Response {
        let words = services.renderer.words("conflict", session)
        var view = view
        view.mayMerge = session.may(.edit)
        return try services.renderer.page(
            "conflict", title: "\(view.reportName) · \(words.conflict.heading)", view: view, session: session)
    }
}

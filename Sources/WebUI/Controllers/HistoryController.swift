import Foundation
import Hummingbird
import ReportModel
import ReportRepository
import RevisionStore
import SyncServer

/// `GET /reports/AGENCY/YEAR/history`: every revision of a report (of every head while a conflict is open), with
/// author, node, time, message, parents and marks, and a form to diff any two.
struct HistoryController {
    let services: WebServices

    var endpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.get(":agency/:year/history", use: page)
        return routes
    }

    /// The history page.
    @Sendable func page(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let session = services.session(request, context)
        let key = try ReportAddress.key(from: context)
        let access = try session.requireAccess(request, toAgency: key.agency)
        let state = try await services.catalog.state(of: key)
        let repository = services.repository
        var revisions: [Revision] = []
        var seen: Set<ObjectID> = []
        for head in [state.head] + state.otherHeads {
            let line = try await services.run { () async throws(RepositoryError) in
                try await repository.log(head.id.hex, scope: access.scope)
            }
            for revision in line where seen.insert(revision.id).inserted { revisions.append(revision) }
        }
        if !state.otherHeads.isEmpty {
            revisions = revisions.enumerated().sorted {
                ($0.element.record.time, -$0.offset) > ($1.element.record.time, -$1.offset)
            }.map(\.element)
        }
        let view = HistoryView(state: state, revisions: revisions)
        return try services.renderer.page(
            "history", title: "\(state.agencyName) \(key.year) 年 · 历史", view: view, session: session)
    }
}

/// What the history page shows.
struct HistoryView {
    /// One revision's row.
    struct Row {
        let revision: RevisionView
        let parents: [RevisionLink]
        let refs: [RefLabel]
        let hasRefs: Bool
        let isFrom: Bool
        let isTo: Bool
        let isMerge: Bool
    }

    /// A ref on a revision: its label and, for a mark, its note (the correction request of `returned`, the reason of
    /// a forced `published`).
    struct RefLabel {
        let label: String
        let note: String
        let hasNote: Bool
    }

    /// A link to a revision.
    struct RevisionLink {
        let short: String
        let href: String
    }

    let agency: String
    let agencyName: String
    let year: Int
    let reportHref: String
    let diffAction: String
    let rows: [Row]
    let count: Int
    let canDiff: Bool
    let hasConflict: Bool
    let conflictHref: String

    init(state: ReportEntry, revisions: [Revision]) {
        let key = state.key
        agency = key.agency
        agencyName = state.agencyName
        year = key.year
        reportHref = ReportAddress.href(key)
        diffAction = ReportAddress.href(key, "diff")
        var labels: [ObjectID: [RefLabel]] = [:]
        for ref in state.refs where Mark(ref.name) == nil {
            let label = ref.name == .draft ? "当前草稿" : ref.name.kind == .head ? "另一分支 \(ref.name.name)" : ref.name.name
            labels[ref.revision, default: []].append(RefLabel(label: label, note: "", hasNote: false))
        }
        for mark in state.marks {
            labels[mark.revision, default: []].append(
                RefLabel(label: mark.label, note: mark.note ?? "", hasNote: mark.note != nil))
        }
        rows = revisions.enumerated().map { index, revision in
            Row(
                revision: RevisionView(revision),
                parents: revision.parents.map {
                    RevisionLink(short: DisplayFormat.short($0), href: ReportAddress.href(key, revision: $0))
                },
                refs: labels[revision.id] ?? [], hasRefs: labels[revision.id] != nil,
                isFrom: index == 1, isTo: index == 0, isMerge: revision.parents.count > 1)
        }
        count = revisions.count
        canDiff = revisions.count > 1
        hasConflict = state.status == .conflict
        conflictHref = ReportAddress.href(key, "conflict")
    }
}

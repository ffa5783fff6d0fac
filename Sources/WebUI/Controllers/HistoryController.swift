import Foundation
import Hummingbird
import ReportModel
import ReportRepository
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
        let (revisions, generations, receipts, earlier) = try await services.run {
            () async throws(RepositoryError) in
            let revisions = try await repository.log(of: state, scope: access.scope)
            return (
                revisions, try await repository.generations(of: revisions.map(\.id), scope: access.scope),
                try await repository.receipts(of: revisions.map(\.id)),
                try await repository.earlierReturns(of: state, scope: access.scope)
            )
        }
        let words = services.renderer.words("history", session)
        let messages = await repository.shownMessages(of: revisions)
        let view = HistoryView(
            state: state, revisions: revisions, generations: generations, receipts: receipts, messages: messages,
            earlierReturns: earlier, words: words)
        return try services.renderer.page(
            "history", title: "\(view.reportName) · \(words.history.heading)", view: view, session: session)
    }
}

/// What the history page shows.
struct HistoryView {
    /// One revision's row.
    struct Row {
        let revision: RevisionView
        /// The revision's number, with its office and author where another revision listed has the same number
        /// (two made side by side, ``RevisionNames``): `第 3 版（常张乡 李明）`.
        let name: String
        /// Whether the name holds its office and author (``isQualified(_:)``): it may break before their
        /// bracket, never inside `第 3 版`; a bare number stays on one line.
        let nameWraps: Bool
        let parents: [RevisionLink]
        let refs: [RefLabel]
        let hasRefs: Bool
        let isFrom: Bool
        let isTo: Bool
        let isMerge: Bool
    }

    /// A ref on a revision: its label and, for a mark, its note (the correction request of `returned`, the reason of
    /// a forced `published`); for a return, who returned it and when (Beijing time), each return of a report returned
    /// twice on the revision it returned (rv115 F7).
    struct RefLabel {
        let label: String
        let note: String
        let hasNote: Bool
        var byline = ""
        var hasByline = false
    }

    /// A link to a revision.
    struct RevisionLink {
        /// `第 3 版`, or `第 3 版（常张乡 李明）` as ``Row/name``.
        let number: String
        let href: String
        /// Whether the name holds its office and author, as ``Row/nameWraps``.
        let wraps: Bool
    }

    let agency: String
    let agencyName: String
    /// `常张乡人民政府 2024 年度报告` (``ReportNames``).
    let reportName: String
    let year: Int
    let reportHref: String
    let diffAction: String
    let rows: [Row]
    let count: Int
    /// `共 3 个修订。选择……`
    let countLine: String
    let canDiff: Bool
    let hasConflict: Bool
    let conflictHref: String

    init(
        state: ReportSummary, revisions: [Revision], generations: [ObjectID: Int],
        receipts: [ObjectID: RevisionReceipt] = [:], messages: [ObjectID: ShownMessage] = [:],
        earlierReturns: [MarkState] = [], words: PageWords = .chinese
    ) {
        let revisionWords = words.revisions
        let key = state.report
        agency = key.agency
        agencyName = state.displayName
        reportName = revisionWords.name(of: state)
        year = key.year
        reportHref = ReportAddress.href(key)
        diffAction = ReportAddress.href(key, "diff")
        var labels: [ObjectID: [RefLabel]] = [:]
        for ref in state.refs where Mark(ref.name) == nil {
            let origin = state.conflicts.first { $0.head == ref.name.name }.map { ConflictOrigin(recorded: $0.origin) }
            let label =
                ref.name == .draft
                ? revisionWords.head(of: state.status)
                : ref.name.kind == .head ? revisionWords.waiting(origin ?? .other(ref.name.name)) : ref.name.name
            labels[ref.revision, default: []].append(RefLabel(label: label, note: "", hasNote: false))
        }
        for mark in (earlierReturns + state.marks).sorted(by: { $0.moved < $1.moved }) {
            var label = RefLabel(
                label: revisionWords.label(mark), note: revisionWords.note(mark) ?? "", hasNote: mark.note != nil)
            if mark.mark == .returned {
                label.byline = words.history.byline(person: mark.person, time: DisplayFormat.time(mark.moved))
                label.hasByline = true
            }
            labels[mark.revision, default: []].append(label)
        }
        let name = RevisionNames.names(revisions, generations: generations, words: revisionWords)
        rows = revisions.enumerated().map { index, revision in
            Row(
                revision: RevisionView(
                    revision, generation: generations[revision.id], receipt: receipts[revision.id],
                    message: messages[revision.id] ?? ShownMessage(revision), words: revisionWords),
                name: name(revision.id), nameWraps: Self.isQualified(name(revision.id)),
                parents: revision.parents.map {
                    RevisionLink(
                        number: name($0), href: ReportAddress.href(key, revision: $0),
                        wraps: Self.isQualified(name($0)))
                },
                refs: labels[revision.id] ?? [], hasRefs: labels[revision.id] != nil,
                isFrom: index == 1, isTo: index == 0, isMerge: revision.parents.count > 1)
        }
        count = revisions.count
        countLine = words.history.count(revisions.count)
        canDiff = revisions.count > 1
        hasConflict = state.status == .conflict
        conflictHref = ReportAddress.href(key, "conflict")
    }

    /// Whether a revision's name holds more than its number: its office and author in brackets (`第 6 版（常张乡 李明）`,
    /// `version 6 (Changzhang Li Ming)`), or where it was.
    static func isQualified(_ name: String) -> Bool {
        name.contains("（") || name.contains("(")
    }
}

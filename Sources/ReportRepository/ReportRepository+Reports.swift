// Marks and agencies: what the county sets on a report.

public import Foundation
import Logging
public import ReportModel
public import RevisionStore

extension ReportRepository {
    /// The marks of a report, with their comments, their receipts and who set each (``MarkState/person``).
    ///
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func marks(of report: ReportKey) async throws(RepositoryError) -> [MarkState] {
        try await read { reader in try Self.markStates(of: report, refs: try reader.refs(of: report), in: reader) }
    }

    /// The marks a report's refs hold, with their comments and receipts, and who set each: the person of the newest
    /// line of the audit log that set it (a mark set on the web pages or the command line of this node), else its
    /// comment's author, else the office that sent it (``MarkState/person``). A line of a mark received by sync
    /// names the office that sent it, never before the comment's author: a township's `log` said the county's 退回 was
    /// by `county` where `reports` said 王审核 (user review ux98, finding D).
    static func markStates(of report: ReportKey, refs: [Ref], in reader: StoreReader) throws -> [MarkState] {
        let comments = try reader.markComments().filter { $0.report == report }
        let receipts = try reader.markReceipts().filter { $0.report == report }
        let audit = try reader.auditLog(agency: report.agency, year: report.year, limit: Self.maxAuditLines)
        var marks = MarkState.states(refs: refs, comments: comments, receipts: receipts)
        for index in marks.indices {
            let mark = marks[index]
            if let entry = audit.first(where: { $0.revision == mark.revision.hex && Self.names($0, mark.mark) }),
                entry.action == AuditAction.mark.rawValue || mark.comment == nil
            {
                marks[index].person = entry.person
            }
        }
        return marks
    }

    /// The states a pull lists, each with who set its marks that have no comment (``ReportState/markSetters``,
    /// ``markStates(of:refs:in:)``'s person): the township's pull and audit then name who published, as they name
    /// who returned it by the comment's author (user review rv117, M9, M10).
    static func namingMarkSetters(_ states: [ReportState], in reader: StoreReader) throws -> [ReportState] {
        try states.map { state in
            guard state.marks.keys.contains(where: { state.comments[$0] == nil }) else { return state }
            var state = state
            for mark in try markStates(of: state.report, refs: try reader.refs(of: state.report), in: reader)
            where mark.comment == nil {
                if let person = mark.person { state.markSetters[mark.mark] = person }
            }
            return state
        }
    }

    /// Marks a revision as submitted, returned or published, under ``MarkRules``: the mark of its report moves to it,
    /// with its comment. The revision is the report's current draft, or for `returned` and `published` the one
    /// submitted (``MarkRules/checkCurrent(_:of:in:)``): never an older revision. A revision whose checks find errors is submitted all the same; the outcome's
    /// ``MarkOutcome/caution`` says what stands, for the person to be told (``MarkRules/submitCaution(_:)``).
    ///
    /// - Parameters:
    ///   - ref: The revision (see ``RevisionSelector``).
    ///   - mark: Which mark.
    ///   - comment: What goes with it: the correction request of `returned` (required there); `nil` for none.
    ///   - author: Who sets it (recorded with the comment).
    ///   - reason: The county's reason for publishing a revision that was not submitted or whose checks report
    ///     errors; the mark is then recorded as forced, with the reason as its comment. `nil`: follow the rules.
    ///   - scope: What the person setting it may reach (a web session's token); `.all` on one's own node.
    ///   - role: The role of the person setting it on the web: the mark must then be a move the workflow offers
    ///     from the report's status (``WorkflowRules/moves(status:role:)``). `nil` on the node's own command line,
    ///     where only the mark rules apply (a county may return a draft it was sent by other means).
    ///   - time: When.
    ///   - audit: The audit log's line for it, written with the mark when the mark moves.
    /// - Throws: What ``resolve(_:)`` throws; ``RepositoryError/outOfScope(agency:)``,
    ///   ``RepositoryError/countyOnly(mark:)``, ``RepositoryError/countyOnlyHere(mark:remote:)`` (a township's node),
    ///   ``RepositoryError/commentRequired``, ``RepositoryError/reasonRequired``,
    ///   ``RepositoryError/publishRefused(_:revision:obstacles:)``, ``RepositoryError/conflictOpen(_:heads:)``,
    ///   ``RepositoryError/authorMissing``, ``WorkflowError/moveNotAllowed(_:status:)``,
    ///   ``WorkflowError/notCurrentDraft(_:generation:draft:submitted:)`` (an old revision; both
    ///   ``RepositoryError/workflow(_:)``). The repository is then unchanged.
    @discardableResult
    public func mark(
        _ ref: String, as mark: Mark, comment: String? = nil, author: String, overriding reason: String? = nil,
        scope: AccessScope = .all, role: PersonRole? = nil, time: Date = Date(), audit: AuditNote? = nil
    ) async throws(RepositoryError) -> MarkOutcome {
        let author = try Self.checkedAuthor(author)
        let comment = MarkRules.text(comment)
        let reason = reason.map { MarkRules.text($0) ?? "" }
        try MarkRules.checkText(mark, comment: comment, reason: reason)
        let selector = try RevisionSelector(ref)
        // (a report outside the scope is answered as one that does not exist: a clerk named at the terminal was
        // told another agency's report was out of her token's reach — rv113 F8)
        let revision = try await resolve(ref, scope: scope)
        try MarkRules.checkReach(mark, of: revision.report, scope: scope)
        if mark.isCountyOnly {
            try await read { try MarkRules.checkNode(mark, in: $0) }
        }
        // (an old revision is refused before the publish's confirmation step, which would ask only for a reason)
        try await read { try MarkRules.checkCurrent(mark, of: revision, in: $0) }
        if let role { try await checkOnBehalf(mark, of: revision, role: role) }
        var overridden = false
        if mark == .published {
            let (submitted, open, named, sameText) = try await read { reader in
                let submitted = try reader.ref(.submitted, of: revision.report)?.revision
                return (
                    try submitted.map { ($0, try reader.generations(of: [$0])[$0]) },
                    try reader.conflicts(openOnly: true, report: revision.report),
                    (
                        agency: try reader.agency(revision.report.agency)?.name,
                        generation: try reader.generations(of: [revision.id])[revision.id]
                    ),
                    try submitted.map { try reader.requireRevision($0).root == revision.root } ?? false
                )
            }
            guard open.isEmpty else {
                throw .conflictOpen(revision.report, heads: open.map(\.head), agencyName: named.agency)
            }
            // A finding the county dismissed (不予采纳) no longer stands in the way.
            let findings = (try await decidedFindings(of: [revision])[revision.id] ?? []).filter { !$0.isDismissed }
                .map(\.finding)
            let obstacles = MarkRules.publishObstacles(
                of: revision.id, submitted: submitted, sameText: sameText, findings: findings)
            if !obstacles.isEmpty {
                guard reason != nil else {
                    throw .publishRefused(
                        revision.report, revision: revision.id, obstacles: obstacles, agencyName: named.agency,
                        generation: named.generation)
                }
                overridden = true
            }
        }
        let forced = overridden
        let text = forced ? reason : comment ?? reason
        let outcome = try await write { writer in
            let resolved = try Resolver.resolve(selector, in: writer)
            guard resolved.id == revision.id else {
                throw StoreError.refMoved(revision.report, ref: .draft, expected: revision.id, found: resolved.id)
            }
            try MarkRules.checkCurrent(mark, of: revision, in: writer)
            if mark == .published {
                let open = try writer.conflicts(openOnly: true, report: revision.report)
                guard open.isEmpty else {
                    throw RepositoryError.conflictOpen(
                        revision.report, heads: open.map(\.head),
                        agencyName: Self.officeName(of: revision.report, in: writer))
                }
                let submitted = try writer.ref(.submitted, of: revision.report)?.revision
                // A revision with the submitted text is what was submitted (two same-text lines merged by sync).
                let sameText = try submitted.map { try writer.requireRevision($0).root == revision.root } ?? false
                guard forced || submitted == revision.id || sameText else {
                    let generation = try submitted.flatMap { try writer.generations(of: [$0])[$0] }
                    throw RepositoryError.publishRefused(
                        revision.report, revision: revision.id,
                        obstacles: [.notSubmitted(submitted: submitted, generation: generation)],
                        agencyName: try writer.agency(revision.report.agency)?.name,
                        generation: try writer.generations(of: [revision.id])[revision.id])
                }
            }
            if let role {
                let refs = try writer.refs(of: revision.report)
                let head =
                    try refs.first { $0.name == .draft }.map { try writer.requireRevision($0.revision) } ?? revision
                let open = try writer.conflicts(openOnly: true, report: revision.report)
                let status = ReportStatus.of(
                    refs: refs, head: head.id, conflicted: !open.isEmpty,
                    sameText: try Self.marksWithText(of: head, refs: refs, in: writer))
                guard WorkflowRules.moves(status: status, role: role).contains(mark) else {
                    throw RepositoryError.workflow(.moveNotAllowed(mark, status: status))
                }
            }
            let previousRef = try writer.ref(mark.refName, of: revision.report)
            let previous = previousRef?.revision
            // Setting again a mark that another mark followed on the same report — submitting again the very
            // revision the county returned (the clerk's answer is that nothing needs to change), returning again
            // a revision submitted again unchanged — renews it, so that it is the report's latest mark again.
            var renewed = false
            if let previousRef, previous == revision.id,
                try writer.refs(of: revision.report).contains(where: {
                    $0.name.kind == .mark && $0.name != mark.refName && $0.moved >= previousRef.moved
                })
            {
                renewed = true
            }
            if previous != revision.id || renewed {
                try writer.moveRef(
                    mark.refName, of: revision.report, to: revision.id, expecting: .current(previous), at: time)
            }
            let note = text.map {
                MarkComment(
                    report: revision.report, mark: mark, comment: $0, author: author, time: time,
                    forced: forced)
            }
            if note != nil || previous != revision.id || renewed {
                try writer.setMarkComment(note, mark: mark, of: revision.report)
            }
            if previous != revision.id || renewed {
                // (the line names the version and keeps the comment: a later 退回's replaces the mark's — rv115 F7)
                let number = try writer.generations(of: [revision.id])[revision.id]
                try writer.appendAudit(
                    audit?.naming(version: number, comment: text), person: author, report: revision.report,
                    revision: revision.id, time: time)
            }
            return MarkOutcome(
                report: revision.report, mark: mark, revision: revision.id, previous: renewed ? nil : previous,
                comment: note)
        }
        logger.info(
            "mark", metadata: ["report": "\(outcome.report)", "mark": "\(mark.rawValue)", "forced": "\(forced)"])
        guard mark == .submitted else { return outcome }
        var told = outcome
        told.caution = MarkRules.submitCaution(try await decidedFindings(of: [revision])[revision.id] ?? [])
        return told
    }

    /// Adds an agency, or changes its name or parent.
    ///
    /// - Throws: ``RepositoryError/invalidAgencyID(_:)``; a store error when the parent is unknown.
    public func save(_ agency: Agency) async throws(RepositoryError) {
        guard Agency.isValidID(agency.id) else { throw .invalidAgencyID(agency.id) }
        if let parent = agency.parent, !Agency.isValidID(parent) { throw .invalidAgencyID(parent) }
        try await write { try $0.save(agency) }
    }
}

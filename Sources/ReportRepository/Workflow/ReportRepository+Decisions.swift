// Decisions on check findings: the county confirms a finding or dismisses it (不予采纳) with a reason. A decision is
// kept by the finding's stable key (``DecidedFinding/key(of:)``), so it holds in later revisions until the finding's
// numbers change, and travels with sync like comments.

public import Foundation
public import ReportChecks
public import ReportModel
public import RevisionStore

extension ReportRepository {
    /// Confirms or dismisses a finding of a revision's checks.
    ///
    /// - Parameters:
    ///   - key: The finding's key, as ``decidedFindings(of:)`` and `nianbao check` give it.
    ///   - ref: The revision whose checks found it; one outside the principal's reach is answered as one that does
    ///     not exist.
    ///   - verdict: Confirmed, or dismissed.
    ///   - reason: Why (required to dismiss).
    ///   - principal: Who decides: a reviewer or an administrator (``PersonAction/decide``).
    /// - Throws: What ``resolve(_:scope:)`` throws; ``RepositoryError/people(_:)``; ``RepositoryError/workflow(_:)``
    ///   for an unknown key or a missing reason (``WorkflowError/noDismissReason``).
    /// (The decision's line in the audit log is written in the same transaction.)
    @discardableResult
    public func decide(
        finding key: String, on ref: String, verdict: FindingVerdict, reason: String, by principal: Principal,
        time: Date = Date()
    ) async throws(RepositoryError) -> DecidedFinding {
        let revision = try await resolve(ref, scope: principal.scope)
        try principal.check(.decide)
        if verdict == .dismissed, reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw .workflow(.noDismissReason)
        }
        let reason = try Self.noteText(reason, optional: verdict == .confirmed)
        let key = key.trimmingCharacters(in: .whitespaces)
        let findings = try await findings(of: [revision])[revision.id] ?? []
        guard let index = DecidedFinding.keys(of: findings).firstIndex(of: key) else {
            throw .workflow(.findingNotFound(key))
        }
        let finding = findings[index]
        let note = Note(
            kind: .decision, report: revision.report, revision: revision.id, anchor: key, verdict: verdict,
            text: reason, author: principal.name, time: time)
        let decided = DecidedFinding(finding: finding, key: key, decision: note)
        _ = try await write { writer in
            try writer.insertNote(note, received: time)
            try writer.appendAudit(
                person: principal.name, action: .decide, report: revision.report, revision: revision.id,
                detail: decided.auditDetail, time: time)
        }
        return decided
    }

    /// The findings of the checks on revisions, each with its key and the latest decision on that key in its report.
    ///
    /// - Returns: The findings by revision id, in the checks' order.
    public func decidedFindings(of revisions: [Revision]) async throws(RepositoryError) -> [ObjectID: [DecidedFinding]]
    {
        let findings = try await findings(of: revisions)
        let reports = Set(revisions.map(\.report))
        let decisions = try await read { reader in
            Dictionary(uniqueKeysWithValues: try reports.map { ($0, try Self.decisions(of: $0, in: reader)) })
        }
        var decided: [ObjectID: [DecidedFinding]] = [:]
        for revision in revisions {
            decided[revision.id] = Self.decided(findings[revision.id] ?? [], decisions: decisions[revision.report])
        }
        return decided
    }

    /// The latest decision on each finding key of a report (its notes of kind decision, merges followed).
    static func decisions(of report: ReportKey, in reader: some StoreReading) throws -> [String: Note] {
        var decisions: [String: Note] = [:]
        for note in try reader.notesFollowingMerges(of: report) where note.kind == .decision {
            decisions[note.anchor] = note
        }
        return decisions
    }

    /// A revision's findings with their keys and the report's decisions on them.
    static func decided(_ found: [Finding], decisions: [String: Note]?) -> [DecidedFinding] {
        zip(found, DecidedFinding.keys(of: found)).map { finding, key in
            DecidedFinding(finding: finding, key: key, decision: decisions?[key])
        }
    }

    /// The findings of one revision with their decisions (see ``decidedFindings(of:)``).
    ///
    /// - Throws: What ``resolve(_:scope:)`` throws.
    public func decidedFindings(
        of ref: String, scope: AccessScope = .all
    ) async throws(RepositoryError)
        -> [DecidedFinding]
    {
        let revision = try await resolve(ref, scope: scope)
        return try await decidedFindings(of: [revision])[revision.id] ?? []
    }

    /// The counts of findings after decisions (dismissed findings do not count), by revision id: what the overview
    /// shows.
    public func findingCounts(of revisions: [Revision]) async throws(RepositoryError) -> [ObjectID: FindingCounts] {
        try await decidedFindings(of: revisions).mapValues(DecidedFinding.counts)
    }
}

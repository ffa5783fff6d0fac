// Changing a report's text as someone: the doors `commit`, an upload, `restore` and a merge go through for a person
// (or token) of the node, on the pages and at the terminal alike, held to her role and reach (``PersonRules``).

public import Foundation
public import ReportDiff
public import ReportModel
public import RevisionStore

extension Principal {
    /// Checks that they may take an action on an agency's reports: an agency outside their reach is answered as an
    /// office that does not exist (``AgencyError/agencyNotFound(_:)``), whether it or its report exists or not, never
    /// as another's; then that their role allows the action (``check(_:)``).
    ///
    /// - Throws: ``RepositoryError/agency(_:)`` or ``RepositoryError/people(_:)``.
    public func check(_ action: PersonAction, onAgency agency: String) throws(RepositoryError) {
        guard reaches(agency: agency) else { throw .agency(.agencyNotFound(agency)) }
        try check(action)
    }
}

extension ReportRepository {
    /// Commits a report as a new revision of its draft for someone who may change it (``PersonAction/edit``) and
    /// reaches its agency: ``commit(_:to:author:message:agency:time:mergingHeads:force:source:keepingLaterDraft:audit:refusingPublished:checking:scope:)``
    /// under their name. A clerk of 大庄乡 named at the county's terminal had committed to 常张乡's report under her
    /// name (rv113 F8).
    ///
    /// - Throws: What ``Principal/check(_:onAgency:)`` throws, before anything is read; what the commit throws.
    @discardableResult
    public func commit(
        _ report: Report, to key: ReportKey, by principal: Principal, message: String, time: Date = Date(),
        mergingHeads: Bool = false, force: Bool = false, source: ReportSource? = nil, audit: AuditNote? = nil,
        refusingPublished: Bool = false, checking: Bool = false
    ) async throws(RepositoryError) -> CommitOutcome {
        try principal.check(.edit, onAgency: key.agency)
        return try await commit(
            report, to: key, author: principal.name, message: message, time: time, mergingHeads: mergingHeads,
            force: force, source: source, audit: audit, refusingPublished: refusingPublished, checking: checking,
            scope: principal.scope)
    }

    /// Commits an uploaded file for someone who may change the report and reaches its agency:
    /// ``commit(bytes:named:to:author:message:time:audit:refusingPublished:scope:shownDraft:)`` under their name.
    ///
    /// - Throws: What ``Principal/check(_:onAgency:)`` throws, before the file is read; what the commit throws.
    public func commit(
        bytes: [UInt8], named name: String, to key: ReportKey, by principal: Principal, message: String? = nil,
        time: Date = Date(), audit: AuditNote? = nil, refusingPublished: Bool = false, shownDraft: ObjectID? = nil
    ) async throws(RepositoryError) -> (outcome: CommitOutcome, diagnostics: [Diagnostic]) {
        try principal.check(.edit, onAgency: key.agency)
        return try await commit(
            bytes: bytes, named: name, to: key, author: principal.name, message: message, time: time, audit: audit,
            refusingPublished: refusingPublished, scope: principal.scope, shownDraft: shownDraft)
    }

    /// Makes an earlier revision's text the draft again for someone who may change the report:
    /// ``restore(_:author:scope:time:audit:refusingPublished:refusingUndone:)`` under their name. A revision outside
    /// their reach is answered as one that does not exist (``resolve(_:scope:)``), before their role is checked.
    ///
    /// - Throws: What ``resolve(_:scope:)`` throws; ``RepositoryError/people(_:)``; what the restore throws.
    public func restore(
        _ ref: String, by principal: Principal, time: Date = Date(), audit: AuditNote? = nil,
        refusingPublished: Bool = false, refusingUndone: Bool = false
    ) async throws(RepositoryError) -> CommitOutcome {
        _ = try await resolve(ref, scope: principal.scope)
        try principal.check(.edit)
        return try await restore(
            ref, author: principal.name, scope: principal.scope, time: time, audit: audit,
            refusingPublished: refusingPublished, refusingUndone: refusingUndone)
    }

    /// Merges a report's second head into its draft for someone who reaches its agency:
    /// ``mergeHeads(of:head:takeAll:resolutions:author:message:time:commit:seen:audit:)`` under their name. Computing
    /// the merge (`commit: false`, what the conflict page shows) needs to read the report; committing it needs to
    /// change it (``PersonAction/edit``).
    ///
    /// - Throws: What ``Principal/check(_:onAgency:)`` throws, before anything is read; what the merge throws.
    public func mergeHeads(
        of report: ReportKey, by principal: Principal, head: String? = nil, takeAll: MergeSide? = nil,
        resolutions: [UnitID: MergeChoice] = [:], message: String? = nil, time: Date = Date(), commit: Bool = true,
        seen: (draft: ObjectID, head: ObjectID)? = nil, audit: AuditNote? = nil
    ) async throws(RepositoryError) -> HeadMergeOutcome {
        try principal.check(commit ? .edit : .read, onAgency: report.agency)
        return try await mergeHeads(
            of: report, head: head, takeAll: takeAll, resolutions: resolutions, author: principal.name,
            message: message, time: time, commit: commit, seen: seen, audit: audit)
    }

    /// Imports the files of a plan for someone who may change reports (``PersonAction/edit``):
    /// ``importFolder(_:author:time:audit:progress:)`` under their name, each file only to an agency they reach. A
    /// file of another agency's report fails as one of an office no one registered ("没有编号为 … 的机关"), whether
    /// that office or its report exists or not: its name is matched among their agencies only, so a name near
    /// another's office names none. A clerk of 大庄乡 named at the county's terminal had imported 常张乡's report under
    /// her name, and a viewer any report (rv113 F8).
    ///
    /// - Throws: ``RepositoryError/people(_:)`` when their role may not change reports, before any file is read;
    ///   what ``importFolder(_:author:time:audit:progress:)`` throws.
    public func importFolder(
        _ plan: ImportPlan, by principal: Principal, time: Date = Date(), audit: AuditWording? = nil,
        progress: @Sendable (ImportProgress) -> Void = { _ in }
    ) async throws(RepositoryError) -> ImportSummary {
        try principal.check(.edit)
        return try await importFolder(plan, as: principal, time: time, audit: audit, progress: progress)
    }
}

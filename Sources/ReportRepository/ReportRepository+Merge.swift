// Merging a report's heads after a sync conflict: three-way, on the units diff knows, with chosen sides.

public import Foundation
import Logging
public import ReportDiff
public import ReportModel
public import RevisionStore

/// What merging a report's heads did, or would do.
public struct HeadMergeOutcome: Sendable, Hashable {
    /// The report.
    public var report: ReportKey
    /// The second head merged into the draft.
    public var head: String
    /// Where the second head's line came from, as its open conflict records it (`nil` for a head without one).
    public var origin: ConflictOrigin?
    /// The draft (our line).
    public var ours: ObjectID
    /// The second head (their line).
    public var theirs: ObjectID
    /// Their merge base, if they share history.
    public var base: ObjectID?
    /// The three-way merge: the merged document and the conflicts still open.
    public var result: MergeResult
    /// The merge revision, when the merge was clean (or every conflict resolved) and committed.
    public var revision: Revision?
    /// The sync conflicts the merge closed.
    public var closed: [SyncConflict]
    /// What the person merging decided at each place, as the merge revision's message records it
    /// (``MergeDecisions``): `一、第 1 段：保留 常张乡 李四 的，未采用 县政务公开办 王审核 的修改`; empty when nothing was
    /// decided (a clean merge) or nothing committed.
    public var decisions: [String] = []

    /// Whether the merge was committed.
    public var isCommitted: Bool { revision != nil }
}

extension ReportRepository {
    /// Merges a report's second head into its draft, three-way, with their merge base.
    ///
    /// When no conflict remains after the sides chosen, commits a merge revision whose parents are the draft and the
    /// second head (in that order), moves the draft to it and closes the sync conflict. Otherwise commits nothing and
    /// returns the conflicts, each with base, ours and theirs.
    ///
    /// - Parameters:
    ///   - report: The report.
    ///   - head: Which second head, when there are several (default: the one of the oldest open conflict).
    ///   - takeAll: Resolve every conflict by taking this side.
    ///   - resolutions: What was chosen for single units: a side, both paragraphs, or a text of the person's own.
    ///   - author: Who merges.
    ///   - message: Why (default: `合并 常张乡 推送的修订`, after the conflict's ``ConflictOrigin``). The places
    ///     decided are written after it (``MergeDecisions``): which side was kept and whose change was not taken.
    ///   - time: When.
    ///   - commit: `false` to compute the merge only, writing nothing even when it is clean (what the web page shows
    ///     before a person chooses).
    ///   - seen: The draft and second head the person chose from (the web page's form): when either moved since,
    ///     nothing is merged, so that no side is taken for content the person never saw.
    ///   - audit: The audit log's line for it, written with the merge revision.
    /// - Throws: ``RepositoryError/authorMissing``; ``RepositoryError/noConflict(_:)`` for a report with one head; ``RepositoryError/unknownUnit(_:open:)``
    ///   for a chosen unit that has no conflict; ``RepositoryError/mergeChoiceRefused(_:reason:)`` for "both" or "edit" where it does not fit; ``RepositoryError/store(_:)`` with
    ///   ``StoreError/refMoved(_:ref:expected:found:)`` when the draft or the second head moved meanwhile (since `seen`).
    public func mergeHeads(
        of report: ReportKey, head: String? = nil, takeAll: MergeSide? = nil, resolutions: [UnitID: MergeChoice] = [:],
        author: String, message: String? = nil, time: Date = Date(), commit: Bool = true,
        seen: (draft: ObjectID, head: ObjectID)? = nil, audit: AuditNote? = nil
    ) async throws(RepositoryError) -> HeadMergeOutcome {
        let author = try Self.checkedAuthor(author)
        let inputs = try await read { reader in try Self.mergeInputs(of: report, head: head, in: reader) }
        if let seen {
            guard seen.draft == inputs.draft else {
                throw .store(.refMoved(report, ref: .draft, expected: seen.draft, found: inputs.draft))
            }
            guard seen.head == inputs.head.revision else {
                throw .store(.refMoved(report, ref: inputs.head.name, expected: seen.head, found: inputs.head.revision))
            }
        }
        let plain = ReportMerge.merge(base: inputs.base, ours: inputs.ours, theirs: inputs.theirs)
        var result: MergeResult
        do {
            result = try plain.resolving(
                choices: resolutions.sorted { $0.key < $1.key }.map { (unit: $0.key, choice: $0.value) })
        } catch  where error.reason == .noConflict {
            throw .unknownUnit(error.unit.description, open: error.open.map(\.description))
        } catch {
            throw .mergeChoiceRefused(error.unit.description, reason: error.reason)
        }
        if let takeAll { result = result.resolvingAll(with: takeAll) }
        var outcome = HeadMergeOutcome(
            report: report, head: inputs.head.name.name, origin: inputs.origin, ours: inputs.draft,
            theirs: inputs.head.revision,
            base: inputs.baseID, result: result, revision: nil, closed: [])
        guard result.isClean, commit else { return outcome }
        let merged = result.merged
        // (whose change was not taken at each place decided, for the person it was not taken from to read)
        let decisions = try await decisionNotes(
            of: result, ours: inputs.draft, theirs: inputs.head.revision, merger: author)
        let text = MergeDecisions.message(
            message ?? (inputs.origin ?? .other(inputs.head.name.name)).mergeMessage, decisions: decisions)
        let committed = try await write { writer in
            let (root, objects) = ObjectGraph.objects(of: merged)
            let record = RevisionContent(
                report: report, root: root, parents: [inputs.draft, inputs.head.revision], author: author,
                node: try writer.nodeName() ?? "unnamed", time: time, message: text)
            let revision = EncodedObject(.revision(record))
            try Self.checkSize(objects + [revision])
            try writer.put(objects)
            try writer.put([revision])
            // The second head as read: a newer revision on it is merged by a later merge, not taken unseen by this one.
            let current = try writer.ref(inputs.head.name, of: report)?.revision
            guard current == inputs.head.revision else {
                throw StoreError.refMoved(report, ref: inputs.head.name, expected: inputs.head.revision, found: current)
            }
            try writer.moveRef(.draft, of: report, to: revision.id, expecting: .at(inputs.draft), at: time)
            let closed = try HeadKeeper.settle(report, draft: revision.id, time: time, writer: writer)
            try writer.appendAudit(
                audit?.naming(version: try writer.generation(of: revision.id)), person: author, report: report,
                revision: revision.id, time: time)
            return (Revision(record), closed)
        }
        outcome.revision = committed.0
        outcome.closed = committed.1
        outcome.decisions = decisions
        logger.info(
            "merged heads", metadata: ["report": "\(report)", "revision": "\(committed.0.id.shortHex())"])
        return outcome
    }

    struct MergeInputs: Sendable {
        var draft: ObjectID
        var head: Ref
        /// Where the head came from, as its open conflict records it.
        var origin: ConflictOrigin?
        var baseID: ObjectID?
        var base: Report
        var ours: Report
        var theirs: Report
    }

    static func mergeInputs(
        of report: ReportKey, head name: String?, in reader: StoreReader
    ) throws
        -> MergeInputs
    {
        guard let draft = try reader.ref(.draft, of: report)?.revision else {
            throw RepositoryError.refNotSet(report, .draft, agencyName: officeName(of: report, in: reader))
        }
        let heads = try HeadKeeper.secondHeads(of: report, in: reader)
        let open = try reader.conflicts(openOnly: true, report: report)
        guard let head = heads.first(where: { $0.name.name == (name ?? open.first?.head ?? $0.name.name) }) else {
            throw RepositoryError.noConflict(report, agencyName: officeName(of: report, in: reader))
        }
        let conflict = open.first { $0.head == head.name.name }
        // Lines that share no history but whose conflict names their base (an edit kept by a followed agency merge:
        // the old id's line against the county's report) merge from that base.
        var base = try mergeBase(of: draft, head.revision, in: reader)
        if base.id == nil, let recorded = conflict?.base {
            base = (recorded, try reader.report(root: try reader.requireRevision(recorded).root))
        }
        return MergeInputs(
            draft: draft, head: head, origin: conflict.map { ConflictOrigin(recorded: $0.origin) },
            baseID: base.id, base: base.report,
            ours: try reader.report(root: try reader.requireRevision(draft).root),
            theirs: try reader.report(root: try reader.requireRevision(head.revision).root))
    }

    /// The common base of two revisions and its document; ``ReportMerge/noCommonVersion`` when they share none (two
    /// first revisions made apart).
    static func mergeBase(
        of first: ObjectID, _ second: ObjectID, in reader: some StoreReading
    ) throws -> (id: ObjectID?, report: Report) {
        let id = try RevisionGraph.mergeBase(first, second, in: reader)
        let report = try id.map { try reader.report(root: try reader.requireRevision($0).root) }
        return (id, report ?? ReportMerge.noCommonVersion)
    }
}

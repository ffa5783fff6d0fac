// A Word file downloaded from the draft, edited in Word or WPS and committed again while the draft moved on (the
// county corrected a cell meanwhile): the edits are merged with what changed since, never laid over it unseen.

import ReportDiff
public import ReportModel
import RevisionStore

/// The document a commit stores for a file exported from a revision of the draft (``ReportRepository/rebased(_:to:basedOn:force:)``).
public struct RebasedReport: Sendable {
    /// The document to commit.
    public var report: Report
    /// The draft it was merged onto, when the file was exported from a revision of the draft's line: committing the
    /// draft's own text again is then no change, whatever file it came in.
    public var onto: ObjectID?
    /// What happened, for the person, when the file's edits were merged with newer revisions.
    public var warning: String?
}

extension ReportRepository {
    /// The document to commit for a file exported from revision `basedOn` of `key`'s draft: the file's own document
    /// when that is the draft now (or the file was not exported from an earlier revision of this draft); else the
    /// three-way merge of what the file changed since `basedOn` with what the draft changed since.
    ///
    /// - Parameter force: Commit the file's document as it is even when its changes and the draft's meet (the draft's
    ///   changes at those places are then replaced; they stay in the history).
    /// - Throws: ``RepositoryError/editedOlderVersion(_:basedOn:now:author:places:)`` when the file and the draft
    ///   changed the same places since `basedOn`, unless `force`; a store error.
    public func rebased(
        _ report: Report, to key: ReportKey, basedOn: String?, force: Bool = false
    ) async throws(RepositoryError) -> RebasedReport {
        var rebased = RebasedReport(report: report)
        guard let basedOn, let id = ObjectID(hex: basedOn) else { return rebased }
        enum Found: Sendable {
            case none
            /// The file names something that is not a revision of the draft's line: one this node does not have,
            /// another report's, or one off the line.
            case elsewhere
            case base(head: Revision, base: Revision, generations: [ObjectID: Int])
        }
        let found = try await read { reader -> Found in
            guard let head = try reader.ref(.draft, of: key)?.revision else { return .none }
            // Only the draft's own line is looked at: whatever else the file names — another report's revision
            // (another agency's, out of the sender's reach), a piece of one, nothing at all — is answered alike, so
            // that a file cannot ask the store what it holds.
            guard try RevisionGraph.isAncestor(id, of: head, in: reader) else { return .elsewhere }
            let base = try reader.requireRevision(id)
            return .base(
                head: try reader.requireRevision(head), base: base, generations: try reader.generations(of: [id, head]))
        }
        guard case .base(let head, let base, let generations) = found else {
            if case .elsewhere = found {
                rebased.warning =
                    "这份文件是从本节点没有的修订（或草稿这条线以外的修订）导出的，无法核对草稿此后的修改：已按文件提交；"
                    + "请在历史里核对有没有覆盖别人的修改"
            }
            return rebased
        }
        rebased.onto = head.id
        guard head.id != id else { return rebased }
        let (ours, original) = try await read { reader in
            (try reader.report(root: head.content.root), try reader.report(root: base.content.root))
        }
        let merge = ReportMerge.merge(base: original, ours: ours, theirs: report)
        let then = generations[id].map { "第 \($0) 版" } ?? "修订 \(id.shortHex(12))"
        let now = generations[head.id].map { "第 \($0) 版" } ?? "修订 \(head.id.shortHex(12))"
        guard merge.isClean else {
            guard force else {
                throw .editedOlderVersion(
                    key, basedOn: then, now: now, author: head.content.author,
                    places: UnitPlace.labels(of: merge.conflicts.map(\.unit), in: merge.merged))
            }
            // The file's side where both changed the same place; the draft's other changes stay.
            rebased.report = merge.resolvingAll(with: .theirs).merged
            rebased.warning =
                "这份文件是在\(then)上修改的，草稿此后已有\(now)；已强制提交：两边都改过的地方以文件为准，"
                + "\(now)的其他修改都保留（\(now)仍在历史中）"
            return rebased
        }
        rebased.report = merge.merged
        // A file with no edits of its own gives the draft back: nothing to commit, nothing to say.
        if merge.merged != ours {
            rebased.warning =
                "这份文件是在\(then)上修改的，草稿此后已有\(now)（\(head.content.author)）：已把文件的修改和\(now)的修改合在一起提交"
        }
        return rebased
    }
}

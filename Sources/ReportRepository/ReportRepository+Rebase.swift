// A Word file downloaded from the draft, edited in Word or WPS and committed again while the draft moved on (the
// county corrected a cell meanwhile): the edits are merged with what changed since, never laid over it unseen.

import ReportDiff
public import ReportModel
import RevisionStore

/// The document a commit stores for a file exported from a revision of the draft (``ReportRepository/rebased(_:to:basedOn:force:)``).
public struct RebasedReport: Sendable {
    /// The document to commit.
    public var report: Report
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
        let found = try await read { reader -> (head: Revision, base: Revision, generations: [ObjectID: Int])? in
            guard let head = try reader.ref(.draft, of: key)?.revision, try reader.contains(id) else { return nil }
            let base = try reader.requireRevision(id)
            let reaches = try head == id || RevisionGraph.isAncestor(id, of: head, in: reader)
            guard base.report == key, reaches else {
                return nil
            }
            return (try reader.requireRevision(head), base, try reader.generations(of: [id, head]))
        }
        guard let found, found.head.id != id else { return rebased }
        let (ours, base) = try await read { reader in
            (try reader.report(root: found.head.content.root), try reader.report(root: found.base.content.root))
        }
        let merge = ReportMerge.merge(base: base, ours: ours, theirs: report)
        let then = found.generations[id].map { "第 \($0) 版" } ?? "修订 \(id.shortHex(12))"
        let now = found.generations[found.head.id].map { "第 \($0) 版" } ?? "修订 \(found.head.id.shortHex(12))"
        guard merge.isClean else {
            guard force else {
                throw .editedOlderVersion(
                    key, basedOn: then, now: now, author: found.head.content.author,
                    places: UnitPlace.labels(of: merge.conflicts.map(\.unit), in: merge.merged))
            }
            rebased.warning = "这份文件是在\(then)上修改的，草稿此后已有\(now)；已强制按文件提交，两边都改过的地方以文件为准（\(now)仍在历史中）"
            return rebased
        }
        rebased.report = merge.merged
        rebased.warning = "这份文件是在\(then)上修改的，草稿此后已有\(now)（\(found.head.content.author)）：已把文件的修改和\(now)的修改合在一起提交"
        return rebased
    }
}

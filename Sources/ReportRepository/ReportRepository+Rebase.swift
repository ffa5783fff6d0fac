// A Word file downloaded from the draft, edited in Word or WPS and committed again while the draft moved on (the
// county corrected a cell meanwhile): the edits are merged with what changed since, never laid over it unseen.

import ReportDiff
public import ReportModel
import RevisionStore

/// The document a commit stores for a file exported from a revision of the draft, or for the person's own copy
/// (``ReportRepository/rebased(_:to:basedOn:author:force:)``).
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
    ///
    /// A file that names no revision (a Word file the person kept on their own computer, a text file) is taken as
    /// edited from the person's own last revision of the draft, when `author` is given and someone else changed the
    /// draft since: what they changed is kept, not silently undone by the person's older copy
    /// (``inferredBase(of:author:)``).
    public func rebased(
        _ report: Report, to key: ReportKey, basedOn: String?, author: String? = nil, force: Bool = false
    ) async throws(RepositoryError) -> RebasedReport {
        var rebased = RebasedReport(report: report)
        guard let basedOn, let id = ObjectID(hex: basedOn) else {
            guard let author, let inferred = try await inferredBase(of: key, author: author) else { return rebased }
            return try await merged(
                report, to: key, head: inferred.head, base: inferred.base, inferred: true, force: force)
        }
        enum Found: Sendable {
            case none
            /// The file names something that is not a revision of the draft's line: one this node does not have,
            /// another report's, or one off the line.
            case elsewhere
            case base(head: Revision, base: Revision)
        }
        let found = try await read { reader -> Found in
            guard let head = try reader.ref(.draft, of: key)?.revision else { return .none }
            // Only the draft's own line is looked at: whatever else the file names — another report's revision
            // (another agency's, out of the sender's reach), a piece of one, nothing at all — is answered alike, so
            // that a file cannot ask the store what it holds.
            guard try RevisionGraph.isAncestor(id, of: head, in: reader) else { return .elsewhere }
            let base = try reader.requireRevision(id)
            return .base(head: try reader.requireRevision(head), base: base)
        }
        guard case .base(let head, let base) = found else {
            if case .elsewhere = found {
                rebased.warning =
                    "这份文件是从本节点没有的修订（或草稿这条线以外的修订）导出的，无法核对草稿此后的修改：已按文件提交；"
                    + "请在历史里核对有没有覆盖别人的修改"
            }
            return rebased
        }
        rebased.onto = head.id
        guard head.id != id else { return rebased }
        return try await merged(report, to: key, head: head, base: base, inferred: false, force: force)
    }

    /// The three-way merge of a file's document with what the draft (`head`) changed since `base`: the file's edits
    /// and the draft's together, or a refusal where both changed the same place (unless `force`: the file's side
    /// there). `inferred`: `base` is the person's own last revision, the file naming none.
    private func merged(
        _ report: Report, to key: ReportKey, head: Revision, base: Revision, inferred: Bool, force: Bool
    ) async throws(RepositoryError) -> RebasedReport {
        var rebased = RebasedReport(report: report, onto: head.id)
        let id = base.id
        let (ours, original, generations) = try await read { reader in
            (
                try reader.report(root: head.content.root), try reader.report(root: base.content.root),
                try reader.generations(of: [id, head.id])
            )
        }
        let merge = ReportMerge.merge(base: original, ours: ours, theirs: report)
        let number = generations[id].map { "第 \($0) 版" } ?? "修订 \(id.shortHex(12))"
        let then = number + (inferred ? "（你上次提交的）" : "")
        let now = generations[head.id].map { "第 \($0) 版" } ?? "修订 \(head.id.shortHex(12))"
        let from = inferred ? "\(Self.ownCopyNote)，按你上次提交的\(number)核对" : "这份文件是在\(number)上修改的"
        guard merge.isClean else {
            guard force else {
                throw .editedOlderVersion(
                    key, basedOn: then, now: now, author: head.content.author,
                    places: UnitPlace.labels(of: merge.conflicts.map(\.unit), in: merge.merged))
            }
            // The file's side where both changed the same place; the draft's other changes stay.
            rebased.report = merge.resolvingAll(with: .theirs).merged
            rebased.warning =
                "\(from)，草稿此后已有\(now)；已强制提交：\(Self.forcedMergeNote)，"
                + "\(now)的其他修改都保留（\(now)仍在历史中）"
            return rebased
        }
        rebased.report = merge.merged
        // A file with no edits of its own gives the draft back: nothing to commit, nothing to say — unless the person
        // kept their own copy, which still has their old text where others changed it since: they are told that
        // those places keep the others' changes (a revert is made on the current draft, not by sending the old copy).
        if merge.merged != ours || (inferred && merge.merged != report) {
            rebased.warning =
                "\(from)，草稿此后已有\(now)（\(head.content.author)）：已把文件的修改和\(now)\(Self.mergedNote)"
                + (inferred && merge.merged != report
                    ? "；文件里仍是你上次提交时的内容、而别人此后改过的地方，保留了别人的修改（确要改回，请下载当前草稿改好后再上传）" : "")
        }
        return rebased
    }

    /// The words of the warning of a file merged with what the draft changed since — and so of its revision's message
    /// — that say so (``Revision/isMergedBeyondItsOriginal``).
    static let mergedNote = "的修改合在一起提交"
    /// The same, for a file committed with `force` over changes the draft made at the same places.
    static let forcedMergeNote = "两边都改过的地方以文件为准"

    /// How the message of a revision merged from a person's own copy begins (``inferredBase(of:author:)`` passes
    /// over such revisions: they are not the text the person's copy was last sent as).
    static let ownCopyNote = "这份文件不是从本系统下载的"

    /// The draft's head and the person's own copy as they last sent it — their last revision on the first-parent line
    /// that is not itself a merge with others' changes (``ownCopyNote``) — when the draft changed since (within the
    /// last ``inferredBaseDepth`` revisions); `nil` when the head is that revision, or they have none there. A copy
    /// kept on the person's computer goes on from what they sent, not from what it was merged into: its next upload is
    /// merged from there again, and the others' changes stay.
    func inferredBase(
        of key: ReportKey, author: String
    ) async throws(RepositoryError) -> (head: Revision, base: Revision)? {
        try await read { reader -> (head: Revision, base: Revision)? in
            guard let headID = try reader.ref(.draft, of: key)?.revision else { return nil }
            let head = try reader.requireRevision(headID)
            var next: ObjectID? = headID
            for _ in 0..<Self.inferredBaseDepth {
                guard let id = next else { return nil }
                let revision = try reader.requireRevision(id)
                if revision.content.author == author, !revision.content.message.contains(Self.ownCopyNote) {
                    return revision.id == headID ? nil : (head, revision)
                }
                next = revision.firstParent
            }
            return nil
        }
    }

    /// How far back the person's own last revision is looked for.
    static let inferredBaseDepth = 200
}

// The draft a person's page showed when they chose a file: two people (or one in two tabs) with the report's page open
// each upload a file, and the second never lays itself over the first unseen (rv119 F9).

import ReportDiff
public import ReportModel
import RevisionStore

extension ReportRepository {
    /// A file naming no revision, sent from a page that showed an earlier draft (`shown`) than the draft is now: the
    /// file's changes since `shown` merged with what the draft changed since, or a refusal where both changed the same
    /// place (unless `force`: the file's text there). `nil` when the draft is still `shown`, or `shown` is not an
    /// earlier revision of the draft's line (another report's, or one this node does not have: the file is then
    /// checked as before, and nothing tells the sender what the store holds).
    ///
    /// Unlike a Word file downloaded from the draft, no place is the sender's own to change again here: the page
    /// they sent it from had not shown them the later change, theirs (another tab, a shared login) or not.
    ///
    /// - Throws: ``RepositoryError/changedSincePageShown(_:shown:now:authors:places:agencyName:)``; a store error.
    func sinceShownDraft(
        _ report: Report, to key: ReportKey, shown: ObjectID, author: String, force: Bool
    ) async throws(RepositoryError) -> RebasedReport? {
        let found = try await read { reader -> (head: Revision, base: Revision)? in
            guard let head = try reader.ref(.draft, of: key)?.revision, head != shown,
                try RevisionGraph.isAncestor(shown, of: head, in: reader)
            else { return nil }
            return (try reader.requireRevision(head), try reader.requireRevision(shown))
        }
        guard let (head, base) = found else { return nil }
        let (ours, original, generations) = try await read { reader in
            (
                try reader.report(root: head.content.root), try reader.report(root: base.content.root),
                try reader.generations(of: [base.id, head.id])
            )
        }
        let merge = ReportMerge.merge(base: original, ours: ours, theirs: report)
        let names = Self.versionNames(generations[base.id], base.id)
        let now = Self.versionNames(generations[head.id], head.id)
        var rebased = RebasedReport(report: merge.merged, onto: head.id)
        if !merge.isClean {
            let units = merge.conflicts.map(\.unit)
            guard force else {
                // (who changed each place the draft's side: the person themself as 你, another as named)
                let makers = try await lastChangeMakers(of: units, at: head.id)
                var authors: [BilingualText] = []
                for maker in units.compactMap({ makers[$0] }) {
                    let name =
                        maker.isBy(author)
                        ? BilingualText("你", english: "you")
                        : BilingualText(maker.name(in: .chinese), english: maker.name(in: .english))
                    if !authors.contains(name) { authors.append(name) }
                }
                throw .changedSincePageShown(
                    key, shown: names, now: now, authors: authors,
                    places: ConflictPlaces.labels(of: merge.conflicts, in: merge.merged),
                    agencyName: await officeName(of: key))
            }
            rebased.report = merge.resolvingAll(with: .theirs).merged
        }
        // Nothing to say when the file already has the later changes (it was made from the draft as it is now).
        guard rebased.report != report || !merge.isClean else { return rebased }
        let words = { (who: String) in
            "\(who)打开页面时草稿是\(names.chinese)，此后已有\(now.chinese)："
                + (merge.isClean ? "文件里没有的、\(now.chinese)的修改都保留了" : "已强制提交，\(Self.forcedMergeNote)")
        }
        rebased.warning = CommitWarning(
            words("你"),
            english: "The draft was \(names.english) when your page was opened and is \(now.english) now: "
                + (merge.isClean
                    ? "the changes of \(now.english) this file lacks were kept"
                    : "committed regardless, the file's text taken where both changed a place"))
        rebased.note = words(author)
        return rebased
    }
}

// A merged text a person takes away to finish by hand (`merge --output`), then commits as the merge of the heads it
// was made from (`commit --resolve`): the one home of the rule that it closes a conflict only while those heads stand.

import ReportModel
public import RevisionStore

extension ReportRepository {
    /// Records that a merged text of a report's draft and second head was written for a person to finish: a commit of
    /// it as their merge (`mergingHeads`) is then refused while either has moved since, so that a conflict is never
    /// closed over a revision that arrived after the text was made.
    ///
    /// - Parameters:
    ///   - report: The report.
    ///   - head: The second head's name (``HeadMergeOutcome/head``).
    ///   - ours: The draft the text was made from.
    ///   - theirs: The second head's revision it was made from.
    /// - Throws: A store error. A conflict that closed meanwhile records nothing.
    public func recordMergedText(
        of report: ReportKey, head: String, ours: ObjectID, theirs: ObjectID
    ) async throws(RepositoryError) {
        try await write { writer in
            for conflict in try writer.conflicts(openOnly: true, report: report) where conflict.head == head {
                try writer.recordMergedText(conflict: conflict.id, ours: ours, theirs: theirs)
            }
        }
    }
}

/// The check a commit that resolves a conflict makes, inside its write transaction.
enum MergedText {
    /// Refuses a text made from heads that moved since: for each open conflict of `report` a merged text was written
    /// for, its second head must still be the revision the text was made from, and the draft too — unless the draft
    /// now holds this very text (committed once without `--resolve`). With several open conflicts, once a merged
    /// text was written it is refused: `merge --output` merges one line, and which line's text this is cannot be
    /// told — committed as the merge of all, it would drop the others' changes. They are merged one at a time.
    ///
    /// - Parameters:
    ///   - draft: The draft head now.
    ///   - root: The root of the text being committed.
    /// - Throws: ``RepositoryError/mergedTextOutdated(_:head:origin:written:now:)``,
    ///   ``RepositoryError/mergedTextOfSeveralLines(_:origins:)``.
    static func check(_ report: ReportKey, draft: ObjectID?, root: ObjectID, in writer: StoreWriter) throws {
        let heads = try HeadKeeper.secondHeads(of: report, in: writer)
        let open = try writer.conflicts(openOnly: true, report: report)
        if open.count > 1, open.contains(where: { $0.written != nil }) {
            throw RepositoryError.mergedTextOfSeveralLines(report, origins: open.map(\.origin))
        }
        for conflict in open {
            guard let written = conflict.written else { continue }
            if let now = heads.first(where: { $0.name.name == conflict.head })?.revision, now != written.theirs {
                throw RepositoryError.mergedTextOutdated(
                    report, head: conflict.head, origin: conflict.origin,
                    written: try writer.generation(of: written.theirs), now: try writer.generation(of: now))
            }
            if let draft, draft != written.ours, try writer.requireRevision(draft).content.root != root {
                throw RepositoryError.mergedTextOutdated(
                    report, head: nil, origin: conflict.origin, written: try writer.generation(of: written.ours),
                    now: try writer.generation(of: draft))
            }
        }
    }
}

// A merged text a person takes away to finish by hand (`merge --output`), then commits as the merge of the heads it
// was made from (`commit --resolve`): the one home of the rule that it closes a conflict only while those heads stand.

import ReportDiff
import ReportModel
import RevisionStore

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
    /// told — committed as the merge of all, it would drop the others' changes. They are merged one at a time. A text
    /// committed exactly as it was written, while the merge it was written from had conflicting places, is refused:
    /// `merge --output` writes the draft's side at each, and nobody chose it.
    ///
    /// - Parameters:
    ///   - draft: The draft head now.
    ///   - root: The root of the text being committed.
    /// - Throws: ``RepositoryError/mergedTextOutdated(_:head:origin:written:now:)``,
    ///   ``RepositoryError/mergedTextOfSeveralLines(_:origins:)``,
    ///   ``RepositoryError/mergedTextUnedited(_:origin:places:)``.
    /// - Returns: The conflicting places of a written merged text that still hold the draft's side, when others were
    ///   edited (the commit says which; kept on purpose or overlooked, the person should know).
    static func check(
        _ report: ReportKey, draft: ObjectID?, text: Report, root: ObjectID, in writer: StoreWriter
    ) throws -> [String] {
        var kept: [String] = []
        let heads = try HeadKeeper.secondHeads(of: report, in: writer)
        let open = try writer.conflicts(openOnly: true, report: report)
        if open.count > 1, open.contains(where: { $0.written != nil }) {
            throw RepositoryError.mergedTextOfSeveralLines(
                report, origins: open.map(\.origin), agencyName: ReportRepository.officeName(of: report, in: writer))
        }
        for conflict in open {
            guard let written = conflict.written else { continue }
            if let now = heads.first(where: { $0.name.name == conflict.head })?.revision, now != written.theirs {
                throw RepositoryError.mergedTextOutdated(
                    report, head: conflict.head, origin: conflict.origin,
                    written: try writer.generation(of: written.theirs), now: try writer.generation(of: now),
                    agencyName: ReportRepository.officeName(of: report, in: writer))
            }
            if let draft, draft != written.ours, try writer.requireRevision(draft).content.root != root {
                throw RepositoryError.mergedTextOutdated(
                    report, head: nil, origin: conflict.origin, written: try writer.generation(of: written.ours),
                    now: try writer.generation(of: draft),
                    agencyName: ReportRepository.officeName(of: report, in: writer))
            }
            kept += try checkEdited(report, text: text, written: written, origin: conflict.origin, in: writer)
        }
        return kept
    }

    /// Refuses `text` when each conflicting place of the merge `merge --output` wrote from these heads still holds
    /// what it wrote there, the draft's side (the merge is made again: it is the same for the same three texts);
    /// returns those places when only some do.
    private static func checkEdited(
        _ report: ReportKey, text: Report, written: (ours: ObjectID, theirs: ObjectID), origin: String,
        in writer: StoreWriter
    ) throws -> [String] {
        let ours = try writer.report(root: try writer.requireRevision(written.ours).root)
        let theirs = try writer.report(root: try writer.requireRevision(written.theirs).root)
        let base = try ReportRepository.mergeBase(of: written.ours, written.theirs, in: writer).report
        let merge = ReportMerge.merge(base: base, ours: ours, theirs: theirs)
        let (sent, merged) = (UnitIndex(text), UnitIndex(merge.merged))
        let kept = merge.conflicts.map(\.unit).filter { UnitComparison.isSame($0, in: sent, and: merged) }
        guard !kept.isEmpty else { return [] }
        let places = UnitPlace.labels(of: kept, in: merge.merged)
        guard kept.count < merge.conflicts.count else {
            throw RepositoryError.mergedTextUnedited(
                report, origin: origin, places: places, agencyName: ReportRepository.officeName(of: report, in: writer))
        }
        return places
    }
}

// A text a person commits as the merge of a sync conflict (`commit --resolve`): the other line becomes part of the
// draft's history, so what it changed and the text leaves out is never brought back by a sync. It is checked against
// the merge `nianbao merge` makes of the two lines, before it is committed.

import ReportDiff
import ReportModel
import RevisionStore

extension ReportRepository {
    /// Checks a text to be committed as the merge of the draft and the report's second heads: where the three-way
    /// merge of the draft and a second head (``ReportMerge``, as `nianbao merge` makes it) takes that head's change —
    /// a place only its line changed — and `rebased`'s text has the base's, the text would drop that change for good.
    /// Such places are refused, named with the revision and person that changed them, unless `force` (the warning and
    /// the revision's message then name them). A place both lines changed is the person's to decide.
    ///
    /// - Returns: `rebased`, committed onto the heads it was checked against (made again when one moved).
    /// - Throws: ``RepositoryError/resolutionUndoesOthersChanges(_:origin:changes:agencyName:)``; a store error.
    func checkedResolution(
        _ rebased: RebasedReport, of key: ReportKey, force: Bool
    ) async throws(RepositoryError) -> RebasedReport {
        let found = try await read { reader -> (lines: [(MergeInputs, String)], office: String?)? in
            guard try reader.ref(.draft, of: key) != nil else { return nil }
            let open = try reader.conflicts(openOnly: true, report: key)
            let lines = try HeadKeeper.secondHeads(of: key, in: reader).map { head in
                let origin = open.first { $0.head == head.name.name }?.origin ?? head.name.name
                return (try Self.mergeInputs(of: key, head: head.name.name, in: reader), origin)
            }
            return (lines, Self.officeName(of: key, in: reader))
        }
        guard let found, let draft = found.lines.first?.0.draft else { return rebased }
        var checked = rebased
        // (a Word file merged onto another draft than the one read here is made again, as when the draft moves)
        guard rebased.onto == nil || rebased.onto == draft else {
            throw .store(.refMoved(key, ref: .draft, expected: rebased.onto, found: draft))
        }
        checked.resolving = (draft, found.lines.map { $0.0.head.revision })
        let text = rebased.report
        for (inputs, origin) in found.lines {
            let merge = ReportMerge.merge(base: inputs.base, ours: inputs.ours, theirs: inputs.theirs)
            let conflicting = Set(merge.conflicts.map(\.unit))
            let (_, graph) = try await revisionGraph(inputs.head.revision.hex, limit: Self.ownCopyDepth)
            var undone: [(unit: UnitID, revision: RevisionInfo)] = []
            // (each version's units found in its index, not by counting the paragraphs before each, rv107 F7)
            let (base, theirs) = (UnitIndex(inputs.base), UnitIndex(inputs.theirs))
            let (sent, merged) = (UnitIndex(text), UnitIndex(merge.merged))
            // (only the places both the other line and the text changed are followed back)
            let isAsked = { (unit: UnitID) in
                !conflicting.contains(unit) && !UnitComparison.isSame(unit, in: base, and: theirs)
                    && !UnitComparison.isSame(unit, in: sent, and: merged)
            }
            for entry in Blame.compute(in: graph, only: isAsked) where entry.kind != .section {
                // (paragraphs split or joined in the text: the change is looked for in its section's text)
                let kept = UnitComparison.isKeptInRealignedSection(entry.unit, of: merged, in: sent)
                if kept == false || (kept == nil && UnitComparison.isSame(entry.unit, in: sent, and: base)) {
                    undone.append((entry.unit, entry.revision))
                }
            }
            let changes = try await changeNames(undone, in: merge.merged)
            guard !changes.isEmpty else { continue }
            guard force else {
                throw .resolutionUndoesOthersChanges(key, origin: origin, changes: changes, agencyName: found.office)
            }
            let (chinese, english) = (
                try await changeNames(undone, in: merge.merged, language: .chinese),
                try await changeNames(undone, in: merge.merged, language: .english)
            )
            let forced = CommitWarning(
                "已强制提交：这些地方改回了另一条线修改以前的内容：" + chinese.joined(separator: "；") + "（这些修改仍在历史中）",
                english: "Committed regardless: these places were put back to their text before the other line changed "
                    + "them: " + english.joined(separator: "; ") + " (those changes are still in the history)")
            checked.note = [checked.note ?? checked.warning?.chinese, forced.chinese].compactMap { $0 }
                .joined(separator: "；")
            checked.warning = CommitWarning.joined(checked.warning, forced)
        }
        return checked
    }
}

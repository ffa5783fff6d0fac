public import ReportModel

/// What a three-way merge gives: the merged report and the conflicts still open.
///
/// While a conflict is open, ``merged`` holds our version of that unit (for a paragraph, our text of each span both
/// sides edited, the rest of the paragraph merged). Resolving a conflict merges again with the chosen side for
/// that unit, so the result stays consistent (a section taken from theirs brings its paragraphs).
public struct MergeResult: Sendable, Hashable {
    /// The merged report: every clean merge applied, our version at each open conflict.
    public var merged: Report
    /// The conflicts still open, in reading order.
    public var conflicts: [MergeConflict]
    /// The sides chosen so far, by unit.
    public var resolutions: [UnitID: MergeSide]
    /// The choices beyond a side (both paragraphs, a person's text), applied after the merge.
    var finishes: [UnitID: MergeFinish] = [:]
    /// Everything chosen so far, by unit: the sides, and the choices beyond a side.
    public var choices: [UnitID: MergeChoice] {
        resolutions.mapValues(MergeChoice.side).merging(finishes.mapValues(\.choice)) { _, finish in finish }
    }
    /// Everything chosen so far, as a record of the merge tells it (the merge revision's message): a text the person
    /// wrote that is word for word one side's — what taking that side gives there, or that side's whole text of the
    /// unit — is that side kept. Written as "neither side's change taken as it was", the clerk whose text the draft
    /// now holds was told her change was not taken (rv115 F6). What is merged is the same either way.
    public var decidedChoices: [UnitID: MergeChoice] {
        choices.merging(finishes.compactMapValues { $0.sameAsSide.map(MergeChoice.side) }) { _, side in side }
    }
    /// Units whose finishing choice found no place in the merged report (the person must choose again).
    public internal(set) var unfinished: [UnitID] = []
    /// The common ancestor.
    public var base: Report
    /// Our version.
    public var ours: Report
    /// Their version.
    public var theirs: Report

    /// Whether no conflict is open.
    public var isClean: Bool { conflicts.isEmpty }

    /// The result with one conflict resolved by taking a side.
    ///
    /// - Complexity: one merge of the three reports.
    public func resolving(_ unit: UnitID, with side: MergeSide) -> MergeResult {
        var chosen = resolutions
        chosen[unit] = side
        var finishes = finishes
        finishes[unit] = nil
        return ReportMerge.merge(base: base, ours: ours, theirs: theirs, resolutions: chosen, finishes: finishes)
    }

    /// The result with every open conflict resolved by taking the same side.
    ///
    /// Resolving one conflict can reveal another inside it (theirs' section, once taken, may hold a unit both
    /// changed); this repeats until none is open.
    public func resolvingAll(with side: MergeSide) -> MergeResult {
        var result = self
        while !result.conflicts.isEmpty {
            var chosen = result.resolutions
            for conflict in result.conflicts { chosen[conflict.unit] = side }
            let next = ReportMerge.merge(
                base: base, ours: ours, theirs: theirs, resolutions: chosen, finishes: finishes)
            if next.conflicts == result.conflicts { return next }
            result = next
        }
        return result
    }
}

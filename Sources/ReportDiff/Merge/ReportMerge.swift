public import ReportModel

/// Three-way merge of reports on the units diff knows: the report's fields, sections (by number and title),
/// paragraphs (aligned as units, followed when moved to another section, merged token by token inside) and table
/// cells (by their keys).
///
/// ```swift
/// var result = ReportMerge.merge(base: submitted, ours: countyEdit, theirs: townshipEdit)
/// for conflict in result.conflicts { print(UnitPlace.label(of: conflict.unit, in: result.merged), conflict.spans) }
/// result = result.resolvingAll(with: .theirs)
/// ```
///
/// Edits to different units merge cleanly, and so do edits to different phrases of one paragraph; the same unit
/// changed the same way on both sides is no conflict; the same unit changed two ways (or changed on one side and
/// deleted on the other) is a ``MergeConflict`` — for a paragraph, one conflict listing each span both sides
/// edited differently. Every unit goes through one case analysis (the internal `MergeContext.merge`),
/// so the merge is symmetric: swapping ours and theirs gives the same merged content where it is clean, mirrored
/// conflicts, and the same report for the same choices.
public enum ReportMerge {
    /// The base of two versions that share no history (two first versions written apart: the county uploaded a
    /// township's report, the township, set up later, committed its own): a report with nothing in it.
    ///
    /// Merged from it, each side's whole text is new, so a paragraph one side has and the other has not at the same
    /// place (the same section, between the same paragraphs both have) is one conflict, like a paragraph both sides
    /// rewrote — never both texts kept one after the other; and the opening paragraphs (the part before the first
    /// heading) are paired like those of the sections.
    public static let noCommonVersion = Report(title: nil, agency: nil, year: nil, preamble: [], sections: [])

    /// Merges two versions of a report that share a base.
    ///
    /// - Parameters:
    ///   - base: The common ancestor.
    ///   - ours: Our version.
    ///   - theirs: Their version.
    ///   - resolutions: Sides already chosen for units that conflict; those units are merged with that side's
    ///     version and not reported.
    /// - Returns: The merged report and the conflicts still open (our version stands in for each).
    /// - Complexity: O(n) in the reports' size for versions that share most of their text, like ``DiffEngine``.
    public static func merge(
        base: Report, ours: Report, theirs: Report, resolutions: [UnitID: MergeSide] = [:]
    ) -> MergeResult {
        merge(base: base, ours: ours, theirs: theirs, resolutions: resolutions, finishes: [:])
    }

    /// Merges with sides chosen and, for some of those units, the person's texts put in after (``MergeChoice``).
    static func merge(
        base: Report, ours: Report, theirs: Report, resolutions: [UnitID: MergeSide],
        finishes: [UnitID: MergeFinish]
    ) -> MergeResult {
        var context = MergeContext(base: base, ours: ours, theirs: theirs, resolutions: resolutions)
        var merged = context.mergeReport()
        var unfinished: [UnitID] = []
        for (unit, finish) in finishes.sorted(by: { $0.key < $1.key }) where !finish.apply(to: unit, in: &merged) {
            unfinished.append(unit)
        }
        return MergeResult(
            merged: merged, conflicts: context.conflicts, resolutions: resolutions, finishes: finishes,
            unfinished: unfinished, base: base, ours: ours, theirs: theirs)
    }
}

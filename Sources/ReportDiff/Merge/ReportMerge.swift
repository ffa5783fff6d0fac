import ReportModel

/// Three-way merge of reports on the units diff knows: the report's fields, sections (by number and title),
/// paragraphs (aligned as units) and table cells (by their keys).
///
/// ```swift
/// var result = ReportMerge.merge(base: submitted, ours: countyEdit, theirs: townshipEdit)
/// for conflict in result.conflicts { print(conflict.unit, conflict.ours?.summary, conflict.theirs?.summary) }
/// result = result.resolvingAll(with: .theirs)
/// ```
///
/// Edits to different units merge cleanly; the same unit changed the same way on both sides is no conflict; the
/// same unit changed two ways (or changed on one side and deleted on the other) is a ``MergeConflict``. The merge
/// is symmetric: swapping ours and theirs gives the same merged content where it is clean, and mirrored conflicts.
public enum ReportMerge {
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
        var context = MergeContext(base: base, ours: ours, theirs: theirs, resolutions: resolutions)
        let merged = context.mergeReport()
        return MergeResult(
            merged: merged, conflicts: context.conflicts, resolutions: resolutions, base: base, ours: ours,
            theirs: theirs)
    }
}

/// The three versions of one merge, the sides chosen, and the conflicts found so far.
struct MergeContext {
    let base: Report
    let ours: Report
    let theirs: Report
    let resolutions: [UnitID: MergeSide]
    var conflicts: [MergeConflict] = []

    init(base: Report, ours: Report, theirs: Report, resolutions: [UnitID: MergeSide]) {
        self.base = base
        self.ours = ours
        self.theirs = theirs
        self.resolutions = resolutions
    }

    /// The side to take for a conflicting unit: the one chosen, or ours while the conflict is recorded as open.
    mutating func decide(_ conflict: MergeConflict) -> MergeSide {
        if let side = resolutions[conflict.unit] { return side }
        conflicts.append(conflict)
        return .ours
    }

    /// Merges a text unit; a conflict is decided by ``decide(_:)``.
    mutating func mergeText(_ unit: UnitID, base: String?, ours: String?, theirs: String?) -> String? {
        switch ValueMerge.text(base: base, ours: ours, theirs: theirs) {
        case .clean(let value):
            return value
        case .conflict:
            let side = decide(
                MergeConflict(unit: unit, kind: .bothChanged, base: .text(base), ours: .text(ours), theirs: .text(theirs)))
            return side == .ours ? ours : theirs
        }
    }

    /// The merged report.
    mutating func mergeReport() -> Report {
        let title = mergeText(UnitID([.title]), base: base.title, ours: ours.title, theirs: theirs.title)
        let agency = mergeText(UnitID([.agency]), base: base.agency, ours: ours.agency, theirs: theirs.agency)
        let year: Int?
        switch ValueMerge.merge(
            base: base.year, ours: ours.year, theirs: theirs.year, same: ==, order: { ($0 ?? 0) < ($1 ?? 0) })
        {
        case .clean(let value):
            year = value
        case .conflict:
            let side = decide(
                MergeConflict(
                    unit: UnitID([.year]), kind: .bothChanged, base: .text(base.year.map(String.init)),
                    ours: .text(ours.year.map(String.init)), theirs: .text(theirs.year.map(String.init))))
            year = side == .ours ? ours.year : theirs.year
        }
        let preamble = mergeBlocks(
            SectionTriple(base: [], ours: [], theirs: []), containers: (.preamble, .preamble, .preamble),
            unit: UnitID([.preamble]))
        let sections = mergeSectionLists(SectionTriple(base: [], ours: [], theirs: []), unit: .report)
        return Report(title: title, agency: agency, year: year, preamble: preamble, sections: sections)
    }
}

/// The index paths of one section (or of the report's top level, `[]`) in the three versions.
struct SectionTriple: Hashable {
    var base: [Int]?
    var ours: [Int]?
    var theirs: [Int]?
}

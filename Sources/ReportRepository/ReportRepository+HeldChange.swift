// Whether the draft still holds a change made at one place: a merge that took the other line's value there left it
// out, and a restore does not undo what the draft no longer holds.

import ReportDiff
import ReportModel

extension ReportRepository {
    /// Whether the tip of `graph` still holds the value the revision at `position` gave `unit`: the revision is on the
    /// line the tip's value came down. From the tip back, a revision that changed the unit (its value differs from
    /// every parent's) follows all its parents — its change was made over theirs, as 王芳's over 王审核's (rv108 F8) —
    /// and one that did not (a merge that took one side's value, or a revision that left the place alone) only the
    /// parents whose value it kept: a merge that kept the clerk's 140 does not hold 王审核's 136 (rv117 F2).
    static func isHeld(
        _ position: Int, at unit: UnitID, in graph: HistoryGraph, _ indices: inout RevisionIndices
    ) -> Bool {
        guard let tip = graph.revisions.indices.last else { return false }
        var line: Set<Int> = [tip]
        var stack = [tip]
        while let next = stack.popLast() {
            let report = indices[next]
            let parents = graph.parents[next]
            var kept: [Int] = []
            for parent in parents where UnitComparison.isSame(unit, in: indices[parent], and: report) {
                kept.append(parent)
            }
            for parent in kept.isEmpty ? parents : kept where line.insert(parent).inserted {
                if parent == position { return true }
                stack.append(parent)
            }
        }
        return line.contains(position)
    }
}

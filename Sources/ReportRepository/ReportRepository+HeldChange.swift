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

    /// The newest of the revisions at `positions` (oldest first) that someone else made, that changed `unit`
    /// (``changes(_:at:in:_:)``) and whose change the tip still holds (``isHeld(_:at:in:_:)``): the change a text
    /// taken there replaces — a restore's (``undoneChanges(of:by:author:since:language:)``) or a person's own file's
    /// (``replacedChanges(at:since:head:sender:)``). `nil` when there is none.
    static func newestHeldChange(
        of unit: UnitID, among positions: [Int], in graph: HistoryGraph, byOthers isOthers: (RevisionInfo) -> Bool,
        _ indices: inout RevisionIndices
    ) -> Int? {
        positions.reversed().first { position in
            isOthers(graph.revisions[position].revision) && changes(unit, at: position, in: graph, &indices)
                && isHeld(position, at: unit, in: graph, &indices)
        }
    }
}

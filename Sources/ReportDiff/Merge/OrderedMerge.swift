/// Merges the order of a list of units three ways: the parts of a section (its blocks, or its subsections).
///
/// Units are named by ids shared across the three versions. The side that reordered the common units gives their
/// order; if both reordered them differently, that is a conflict. Units only one side lists go after the unit
/// that precedes them on that side; when both sides put new units in the same place, the two groups are ordered
/// by their content, so that the result does not depend on which side is ours.
enum OrderedMerge {
    /// The merged order.
    struct Outcome {
        /// The ids in merged order.
        var order: [String]
        /// Whether both sides reordered the common units differently (``order`` then follows the chosen side).
        var conflict: Bool
    }

    /// Merges orders.
    ///
    /// - Parameters:
    ///   - base: The base's ids in order.
    ///   - ours: Our ids in order, only those that stay in the result.
    ///   - theirs: Their ids in order, only those that stay in the result.
    ///   - key: A content key for ordering groups of new units that land in the same place.
    ///   - prefer: The side whose order wins when both reordered differently.
    /// - Complexity: O(n log n) in the number of units.
    static func merge(
        base: [String], ours: [String], theirs: [String], key: (String) -> String, prefer: MergeSide
    ) -> Outcome {
        let inOurs = Set(ours)
        let inTheirs = Set(theirs)
        let common = Set(ours.filter { inTheirs.contains($0) })
        let baseOrder = base.filter { common.contains($0) }
        let oursOrder = ours.filter { common.contains($0) }
        let theirsOrder = theirs.filter { common.contains($0) }
        var conflict = false
        let skeleton: [String]
        if oursOrder == baseOrder {
            skeleton = theirsOrder
        } else if theirsOrder == baseOrder || oursOrder == theirsOrder {
            skeleton = oursOrder
        } else {
            conflict = true
            skeleton = prefer == .ours ? oursOrder : theirsOrder
        }
        // The own units of each side, grouped by the common unit before them ("" for the start).
        func groups(_ list: [String], others: Set<String>) -> [String: [String]] {
            var result: [String: [String]] = [:]
            var anchor = ""
            for id in list {
                if common.contains(id) {
                    anchor = id
                } else if !others.contains(id) {
                    result[anchor, default: []].append(id)
                }
            }
            return result
        }
        let oursGroups = groups(ours, others: inTheirs)
        let theirsGroups = groups(theirs, others: inOurs)
        func gap(_ anchor: String) -> [String] {
            let mine = oursGroups[anchor] ?? []
            let other = theirsGroups[anchor] ?? []
            if mine.isEmpty || other.isEmpty { return mine + other }
            let mineKey = mine.map(key).joined(separator: "\u{1D}")
            let otherKey = other.map(key).joined(separator: "\u{1D}")
            return mineKey <= otherKey ? mine + other : other + mine
        }
        var order = gap("")
        for id in skeleton {
            order.append(id)
            order += gap(id)
        }
        return Outcome(order: order, conflict: conflict)
    }
}

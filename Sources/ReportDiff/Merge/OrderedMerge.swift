/// Merges the order of a list of units three ways: the parts of a section (its blocks, or its subsections).
///
/// Units are named by ids shared across the three versions. The units all three versions have keep the order of
/// the side that reordered them (both sides' when they reordered them alike); if both reordered them differently,
/// that is a conflict. Every other unit (added by one side or by both, or moved in from another section) goes
/// after the unit of the base that precedes it on its side; a unit both sides added after different units goes
/// after the one that comes first. When both sides put units in the same place, the two groups are ordered by
/// their content, so that the result does not depend on which side is ours.
enum OrderedMerge {
    /// The merged order.
    struct Outcome {
        /// The ids in merged order.
        var order: [String]
        /// Whether both sides reordered the common units differently (``order`` then follows the chosen side).
        var conflict: Bool
    }

    /// The order that stands in for the base's when the two versions share no history
    /// (``ReportMerge/noCommonVersion``): the units both have, when both have them in the same order — each other
    /// unit then goes after the one before it on its side, as against a base; none when they order them differently.
    ///
    /// - Complexity: O(n) in the number of units.
    static func commonOrder(ours: [String], theirs: [String]) -> [String] {
        let inOurs = Set(ours)
        let inTheirs = Set(theirs)
        let mine = ours.filter { inTheirs.contains($0) }
        return mine == theirs.filter { inOurs.contains($0) } ? mine : []
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
        let inBase = Set(base)
        let inTheirs = Set(theirs)
        let stable = Set(ours.filter { inTheirs.contains($0) && inBase.contains($0) })
        let baseOrder = base.filter { stable.contains($0) }
        let oursOrder = ours.filter { stable.contains($0) }
        let theirsOrder = theirs.filter { stable.contains($0) }
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
        // The other units of each side, grouped by the stable unit before them ("" for the start).
        func groups(_ list: [String]) -> (groups: [String: [String]], anchors: [String: String]) {
            var result: [String: [String]] = [:]
            var anchors: [String: String] = [:]
            var anchor = ""
            for id in list {
                if stable.contains(id) {
                    anchor = id
                } else {
                    result[anchor, default: []].append(id)
                    anchors[id] = anchor
                }
            }
            return (result, anchors)
        }
        var (oursGroups, oursAnchors) = groups(ours)
        var (theirsGroups, theirsAnchors) = groups(theirs)
        // A unit both sides have outside the stable ones stays only after the anchor that comes first.
        let rank = Dictionary(uniqueKeysWithValues: ([""] + skeleton).enumerated().map { ($1, $0) })
        for (id, oursAnchor) in oursAnchors {
            guard let theirsAnchor = theirsAnchors[id], theirsAnchor != oursAnchor else { continue }
            if rank[oursAnchor, default: 0] <= rank[theirsAnchor, default: 0] {
                theirsGroups[theirsAnchor]?.removeAll { $0 == id }
                theirsAnchors[id] = nil
            } else {
                oursGroups[oursAnchor]?.removeAll { $0 == id }
                oursAnchors[id] = nil
            }
        }
        func gap(_ anchor: String) -> [String] {
            let mine = oursGroups[anchor] ?? []
            let other = theirsGroups[anchor] ?? []
            if mine.isEmpty || other.isEmpty { return mine + other }
            let mineKey = mine.map(key).joined(separator: "\u{1D}")
            let otherKey = other.map(key).joined(separator: "\u{1D}")
            var seen = Set<String>()
            return (mineKey <= otherKey ? mine + other : other + mine).filter { seen.insert($0).inserted }
        }
        var order = gap("")
        for id in skeleton {
            order.append(id)
            order += gap(id)
        }
        return Outcome(order: order, conflict: conflict)
    }
}

/// One run of a diff between two token sequences: equal on both sides, or a change that replaces `old` by `new`
/// (either may be empty: a deletion or an insertion).
struct DiffRun: Sendable, Hashable {
    /// Whether the run is equal on both sides.
    var isEqual: Bool
    /// The tokens of the older side the run covers.
    var old: Range<Int>
    /// The tokens of the newer side the run covers.
    var new: Range<Int>
}

/// The shortest edit script between two sequences of interned tokens, as alternating equal and changed runs.
enum TokenDiff {
    /// Diffs two key sequences with the standard library's Myers implementation (`difference(from:)`), after
    /// taking off their common prefix and suffix.
    ///
    /// - Returns: Runs in order, alternating equal and changed, covering both sequences.
    /// - Complexity: O((n + m) · d) where d is the number of tokens inserted or deleted.
    static func runs(from old: [Int], to new: [Int]) -> [DiffRun] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let oldMiddle = old[prefix..<(old.count - suffix)]
        let newMiddle = new[prefix..<(new.count - suffix)]

        var removed = Set<Int>()
        var inserted = Set<Int>()
        if oldMiddle.isEmpty || newMiddle.isEmpty {
            removed = Set(oldMiddle.indices)
            inserted = Set(newMiddle.indices)
        } else {
            for change in newMiddle.difference(from: oldMiddle) {
                switch change {
                case .remove(let offset, _, _): removed.insert(prefix + offset)
                case .insert(let offset, _, _): inserted.insert(prefix + offset)
                }
            }
        }

        var runs: [DiffRun] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, removed.contains(i) {
                extend(&runs, equal: false, oldStep: 1, newStep: 0, at: (i, j))
                i += 1
            } else if j < new.count, inserted.contains(j) {
                extend(&runs, equal: false, oldStep: 0, newStep: 1, at: (i, j))
                j += 1
            } else {
                extend(&runs, equal: true, oldStep: 1, newStep: 1, at: (i, j))
                i += 1
                j += 1
            }
        }
        return runs
    }

    private static func extend(_ runs: inout [DiffRun], equal: Bool, oldStep: Int, newStep: Int, at: (Int, Int)) {
        if let last = runs.last, last.isEqual == equal {
            runs[runs.count - 1].old = last.old.lowerBound..<(last.old.upperBound + oldStep)
            runs[runs.count - 1].new = last.new.lowerBound..<(last.new.upperBound + newStep)
        } else {
            runs.append(DiffRun(isEqual: equal, old: at.0..<(at.0 + oldStep), new: at.1..<(at.1 + newStep)))
        }
    }
}

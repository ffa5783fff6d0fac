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
    /// Diffs two key sequences with Myers' algorithm after taking off their common prefix and suffix: a direct
    /// implementation for short edit scripts, the standard library's `difference(from:)` for long ones.
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

        var removed = [Bool](repeating: false, count: old.count)
        var inserted = [Bool](repeating: false, count: new.count)
        if oldMiddle.isEmpty || newMiddle.isEmpty {
            for index in oldMiddle.indices { removed[index] = true }
            for index in newMiddle.indices { inserted[index] = true }
        } else if !shortEditScript(oldMiddle, newMiddle, removed: &removed, inserted: &inserted) {
            for change in newMiddle.difference(from: oldMiddle) {
                switch change {
                case .remove(let offset, _, _): removed[prefix + offset] = true
                case .insert(let offset, _, _): inserted[prefix + offset] = true
                }
            }
        }

        var runs: [DiffRun] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, removed[i] {
                extend(&runs, equal: false, oldStep: 1, newStep: 0, at: (i, j))
                i += 1
            } else if j < new.count, inserted[j] {
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

    /// The most edits ``shortEditScript(_:_:removed:inserted:)`` looks for before it hands over to the standard
    /// library's linear-space implementation: its traces take O(d²) memory.
    static let shortScriptLimit = 200

    /// Myers' greedy O((n + m) · d) algorithm on integer tokens, for the usual short edit scripts between two
    /// versions of a paragraph; the standard library's `difference(from:)` is generic over collections and
    /// allocates per change, which costs more than the whole diff of an unchanged report section.
    ///
    /// - Returns: `false`, marking nothing, when the script is longer than ``shortScriptLimit``.
    /// - Complexity: O((n + m) · d) time and O(d²) memory, d ≤ ``shortScriptLimit``.
    static func shortEditScript(
        _ old: ArraySlice<Int>, _ new: ArraySlice<Int>, removed: inout [Bool], inserted: inout [Bool]
    ) -> Bool {
        let n = old.count
        let m = new.count
        let oldStart = old.startIndex
        let newStart = new.startIndex
        let limit = min(n + m, shortScriptLimit)
        let offset = limit + 1
        var frontier = [Int](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        var found = false
        search: for d in 0...limit {
            trace.append(frontier)
            for k in stride(from: -d, through: d, by: 2) {
                var x =
                    (k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1]))
                    ? frontier[offset + k + 1] : frontier[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, old[oldStart + x] == new[newStart + y] {
                    x += 1
                    y += 1
                }
                frontier[offset + k] = x
                if x >= n, y >= m {
                    found = true
                    break search
                }
            }
        }
        guard found else { return false }
        // Walk back through the frontiers, marking each deletion and insertion.
        var x = n
        var y = m
        for d in stride(from: trace.count - 1, to: 0, by: -1) {
            let previous = trace[d]
            let k = x - y
            let down = k == -d || (k != d && previous[offset + k - 1] < previous[offset + k + 1])
            let previousK = down ? k + 1 : k - 1
            let previousX = previous[offset + previousK]
            let previousY = previousX - previousK
            if down {
                inserted[newStart + previousY] = true
            } else {
                removed[oldStart + previousX] = true
            }
            x = previousX
            y = previousY
        }
        return true
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

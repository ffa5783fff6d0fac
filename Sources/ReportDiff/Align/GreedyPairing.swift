/// Pairs items of two lists best-first: the one greedy matching every aligner uses once its exact passes are done.
///
/// Every scored candidate pair is sorted by score (highest first); ties go to the pair whose two positions are
/// closest, then to the pair with the lower older position, then the lower newer position. Pairs are taken in
/// that order while neither item is taken yet. `Schema/diff-alignment.md` states the rule for a second
/// implementation.
enum GreedyPairing {
    /// One scored candidate: an older and a newer position.
    struct Candidate: Sendable, Hashable {
        /// The score: higher pairs first.
        var score: Double
        /// The position on the older side.
        var old: Int
        /// The position on the newer side.
        var new: Int
    }

    /// The pairs taken from candidates, best first.
    ///
    /// - Parameter candidates: Scored pairs, in any order; a position may appear in many.
    /// - Returns: The taken pairs, each older and newer position at most once, in the order they were taken.
    /// - Complexity: O(c log c) for c candidates.
    static func pairs(_ candidates: [Candidate]) -> [(old: Int, new: Int)] {
        let sorted = candidates.sorted { lhs, rhs in
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            let lhsDistance = abs(lhs.old - lhs.new)
            let rhsDistance = abs(rhs.old - rhs.new)
            if lhsDistance != rhsDistance { return lhsDistance < rhsDistance }
            return (lhs.old, lhs.new) < (rhs.old, rhs.new)
        }
        var usedOld = Set<Int>()
        var usedNew = Set<Int>()
        var taken: [(old: Int, new: Int)] = []
        for candidate in sorted where !usedOld.contains(candidate.old) && !usedNew.contains(candidate.new) {
            usedOld.insert(candidate.old)
            usedNew.insert(candidate.new)
            taken.append((candidate.old, candidate.new))
        }
        return taken
    }

    /// The pairs taken among free positions, each pair scored by a function (`nil`: not a candidate).
    ///
    /// - Complexity: O(n · m) calls of `score`, plus O(c log c) for the c candidates.
    static func pairs(
        old: some Sequence<Int>, new: some Collection<Int>, score: (Int, Int) -> Double?
    ) -> [(old: Int, new: Int)] {
        var candidates: [Candidate] = []
        for o in old {
            for n in new {
                if let value = score(o, n) { candidates.append(Candidate(score: value, old: o, new: n)) }
            }
        }
        return pairs(candidates)
    }
}

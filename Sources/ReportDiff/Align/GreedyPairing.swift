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

    /// The most pairs of free positions scored: above it (more than 500 free on each side) only the pairs near each
    /// other in place are. Every other pass of an alignment is linear or O(n log n); scoring every pair of two long
    /// lists is quadratic, and two versions of a few thousand different paragraphs held a server's thread for
    /// minutes (rv107 F7). A report's section has tens of paragraphs, so no real report comes near it.
    static let maximumScoredPairs = 250_000

    /// The pairs taken among free positions, each pair scored by a function (`nil`: not a candidate).
    ///
    /// When the free positions make more than ``maximumScoredPairs`` pairs, an older position is scored only against
    /// the newer positions whose rank among the free newer ones is within ``band(older:newer:)`` of its own rank
    /// scaled to the newer side's count.
    ///
    /// - Complexity: O(min(n · m, ``maximumScoredPairs`` + n)) calls of `score`, plus O(c log c) for the c
    ///   candidates.
    static func pairs(
        old: some Sequence<Int>, new: some Collection<Int>, score: (Int, Int) -> Double?
    ) -> [(old: Int, new: Int)] {
        let olds = Array(old)
        let news = Array(new)
        var candidates: [Candidate] = []
        let band = Self.band(older: olds.count, newer: news.count)
        for (rank, o) in olds.enumerated() {
            let near = band.map { width in
                let middle = olds.count > 0 ? rank * news.count / olds.count : 0
                return max(0, middle - width)..<min(news.count, middle + width + 1)
            }
            for n in news[near ?? news.indices] {
                if let value = score(o, n) { candidates.append(Candidate(score: value, old: o, new: n)) }
            }
        }
        return pairs(candidates)
    }

    /// How far from its scaled rank an older position is scored, for lists of so many free positions: `nil` (every
    /// pair) up to ``maximumScoredPairs`` pairs, otherwise the width that keeps the pairs scored at about that many.
    static func band(older: Int, newer: Int) -> Int? {
        guard older > 0, older * newer > maximumScoredPairs else { return nil }
        return max(1, maximumScoredPairs / (2 * older))
    }
}

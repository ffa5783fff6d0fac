/// The character bigrams of a text, sorted, for a quick measure of how alike two texts are.
///
/// Chinese has no spaces between words, so words cannot be counted; pairs of adjacent characters are the usual
/// stand-in. The Dice coefficient of two profiles is 1 for equal texts and 0 for texts with no pair in common.
struct BigramProfile: Sendable, Hashable {
    /// The bigrams, each two scalar values in one integer, sorted.
    let bigrams: [UInt64]

    /// The profile of a text's comparison form.
    ///
    /// - Complexity: O(n log n) in the text's length.
    init(_ key: String) {
        var values: [UInt64] = []
        var previous: UInt32?
        for scalar in key.unicodeScalars {
            if let previous { values.append(UInt64(previous) << 32 | UInt64(scalar.value)) }
            previous = scalar.value
        }
        if values.isEmpty, let previous { values.append(UInt64(previous)) }
        values.sort()
        bigrams = values
    }

    /// The Dice coefficient of two profiles: twice the shared bigrams over all bigrams, from 0 to 1.
    ///
    /// - Complexity: O(n + m).
    func similarity(to other: BigramProfile) -> Double {
        let total = bigrams.count + other.bigrams.count
        guard total > 0 else { return 1 }
        var shared = 0
        var i = 0
        var j = 0
        while i < bigrams.count, j < other.bigrams.count {
            if bigrams[i] == other.bigrams[j] {
                shared += 1
                i += 1
                j += 1
            } else if bigrams[i] < other.bigrams[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(2 * shared) / Double(total)
    }
}

/// Which pairs of an ordered matching are out of order: the complement of a longest increasing subsequence.
enum OrderCheck {
    /// The indices (into `pairs`) of pairs that are not in a longest run of pairs increasing on both sides.
    ///
    /// - Parameter pairs: Matched (old index, new index) pairs.
    /// - Returns: The positions in `pairs` of the pairs that moved.
    /// - Complexity: O(n log n).
    static func movedPairs(_ pairs: [(old: Int, new: Int)]) -> Set<Int> {
        if zip(pairs, pairs.dropFirst()).allSatisfy({ $0.old < $1.old && $0.new < $1.new }) { return [] }
        let order = pairs.indices.sorted { pairs[$0].old < pairs[$1].old }
        var tails: [Int] = []  // positions in `order`
        var previous = [Int](repeating: -1, count: order.count)
        for (position, pairIndex) in order.enumerated() {
            let value = pairs[pairIndex].new
            var low = 0
            var high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if pairs[order[tails[middle]]].new < value { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[position] = tails[low - 1] }
            if low == tails.count { tails.append(position) } else { tails[low] = position }
        }
        var kept = Set<Int>()
        var position = tails.last ?? -1
        while position >= 0 {
            kept.insert(order[position])
            position = previous[position]
        }
        return Set(pairs.indices).subtracting(kept)
    }
}

/// Puts aligned items in reading order: the newer side's order, with what only the older side has where it stood.
enum ReadingOrder {
    /// The reading order of items given by their indices on each side: items on the newer side by their newer
    /// index; each item only on the older side right after the item whose older index comes last before its own
    /// (or first, when none does).
    ///
    /// - Parameters:
    ///   - old: Each item's index on the older side, `nil` when it is only on the newer side.
    ///   - new: Each item's index on the newer side, `nil` when it is only on the older side.
    /// - Returns: A permutation of the items' positions.
    /// - Complexity: O(n) when the items are already in order, O(n log n + n · r) for r items only on the older side.
    static func permutation(old olds: [Int?], new news: [Int?]) -> [Int] {
        if zip(news, news.dropFirst()).allSatisfy({ ($0 ?? .max) < ($1 ?? .min) }), news.allSatisfy({ $0 != nil }) {
            return Array(news.indices)
        }
        var order = news.indices.filter { news[$0] != nil }.sorted { news[$0] ?? 0 < news[$1] ?? 0 }
        let removed = news.indices.filter { news[$0] == nil }.sorted { olds[$0] ?? 0 < olds[$1] ?? 0 }
        for entry in removed {
            let position = olds[entry] ?? 0
            var insertAt = 0
            var bestOld = Int.min
            for (index, candidate) in order.enumerated() {
                guard let candidateOld = olds[candidate], candidateOld < position else { continue }
                if news[candidate] != nil, candidateOld >= bestOld {
                    bestOld = candidateOld
                    insertAt = index + 1
                } else if news[candidate] == nil, candidateOld >= bestOld {
                    insertAt = index + 1
                }
            }
            order.insert(entry, at: insertAt)
        }
        return order
    }

    /// Orders entries by ``permutation(old:new:)``.
    static func arrange<Entry>(_ entries: [Entry], old: (Entry) -> Int?, new: (Entry) -> Int?) -> [Entry] {
        permutation(old: entries.map(old), new: entries.map(new)).map { entries[$0] }
    }
}

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
    /// - Complexity: O(n) when the items are already in order, O(n log n) when the items on both sides are in the
    ///   same order on each (nothing moved), O(n log n + n · r) for r items only on the older side otherwise.
    static func permutation(old olds: [Int?], new news: [Int?]) -> [Int] {
        var scanned = 0
        return permutation(old: olds, new: news, scanned: &scanned)
    }

    /// ``permutation(old:new:)``, counting in `scanned` the items looked at to place those only on the older side
    /// (for the tests that bound it).
    static func permutation(old olds: [Int?], new news: [Int?], scanned: inout Int) -> [Int] {
        if zip(news, news.dropFirst()).allSatisfy({ ($0 ?? .max) < ($1 ?? .min) }), news.allSatisfy({ $0 != nil }) {
            return Array(news.indices)
        }
        let order = news.indices.filter { news[$0] != nil }.sorted { news[$0] ?? 0 < news[$1] ?? 0 }
        let removed = news.indices.filter { news[$0] == nil }.sorted { olds[$0] ?? 0 < olds[$1] ?? 0 }
        let kept = order.compactMap { olds[$0] }
        let gone = removed.map { olds[$0] }
        guard zip(kept, kept.dropFirst()).allSatisfy({ $0 <= $1 }),
            zip(gone, gone.dropFirst()).allSatisfy({ ($0 ?? .max) < ($1 ?? .min) })
        else {
            return inserting(removed, into: order, old: olds, new: news, scanned: &scanned)
        }
        // Nothing moved: each item only on the older side goes right after the last item before it on that side, the
        // kept one of the greatest older index below its own, after those only on the older side that went there
        // first (what the general insertion below finds, scanning the list for each: two versions of thousands of
        // paragraphs that share few took seconds, rv107 F7).
        var result: [Int] = []
        result.reserveCapacity(news.count)
        var next = removed.startIndex
        func insertRemoved(below bound: Int?) {
            while next < removed.endIndex, bound.map({ (olds[removed[next]] ?? 0) <= $0 }) ?? true {
                result.append(removed[next])
                next += 1
            }
        }
        // (those before every kept item of the older side first; then after each kept item, those below the next)
        insertRemoved(below: order.lazy.compactMap { olds[$0] }.first)
        for (position, entry) in order.enumerated() {
            result.append(entry)
            guard olds[entry] != nil else { continue }
            let following = order[(position + 1)...].lazy.compactMap { olds[$0] }.first
            insertRemoved(below: following)
        }
        return result
    }

    /// Inserts each item only on the older side (by increasing older index) after the item whose older index comes
    /// last before its own, scanning the list for each.
    static func inserting(
        _ removed: [Int], into kept: [Int], old olds: [Int?], new news: [Int?], scanned: inout Int
    ) -> [Int] {
        var order = kept
        for entry in removed {
            let position = olds[entry] ?? 0
            var insertAt = 0
            var bestOld = Int.min
            scanned += order.count
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

/// Puts aligned items in reading order: the newer side's order, with what only the older side has where it stood.
enum ReadingOrder {
    /// Orders entries: those on the newer side by their newer index; each one only on the older side right after
    /// the entry whose older index comes last before its own (or first, when none does).
    ///
    /// - Complexity: O(n²) in the number of entries, which is small (the parts of one section).
    static func arrange<Entry>(_ entries: [Entry], old: (Entry) -> Int?, new: (Entry) -> Int?) -> [Entry] {
        var result = entries.filter { new($0) != nil }.sorted { (new($0) ?? 0) < (new($1) ?? 0) }
        let removed = entries.filter { new($0) == nil }.sorted { (old($0) ?? 0) < (old($1) ?? 0) }
        for entry in removed {
            let position = old(entry) ?? 0
            var insertAt = 0
            var bestOld = Int.min
            for (index, candidate) in result.enumerated() {
                guard let candidateOld = old(candidate), candidateOld < position else { continue }
                if new(candidate) != nil, candidateOld >= bestOld {
                    bestOld = candidateOld
                    insertAt = index + 1
                } else if new(candidate) == nil, candidateOld >= bestOld {
                    insertAt = index + 1
                }
            }
            result.insert(entry, at: insertAt)
        }
        return result
    }
}

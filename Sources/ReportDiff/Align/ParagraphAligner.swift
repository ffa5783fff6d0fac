/// Two runs of paragraphs that stand for the same text: usually one paragraph on each side; several on one side
/// when a paragraph was broken in two (or joined) and the text did not change.
struct ParagraphPair: Sendable, Hashable {
    /// Positions in the older paragraph list.
    var old: [Int]
    /// Positions in the newer paragraph list.
    var new: [Int]
    /// Whether the comparison forms are equal (no text change).
    var isExact: Bool
}

/// Aligns the paragraphs of two versions of a section as units, so that a moved paragraph is a move and an edited
/// one is an edit, not a deletion and an addition.
///
/// 1. Equal paragraphs (by comparison form) are matched with `difference(from:)`; `inferringMoves()` pairs the
///    equal ones that changed place.
/// 2. A paragraph broken into consecutive paragraphs on the other side (or the reverse) matches them when their
///    texts join to its text.
/// 3. The rest are matched by the likeness of their character bigrams, most alike first, down to a threshold.
enum ParagraphAligner {
    /// The least bigram likeness for two different paragraphs to count as one paragraph edited. Half the bigrams
    /// shared: a paragraph whose figures and a clause or two were rewritten from one year to the next stays one
    /// paragraph, while two different paragraphs of one section (which share the section's set phrases, usually
    /// well under half) do not.
    static let threshold = 0.5
    /// The longest run of consecutive paragraphs whose texts, joined, can match one paragraph of the other side.
    /// A paragraph broken into more than four is rare, and the runs tried grow with it (O(n · run)).
    static let longestRejoinedRun = 4
    /// The most paragraphs the two lists may have together for the equal ones to be matched by the shortest edit
    /// script. Its cost grows with the lists' length times the number of edits, quadratic when most paragraphs
    /// differ: two lists of 4,000 different paragraphs took a second, and a report may hold 19,000 parts. Above it,
    /// equal paragraphs are paired by ``pairedByOccurrence(old:new:)`` in linear time. A report's section has tens of
    /// paragraphs: no real report comes near it.
    static let longestEditScriptLists = 3_000

    /// Aligns two lists of paragraph comparison forms.
    ///
    /// - Returns: The matched pairs; positions not in any pair were added or removed.
    /// - Complexity: O((n + m) · d) for the exact matching (O(n + m) above ``longestEditScriptLists``), plus the
    ///   greedy pairing's scoring of the u and v unmatched paragraphs of length l, O(min(u · v,
    ///   ``GreedyPairing/maximumScoredPairs``) · l).
    static func align(old: [ComparisonKey], new: [ComparisonKey]) -> [ParagraphPair] {
        if old.count + new.count > longestEditScriptLists {
            var (pairs, removed, inserted) = pairedByOccurrence(old: old, new: new)
            pairs += rejoined(old: old, new: new, removed: &removed, inserted: &inserted)
            pairs += alike(old: old, new: new, removed: removed, inserted: inserted)
            return pairs.sorted { ($0.new.first ?? 0) < ($1.new.first ?? 0) }
        }
        var pairs: [ParagraphPair] = []
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in new.difference(from: old).inferringMoves() {
            switch change {
            case .remove(let offset, _, let associated):
                if let associated {
                    pairs.append(ParagraphPair(old: [offset], new: [associated], isExact: true))
                } else {
                    removed.insert(offset)
                }
            case .insert(let offset, _, let associated):
                if associated == nil { inserted.insert(offset) }
            }
        }
        // The unchanged ones, in order.
        let moved = Set(pairs.flatMap(\.old))
        let movedNew = Set(pairs.flatMap(\.new))
        var j = 0
        for i in old.indices where !removed.contains(i) && !moved.contains(i) {
            while j < new.count, inserted.contains(j) || movedNew.contains(j) { j += 1 }
            guard j < new.count else { break }
            pairs.append(ParagraphPair(old: [i], new: [j], isExact: true))
            j += 1
        }
        pairs += rejoined(old: old, new: new, removed: &removed, inserted: &inserted)
        pairs += alike(old: old, new: new, removed: removed, inserted: inserted)
        return pairs.sorted { ($0.new.first ?? 0) < ($1.new.first ?? 0) }
    }

    /// The equal paragraphs of two long lists paired in linear time: the k-th paragraph of a form on the older side
    /// with the k-th of that form on the newer side. Which pairs moved is decided afterwards, as for any pair.
    ///
    /// - Returns: The pairs, and the positions left on each side.
    static func pairedByOccurrence(
        old: [ComparisonKey], new: [ComparisonKey]
    ) -> (pairs: [ParagraphPair], removed: Set<Int>, inserted: Set<Int>) {
        var waiting: [ComparisonKey: [Int]] = [:]
        for (index, key) in new.enumerated().reversed() { waiting[key, default: []].append(index) }
        var pairs: [ParagraphPair] = []
        var removed = Set<Int>()
        for (index, key) in old.enumerated() {
            if let match = waiting[key]?.popLast() {
                pairs.append(ParagraphPair(old: [index], new: [match], isExact: true))
            } else {
                removed.insert(index)
            }
        }
        let inserted = Set(waiting.values.joined())
        return (pairs, removed, inserted)
    }

    /// Pairs a paragraph with consecutive unmatched paragraphs of the other side whose texts join to its text.
    private static func rejoined(
        old: [ComparisonKey], new: [ComparisonKey], removed: inout Set<Int>, inserted: inout Set<Int>
    ) -> [ParagraphPair] {
        var pairs: [ParagraphPair] = []
        func match(
            single: [ComparisonKey], singles: inout Set<Int>, runs: [ComparisonKey], runSet: inout Set<Int>
        ) -> [([Int], Int)] {
            var found: [([Int], Int)] = []
            var byKey: [ComparisonKey: [Int]] = [:]
            for index in singles.sorted() { byKey[single[index], default: []].append(index) }
            for start in runSet.sorted() where runSet.contains(start) {
                var joined = runs[start]
                var length = 1
                while length < longestRejoinedRun, runSet.contains(start + length) {
                    joined = joined.appending(runs[start + length])
                    length += 1
                    if var candidates = byKey[joined], let target = candidates.first {
                        candidates.removeFirst()
                        byKey[joined] = candidates
                        let run = Array(start..<(start + length))
                        found.append((run, target))
                        singles.remove(target)
                        for index in run { runSet.remove(index) }
                        break
                    }
                }
            }
            return found
        }
        for (run, target) in match(single: old, singles: &removed, runs: new, runSet: &inserted) {
            pairs.append(ParagraphPair(old: [target], new: run, isExact: true))
        }
        for (run, target) in match(single: new, singles: &inserted, runs: old, runSet: &removed) {
            pairs.append(ParagraphPair(old: run, new: [target], isExact: true))
        }
        return pairs
    }

    /// Pairs unmatched paragraphs by likeness, most alike first; ties go to the pair closest in place.
    private static func alike(
        old: [ComparisonKey], new: [ComparisonKey], removed: Set<Int>, inserted: Set<Int>
    ) -> [ParagraphPair] {
        guard !removed.isEmpty, !inserted.isEmpty else { return [] }
        let oldProfiles = Dictionary(uniqueKeysWithValues: removed.map { ($0, BigramProfile(old[$0].text)) })
        let newProfiles = Dictionary(uniqueKeysWithValues: inserted.map { ($0, BigramProfile(new[$0].text)) })
        let pairs = GreedyPairing.pairs(old: removed.sorted(), new: inserted.sorted()) { oldIndex, newIndex in
            guard let oldProfile = oldProfiles[oldIndex], let newProfile = newProfiles[newIndex] else { return nil }
            let score = oldProfile.similarity(to: newProfile)
            return score >= threshold ? score : nil
        }
        return pairs.map { ParagraphPair(old: [$0.old], new: [$0.new], isExact: false) }
    }
}

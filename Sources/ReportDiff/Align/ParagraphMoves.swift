/// Pairs paragraphs that left one section with paragraphs that appeared in another: a paragraph moved to another
/// section, perhaps edited on the way. The diff lists such a pair as one moved paragraph, and the merge treats it
/// as one paragraph (an edit made to it on the other side follows it).
///
/// A pair is the same text (comparison forms equal) of at least ``minimumLength`` characters, or texts at least
/// ``alikeText`` alike (bigram likeness) of at least ``minimumAlikeLength`` characters each; same-text pairs
/// first, then the most alike, by ``GreedyPairing``. Short paragraphs (`无。`) are never paired: they recur in many
/// sections.
enum ParagraphMoves {
    /// The fewest characters (of the comparison form) a paragraph needs to be paired with the same text elsewhere.
    /// Shorter ones (`无。`, `详见下表。`) recur in many sections, so the same text there says nothing about a move.
    static let minimumLength = 10
    /// The least bigram likeness for two different paragraphs in different sections to be one paragraph moved and
    /// edited. Stricter than ``ParagraphAligner/threshold``: across sections the place says nothing, so only a
    /// text that is mostly the same is taken for a move rather than one removal and one addition.
    static let alikeText = 0.8
    /// The fewest characters each of two different paragraphs needs to be paired by likeness. Bigram likeness of
    /// short texts swings with one character, so only paragraphs of a sentence or more are paired by it.
    static let minimumAlikeLength = 20
    /// The score of a pair with the same text: above any likeness (at most 1), so that same-text pairs are all
    /// taken before any pair by likeness.
    static let sameTextScore = 2.0

    /// Pairs paragraphs that left their section with paragraphs that appeared in another.
    ///
    /// - Parameters:
    ///   - removed: The comparison forms of the paragraphs that left (older side).
    ///   - added: The comparison forms of the paragraphs that appeared (newer side).
    /// - Returns: Pairs of positions in the two lists.
    /// - Complexity: O(r · a · l) for r and a paragraphs of length l.
    static func pairs(removed: [ComparisonKey], added: [ComparisonKey]) -> [(old: Int, new: Int)] {
        guard !removed.isEmpty, !added.isEmpty else { return [] }
        let removedLengths = removed.map(\.count)
        let addedLengths = added.map(\.count)
        var removedProfiles: [Int: BigramProfile] = [:]
        var addedProfiles: [Int: BigramProfile] = [:]
        return GreedyPairing.pairs(old: removed.indices, new: added.indices) { r, a in
            if removed[r] == added[a] { return removedLengths[r] >= minimumLength ? sameTextScore : nil }
            guard removedLengths[r] >= minimumAlikeLength, addedLengths[a] >= minimumAlikeLength else { return nil }
            let removedProfile = removedProfiles[r] ?? BigramProfile(removed[r].text)
            let addedProfile = addedProfiles[a] ?? BigramProfile(added[a].text)
            removedProfiles[r] = removedProfile
            addedProfiles[a] = addedProfile
            let score = removedProfile.similarity(to: addedProfile)
            return score >= alikeText ? score : nil
        }
    }
}

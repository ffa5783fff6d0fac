/// Pairs a section removed under one parent with a section added under another: a section moved to another parent
/// (`（三）` of 一 becoming `（一）` of 五, say).
///
/// A pair has the same title (whitespace, width and the year moving on aside) and text at least
/// ``sameTitleText`` alike, or text at least ``alikeText`` alike of at least ``minimumAlikeLength`` characters
/// whatever the title. Pairs are taken best first by ``GreedyPairing``; the same title adds 1 to the score.
enum SectionMoves {
    /// The least likeness of the text (subsections included) of two sections with the same title. With the title
    /// to vouch for it, half the text is enough (a moved section is often edited too); below that, two sections
    /// that share a common title (`其他`) under different parents are not taken for one.
    static let sameTitleText = 0.5
    /// The least likeness of the text of two sections whose titles differ: as for paragraphs
    /// (``ParagraphMoves/alikeText``), a move across parents needs text that is mostly the same.
    static let alikeText = 0.8
    /// The fewest characters the older section's text needs to be paired on likeness alone: a sentence or more,
    /// since the likeness of short texts swings with one character.
    static let minimumAlikeLength = 20
    /// What the same title adds to the text likeness (at most 1): every pair with the same title is taken before
    /// any pair without it, and among them the most alike text first.
    static let sameTitleBonus = 1.0

    /// The score of a candidate pair, or `nil` when the two are not one section moved.
    ///
    /// - Parameters:
    ///   - old: The removed section's facts; `oldKey` its text's comparison form.
    ///   - new: The added section's facts; `newKey` its text's comparison form.
    /// - Complexity: O(l) in the texts' length.
    static func score(_ old: SectionFacts, _ oldKey: String, _ new: SectionFacts, _ newKey: String) -> Double? {
        let text = oldKey == newKey ? 1 : BigramProfile(oldKey).similarity(to: BigramProfile(newKey))
        let sameTitle = !old.titleKey.isEmpty && old.titleKey == new.titleKey
        guard
            (sameTitle && text >= sameTitleText)
                || (text >= alikeText && oldKey.unicodeScalars.count >= minimumAlikeLength)
        else { return nil }
        return text + (sameTitle ? sameTitleBonus : 0)
    }
}

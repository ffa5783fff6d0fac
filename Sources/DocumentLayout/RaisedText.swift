/// Text a document sets above or below the line (a footnote mark after a number, `2.35¹`): the one rule every reader
/// (Word, PDF, web pages) keeps it by.
///
/// Joined to the text beside it as ordinary characters, a raised `1` after `2.35` would read as the number `2.351`:
/// a wrong number. Kept as the superscript or subscript characters Unicode has for it, it stays visible as written
/// (`2.35¹`, `10²`), and a cell holding it is text, not a number, so its figure is *missing* rather than guessed.
/// Characters without such a form are kept as they are.
public enum RaisedText {
    /// Which way a run is moved off the line.
    public enum Position: Sendable, Hashable {
        /// Above the line (Word `w:vertAlign="superscript"`, HTML `<sup>`, a smaller glyph raised in a PDF).
        case superscript
        /// Below the line (Word `w:vertAlign="subscript"`, HTML `<sub>`).
        case `subscript`
    }

    /// The text with each digit, sign and parenthesis in its superscript or subscript form.
    public static func text(_ text: String, _ position: Position) -> String {
        let table = position == .superscript ? superscripts : subscripts
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(table[scalar] ?? scalar) }
        return String(result)
    }

    private static let plain = Array("0123456789+-=()".unicodeScalars)
    private static let superscripts = Dictionary(
        uniqueKeysWithValues: zip(plain, "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾".unicodeScalars))
    private static let subscripts = Dictionary(uniqueKeysWithValues: zip(plain, "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎".unicodeScalars))
}

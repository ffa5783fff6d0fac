/// Text a document shows struck through (Word `w:strike`/`w:dstrike`, HTML `<s>`, `<strike>`,
/// `text-decoration: line-through`): the one rule every reader keeps it by.
///
/// A clerk who strikes out an old figure and types the new one beside it (`9̶12`) leaves both on the page. Joined as
/// ordinary characters they would read as the number 912: a wrong number. Which of them the report means is the
/// reader's guess, so neither is taken: each struck character is kept followed by U+0336 COMBINING LONG STROKE
/// OVERLAY, the text stays visible as written (struck, in a paragraph as in a cell), and a cell holding it is text,
/// not a number, so its figure is *missing*. (Deleted text of a tracked change, `w:del` or Word's `<del datetime=…>`,
/// is not struck text: it is not the document's and is left out.)
public enum StruckText {
    /// The stroke put after each struck character.
    public static let stroke: Unicode.Scalar = "\u{0336}"

    /// The text with a stroke after each character that is not white space.
    public static func text(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(scalar)
            if !scalar.properties.isWhitespace, scalar != stroke { result.append(stroke) }
        }
        return String(result)
    }
}

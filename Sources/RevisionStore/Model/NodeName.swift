/// The name of a node (an office's repository), recorded in every revision made there and used for the second head a
/// sync conflict keeps (`from-NODE`): a short printable name.
public enum NodeName {
    /// The most characters (Unicode scalars) a node name may have.
    public static let maximumLength = 64

    /// Whether a text can be a node name: 1 to 64 letters, digits, marks, punctuation, symbols or inner spaces, without
    /// a newline or any other control or format character, and without `/` or `\`.
    ///
    /// Names come from `nianbao init --node` and, on the wire, from every revision another node sends; a name that is
    /// not one is refused, so that a pushed revision can never put a line break or a page of text into a head's name.
    public static func isValid(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, scalars.count <= maximumLength,
            first != " ", last != " "
        else { return false }
        return scalars.allSatisfy { scalar in
            guard scalar != "/", scalar != "\\" else { return false }
            if scalar == " " { return true }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
                .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
                return true
            default:
                return false
            }
        }
    }
}

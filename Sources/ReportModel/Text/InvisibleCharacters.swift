// Characters a name must not hold: they show nothing, or change how the text around them is shown.

extension StringProtocol {
    /// Whether the text holds a line break, a control character (U+0000–U+001F, U+007F–U+009F), a format character
    /// (Unicode's Cf: the right-to-left override U+202E and the other bidirectional controls, zero-width spaces and
    /// joiners, the byte-order mark, the soft hyphen) or another character Unicode says to show as nothing
    /// (Default_Ignorable_Code_Point: the combining grapheme joiner, the Hangul fillers, variation selectors).
    ///
    /// A name with one looks like another name (`孙\u{7}八` beside `孙八`) or turns the text after it round (an
    /// override makes `王审核 2026-12-05` read `5021-21-6202 核审王`): names of people and offices refuse them.
    public var hasInvisibleCharacters: Bool {
        unicodeScalars.contains(where: \.isInvisible)
    }
}

extension StringProtocol {
    /// Whether a text holds a NUL (U+0000), which nobody types and SQLite keeps a text up to. Free text people write
    /// (a comment, a reason) may hold any other character as written — Word's manual line break (U+000B) and page
    /// break (U+000C) pasted with it, an escape (printed written out on a terminal) — and another node's notes, made
    /// before this rule, hold what that node took: refusing more would refuse their every push.
    public var hasNulCharacter: Bool {
        unicodeScalars.contains("\u{0}")
    }
}

extension StringProtocol {
    /// Whether a text a person wrote for a report's paragraph, cell or heading holds a character no report keeps
    /// (``Unicode/Scalar/isKeptInReports``, the readers' rule): a NUL, another control but a tab or a line break,
    /// U+FFFE or U+FFFF. A report holding one no longer reads back from its own text export, and its Word file
    /// silently differs (rv107 F5; rv109 F7: the page break and U+FFFE had been let through here while the readers
    /// drop them).
    public var hasUnkeptControlCharacter: Bool {
        unicodeScalars.contains { !$0.isKeptInReports }
    }
}

extension String {
    /// The text with each of those characters written out as its code (`孙<U+0007>八`), for a message that quotes a
    /// refused name: the message reads as written, and says what was wrong.
    public var showingInvisibleCharacters: String {
        var shown = ""
        for scalar in unicodeScalars {
            if scalar.isInvisible {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                shown += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }
}

extension Unicode.Scalar {
    /// Whether a name must not hold it (``StringProtocol/hasInvisibleCharacters``): one rule for the check and for
    /// the message that shows what it found.
    fileprivate var isInvisible: Bool {
        if properties.isDefaultIgnorableCodePoint { return true }
        switch properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }
}

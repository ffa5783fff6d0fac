/// A laid-out paragraph as the lines the parser reads it as: a line break in it (Word's `w:br` and `w:cr`, typed
/// with Shift+Enter, and U+000B, what Shift+Enter becomes in text copied out of Word) ends a line, as a line of a text file ends and as a web page's `<br>` ends its paragraph. Each
/// line is then a paragraph of the report, its text exactly as written, tabs kept: the office's name and the date
/// under the report (落款), or `联系人：张三` over `联系电话：1234`, stay the lines the clerk wrote, never joined into
/// one line where two numbers could read as one.
enum ParagraphLine {
    /// The lines of a paragraph's text, empty ones included.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func lines(of paragraph: String) -> [String] {
        guard paragraph.utf8.contains(where: isBreak) else { return [paragraph] }
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var afterReturn = false
        for scalar in paragraph.unicodeScalars {
            switch scalar {
            case "\n" where afterReturn:
                // `\r\n` is one break.
                afterReturn = false
            case "\n", "\r", "\u{0B}":
                lines.append(String(line))
                line = String.UnicodeScalarView()
                afterReturn = scalar == "\r"
            default:
                line.append(scalar)
                afterReturn = false
            }
        }
        lines.append(String(line))
        return lines
    }

    /// Whether a byte is a line break of a paragraph: LF, CR or U+000B (never part of a longer character in UTF-8).
    static func isBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D || byte == 0x0B }
}

import ReportModel

/// A laid-out paragraph as the one line the parser reads it as: its tabs and line breaks (`w:br`, `<br>`) become
/// spaces, except a line break between two Chinese characters (Han or full-width punctuation), which a writer
/// breaking a Chinese line never meant as a space: `注释范围` / `换行后文字` reads `注释范围换行后文字`. Digits and
/// Latin words on either side of a break keep a space between them, so two numbers never join into one.
enum ParagraphLine {
    /// The paragraph's text as one line.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func text(of paragraph: String) -> String {
        guard paragraph.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) else { return paragraph }
        let scalars = Array(paragraph.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\t": result.append(" ")
            case "\n":
                let before = result.last
                let after = scalars[(index + 1)...].first { $0 != "\n" }
                if let before, let after, isChinese(before), isChinese(after) { continue }
                result.append(" ")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Han characters and the punctuation of Chinese text (`，`, `。`, `、`, `（`, `“`…).
    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case Unicode.Scalar.hanIdeographValues, 0x3001...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40,
            0xFF5B...0xFF65, 0x2018...0x201D, 0x2026:
            true
        default: false
        }
    }
}

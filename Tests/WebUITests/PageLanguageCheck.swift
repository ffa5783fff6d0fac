import Foundation

extension Web {
    /// The Chinese left on a page meant to be English: every Han character, and every CJK or full-width punctuation
    /// mark (`，（）：。`), outside the language switch (whose `中文` names the other choice in its own language) and
    /// outside what people wrote (`written`: names of offices and people, commit messages, report text), with a few
    /// characters around each, for the test's message. Looks at the whole HTML — titles, placeholders and `aria-label`s
    /// are read out too — not only the visible text.
    ///
    /// - Parameters:
    ///   - html: The page.
    ///   - written: What people wrote that the page shows as written.
    /// - Returns: One excerpt per run of Chinese characters found; empty for a page wholly in English.
    static func chineseOutside(_ html: String, written: [String] = []) -> [String] {
        var rest = html.replacingOccurrences(
            of: "<form method=\"post\" action=\"/language\".*?</form>", with: " ", options: .regularExpression)
        for text in written.sorted(by: { $0.count > $1.count }) where !text.isEmpty {
            rest = rest.replacingOccurrences(of: text, with: " ")
        }
        let scalars = Array(rest.unicodeScalars)
        var found: [String] = []
        var index = 0
        while index < scalars.count {
            guard isChinese(scalars[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, isChinese(scalars[end]) { end += 1 }
            let around = scalars[max(0, index - 15)..<min(scalars.count, end + 15)]
            found.append(String(String.UnicodeScalarView(around)))
            index = end
        }
        return found
    }

    /// A Han character (any block), or a CJK or full-width punctuation mark.
    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isIdeographic { return true }
        switch scalar.value {
        case 0x2E80...0x2FFF, 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFFEF, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    /// A page with the reports' own text taken out: every piece of text between two tags, and every attribute's
    /// value, that is a piece of what the reports or people wrote (a paragraph cut where it changed, a heading, a
    /// label, an office's name), so that what is left is the page's own words (for ``chineseOutside(_:written:)``).
    static func pageWords(_ html: String, written: [String]) -> String {
        func isWritten(_ piece: Substring?) -> Bool {
            let bare = String(piece ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            return !bare.isEmpty && written.contains { $0.contains(bare) }
        }
        guard let pieces = try? Regex(">([^<]+)<"), let values = try? Regex("=\"([^\"]+)\"") else { return html }
        return html.replacing(values) {
            isWritten($0.output[1].substring) ? "=\"\"" : String($0.output[0].substring ?? "")
        }
        .replacing(pieces) { isWritten($0.output[1].substring) ? "> <" : String($0.output[0].substring ?? "") }
    }
}

/// HTML escaping of text: the one rule the diff pages and the web pages use for every piece of text they put in
/// markup.
///
/// ```swift
/// HTMLEscaping.escape("<b>“引号” & 'x'</b>")   // &lt;b&gt;“引号” &amp; &#39;x&#39;&lt;/b&gt;
/// ```
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'`, so that the text reads as text in element content and in quoted
    /// attribute values alike; every other character stays as it is.
    ///
    /// - Complexity: O(n) in the text's length.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

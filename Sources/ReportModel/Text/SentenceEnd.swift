/// Whether a line of prose ends a sentence: the one rule the text parser joins wrapped lines by and the PDF reader
/// breaks paragraphs before a heading by.
public enum SentenceEnd {
    /// Whether `text` ends with 。！？；：:!?… or with a closing quote right after 。！？ (`……。”`).
    public static func isAtEnd(of text: some StringProtocol) -> Bool {
        let scalars = text.unicodeScalars
        guard let end = scalars.last else { return false }
        if "。！？；：:!?…".unicodeScalars.contains(end) { return true }
        if end == "”" || end == "’" {
            let beforeEnd = scalars.dropLast().last
            return beforeEnd.map { "。！？".unicodeScalars.contains($0) } ?? false
        }
        return false
    }
}

// The blank template's prompts (`（文字描述）`): the words printed under a heading for the office to replace with its
// own account. Text that is only a prompt says nothing about the office, so the checks tell it apart here.

extension TemplateCatalog {
    /// The prompts the blank template prints under its headings (``SectionTemplate/prompt``), each once.
    public var prompts: [String] { promptForms.map(\.prompt) }

    /// The template's prompt a paragraph opens with, as the template writes it, or `nil`: `（文字描述）` for
    /// `（文字描述）` and for `(文字描述)本乡…`. Whitespace, the width of punctuation and a dropped `。` aside.
    ///
    /// - Complexity: O(p · n) for p prompts and a paragraph of n characters.
    public func prompt(openingParagraph text: String) -> String? {
        split(text)?.prompt
    }

    /// A paragraph's text after the template's prompt it opens with (all of it when it opens with none): the words
    /// the office wrote itself. Empty for a paragraph that is only a prompt.
    public func textAfterPrompt(_ text: String) -> String {
        guard let (_, rest) = split(text) else { return text }
        return String(rest)
    }

    /// The prompt a paragraph opens with and the text after it. A prompt ends with its closing bracket, so the
    /// paragraph is tried up to each closing bracket it has.
    private func split(_ text: String) -> (prompt: String, rest: Substring)? {
        // (most paragraphs have no closing bracket: not looked at character by character; no other spelling of `）`
        // or `)` is canonically equivalent to them)
        guard text.containsByte(UInt8(ascii: ")")) || text.containsBytes("）") else { return nil }
        let wanted = promptForms
        var index = text.startIndex
        while let close = text[index...].firstIndex(where: { $0 == "）" || $0 == ")" }) {
            let end = text.index(after: close)
            let key = Self.promptKey(text[..<end])
            if let match = wanted.first(where: { $0.key == key }) { return (match.prompt, text[end...]) }
            // A prompt is a handful of characters: no need to look past the first few brackets of a long paragraph.
            guard key.count <= (wanted.map(\.key.count).max() ?? 0) else { return nil }
            index = end
        }
        return nil
    }

    /// The form in which prompts are compared: a label's key (``LabelKey``) without full stops.
    static func promptKey(_ text: some StringProtocol) -> String {
        LabelKey(text).text.filter { $0 != "。" && $0 != "." }
    }
}

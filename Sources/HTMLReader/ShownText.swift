/// What of a page's text a browser shows, and how: the elements it hides, the tracked deletions of a page saved from
/// Word, and the text it strikes through.
///
/// Hidden elements and tracked deletions are left out, as the .docx reader leaves out `w:vanish` and `w:del`.
/// Struck-through text is shown, so it is kept, struck (``StruckText``): a cell of `<s>9</s>12` is then text, not
/// the number 912.
enum ShownText {
    /// Whether a browser hides an element: the `hidden` attribute, or an inline style `display:none`,
    /// `visibility:hidden` or Word's `mso-hide:all` (Word's hidden text, `w:vanish`).
    static func isHidden(_ node: HTMLNode) -> Bool {
        if node.attribute("hidden") != nil { return true }
        guard let style = node.attribute("style") else { return false }
        let declarations = style.lowercased().filter { $0 != " " && $0 != "\t" && $0 != "\n" && $0 != "\r" }
        return ["display:none", "visibility:hidden", "mso-hide:all"].contains {
            ContentFinder.has($0, in: declarations)
        }
    }

    /// Whether an element is a tracked deletion not yet accepted, as Word's "save as web page" writes it:
    /// `<del cite="mailto:…" datetime="…">`. Word reads a document with its changes accepted, and so does Nianbao.
    /// A `<del>` without either attribute is read as struck text (``strikesThrough(_:attributes:)``).
    static func isTrackedDeletion(_ node: HTMLNode) -> Bool {
        node.name == "del" && (node.attribute("datetime") != nil || node.attribute("cite") != nil)
    }

    /// Whether an element strikes its text through: `<s>`, `<strike>`, `<del>`, or an inline style
    /// `text-decoration: line-through` (a line through an element runs through all its text, whatever the text's
    /// own style says).
    static func strikesThrough(_ name: String, attributes: [String: String]) -> Bool {
        if name == "s" || name == "strike" || name == "del" { return true }
        guard let style = attributes["style"] else { return false }
        return ContentFinder.has("line-through", in: style.lowercased())
    }
}

/// A Word comment (批注) a written file carries for whoever opens it, on its first paragraph: not part of the
/// report (see ``DocxWriter/write(_:note:)``).
public struct DocxNote: Sendable, Hashable {
    /// Who the comment is from, as Word shows it beside the comment.
    public var author: String
    /// What it says; a line break starts a new paragraph of the comment.
    public var text: String

    /// Creates a note.
    public init(author: String, text: String) {
        self.author = author
        self.text = text
    }
}

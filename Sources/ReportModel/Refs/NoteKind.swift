/// What a note is: a comment (批注) on a unit, an answer to one, its resolution, or a decision on a check finding.
/// Part of the workflow's vocabulary that the store and the wire share, like ``Mark``.
public enum NoteKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A comment on a unit (a section, a paragraph, a table cell) of a revision.
    case comment
    /// An answer to a comment.
    case reply
    /// A comment marked resolved.
    case resolve
    /// A check finding confirmed or dismissed.
    case decision
}

/// What a section holds: a paragraph of text or a table.
public enum Block: Sendable, Hashable {
    /// A paragraph of text.
    case paragraph(Paragraph)
    /// A table, recognised from a template or kept as a grid.
    case table(Table)

    /// The paragraph, when this block is one.
    public var paragraph: Paragraph? {
        if case .paragraph(let paragraph) = self { return paragraph }
        return nil
    }

    /// The table, when this block is one.
    public var table: Table? {
        if case .table(let table) = self { return table }
        return nil
    }
}

/// A paragraph: text exactly as written, its lines joined.
public struct Paragraph: Sendable, Hashable {
    /// The text as written. A paragraph broken across lines in the source is one text.
    public var text: String

    /// Creates a paragraph.
    public init(_ text: String) {
        self.text = text
    }
}

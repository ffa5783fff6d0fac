// The pieces a report is stored as. Each node refers to its children by id, so a change deep in a report
// makes new nodes only along the path from the root to the change.

/// A reference from a node to a block: a paragraph or a table.
public struct BlockReference: Sendable, Hashable {
    /// `.paragraph` or `.table`.
    public let kind: ObjectKind
    /// The block's id.
    public let id: ObjectID

    /// Creates a reference to a block.
    public init(kind: ObjectKind, id: ObjectID) {
        self.kind = kind
        self.id = id
    }
}

/// The root of a report.
public struct ReportNode: Sendable, Hashable {
    /// The title found in the text.
    public var title: String?
    /// The agency name found in the text.
    public var agency: String?
    /// The year found in the text.
    public var year: Int?
    /// The preamble's blocks.
    public var blocks: [BlockReference]
    /// The top-level sections.
    public var sections: [ObjectID]

    /// Creates a report root.
    public init(title: String?, agency: String?, year: Int?, blocks: [BlockReference], sections: [ObjectID]) {
        self.title = title
        self.agency = agency
        self.year = year
        self.blocks = blocks
        self.sections = sections
    }
}

/// A section.
public struct SectionNode: Sendable, Hashable {
    /// The heading as typed.
    public var heading: String
    /// The blocks before the first subsection.
    public var blocks: [BlockReference]
    /// The subsections.
    public var sections: [ObjectID]

    /// Creates a section node.
    public init(heading: String, blocks: [BlockReference], sections: [ObjectID]) {
        self.heading = heading
        self.blocks = blocks
        self.sections = sections
    }
}

/// A table: a template id, or the columns of a grid, and its rows.
public struct TableNode: Sendable, Hashable {
    /// The template id, or `nil` for a grid.
    public var template: String?
    /// The columns of a grid that matches no template; empty for template tables, whose columns are the template's.
    public var columns: [TableColumn]
    /// The rows.
    public var rows: [ObjectID]

    /// Creates a table node.
    public init(template: String?, columns: [TableColumn], rows: [ObjectID]) {
        self.template = template
        self.columns = columns
        self.rows = rows
    }
}

/// A table row: its key, its label path for grids, and its cells.
public struct RowNode: Sendable, Hashable {
    /// The row key.
    public var key: String
    /// The label path of a grid row; `nil` for template rows, whose path is the template's.
    public var path: [String]?
    /// The cells in column order.
    public var cells: [Cell]

    /// Creates a row node.
    public init(key: String, path: [String]?, cells: [Cell]) {
        self.key = key
        self.path = path
        self.cells = cells
    }
}

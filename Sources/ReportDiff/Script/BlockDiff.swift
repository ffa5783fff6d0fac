/// How one block of a section changed: a paragraph or a table.
public enum BlockDiff: Sendable, Hashable {
    /// A paragraph's diff.
    case paragraph(ParagraphDiff)
    /// A table's diff.
    case table(TableDiff)

    /// What happened to the block.
    public var status: ChangeStatus {
        switch self {
        case .paragraph(let paragraph): paragraph.status
        case .table(let table): table.status
        }
    }

    /// The paragraph diff, when the block is a paragraph.
    public var paragraph: ParagraphDiff? {
        if case .paragraph(let paragraph) = self { return paragraph }
        return nil
    }

    /// The table diff, when the block is a table.
    public var table: TableDiff? {
        if case .table(let table) = self { return table }
        return nil
    }
}

/// How one paragraph changed.
///
/// A paragraph broken in two on one side (`P` ↔ `P₁`, `P₂` with `P₁P₂ = P`) is one diff with two block indices.
public struct ParagraphDiff: Sendable, Hashable {
    /// What happened: added, removed, modified, moved or unchanged. A paragraph that moved and changed is
    /// `modified` with ``isMoved`` set.
    public var status: ChangeStatus
    /// Whether the paragraph is at another place among the section's paragraphs, or in another section.
    public var isMoved: Bool
    /// The paragraph's unit id (in the newer report, or in the older one when it was removed).
    public var unit: UnitID
    /// The indices of the paragraph among the older section's blocks (empty when added).
    public var oldBlocks: [Int]
    /// The indices of the paragraph among the newer section's blocks (empty when removed).
    public var newBlocks: [Int]
    /// The older text, or `nil` when added.
    public var oldText: String?
    /// The newer text, or `nil` when removed.
    public var newText: String?
    /// The character-level diff of a modified paragraph; empty otherwise.
    public var segments: [TextSegment]
    /// For a paragraph moved from another section: its unit id in the older report (the diff lists it under the
    /// section the newer report has it in); `nil` otherwise.
    public var oldUnit: UnitID?
    /// Where the older paragraph was, when it was in another section than the one this diff is listed under.
    var oldContainer: BlockContainer?

    /// Creates a paragraph diff.
    public init(
        status: ChangeStatus, isMoved: Bool = false, unit: UnitID, oldBlocks: [Int], newBlocks: [Int],
        oldText: String?, newText: String?, segments: [TextSegment] = []
    ) {
        self.status = status
        self.isMoved = isMoved
        self.unit = unit
        self.oldBlocks = oldBlocks
        self.newBlocks = newBlocks
        self.oldText = oldText
        self.newText = newText
        self.segments = segments
    }
}

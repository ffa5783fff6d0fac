public import ReportModel

/// Where a unit sits in one report's reading order, for a page that shows something beside it (a comment after its
/// paragraph): the section (or the preamble), the block in it, and for a cell its row.
public struct UnitPosition: Sendable, Hashable {
    /// The section's indices from the top level down (0-based); `nil` for the preamble.
    public var section: [Int]?
    /// The paragraph or table, by its index among the section's blocks; `nil` for the section itself or its heading.
    public var block: Int?
    /// A cell's row key.
    public var row: String?

    /// Creates a position.
    public init(section: [Int]?, block: Int? = nil, row: String? = nil) {
        self.section = section
        self.block = block
        self.row = row
    }
}

extension UnitID {
    /// Where this unit is in a report, or `nil` when the report has no such unit or it is a field of the report
    /// (its title, agency or year).
    ///
    /// - Complexity: O(n) for a report of n sections and blocks (its ``UnitIndex``): for many units of one report,
    ///   ``UnitIndex/position(of:)``.
    public func position(in report: Report) -> UnitPosition? {
        UnitIndex(report).position(of: self)
    }
}

extension UnitPosition {
    /// The position of a location; `nil` for a field of the report.
    init?(_ location: UnitLocation) {
        switch location {
        case .field: return nil
        case .container(let container): self.init(section: container.sectionPath)
        case .heading(let path): self.init(section: path)
        case .block(let container, let index): self.init(section: container.sectionPath, block: index)
        case .cell(let container, let index, let row, _):
            self.init(section: container.sectionPath, block: index, row: row)
        }
    }
}

public import Foundation
public import ReportModel

/// How one table changed, cell by cell on the cells' semantic keys.
///
/// Two tables of the same template are compared on every cell. When the template changed (`table2-2019` →
/// `table2-2021`), the cells both templates share (same row key and column key) are compared and the others are
/// listed in ``onlyOld`` and ``onlyNew``.
public struct TableDiff: Sendable, Hashable {
    /// What happened: added, removed, modified or unchanged.
    public var status: ChangeStatus
    /// The table's name in its section: `table2`, `table3`, `table4` (`table3#2` for a second table 3 of the section),
    /// or `grid1` … for other tables (``TableUnitName``).
    public var name: String
    /// The table's unit id (in the newer report, or in the older one when it was removed).
    public var unit: UnitID
    /// The older table's template id, `nil` for a grid or when added.
    public var oldTemplate: String?
    /// The newer table's template id, `nil` for a grid or when removed.
    public var newTemplate: String?
    /// The cells that changed, among those both tables have, in the newer table's order.
    public var cells: [CellChange]
    /// The cells only the older table has (another template, or rows and columns a grid lost).
    public var onlyOld: [CellEntry]
    /// The cells only the newer table has.
    public var onlyNew: [CellEntry]
    /// The older table itself, for renderers that show it whole.
    public var old: Table?
    /// The newer table itself.
    public var new: Table?
    /// The index of the table among the older section's blocks.
    public var oldBlock: Int?
    /// The index of the table among the newer section's blocks.
    public var newBlock: Int?
    /// Where the older table was, when it was in another section than the one this diff is listed under.
    var oldContainer: BlockContainer?

    /// Creates a table diff.
    public init(
        status: ChangeStatus, name: String, unit: UnitID, oldTemplate: String?, newTemplate: String?,
        cells: [CellChange], onlyOld: [CellEntry], onlyNew: [CellEntry], old: Table?, new: Table?,
        oldBlock: Int?, newBlock: Int?
    ) {
        self.status = status
        self.name = name
        self.unit = unit
        self.oldTemplate = oldTemplate
        self.newTemplate = newTemplate
        self.cells = cells
        self.onlyOld = onlyOld
        self.onlyNew = onlyNew
        self.old = old
        self.new = new
        self.oldBlock = oldBlock
        self.newBlock = newBlock
    }

    /// Whether the two tables follow different templates.
    public var templateChanged: Bool { old != nil && new != nil && oldTemplate != newTemplate }
}

/// One cell that differs between the two tables.
public struct CellChange: Sendable, Hashable {
    /// The cell's unit id.
    public var unit: UnitID
    /// The row key (`withheld.state-secret`).
    public var rowKey: String
    /// The column key (`business`).
    public var columnKey: String
    /// The row's label path (`["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"]`).
    public var row: [String]
    /// The column's label path (`["法人或其他组织", "商业企业"]`).
    public var column: [String]
    /// The older text, `nil` when the cell could not be read.
    public var old: String?
    /// The newer text, `nil` when the cell could not be read.
    public var new: String?

    /// Creates a cell change.
    public init(
        unit: UnitID, rowKey: String, columnKey: String, row: [String], column: [String], old: String?, new: String?
    ) {
        self.unit = unit
        self.rowKey = rowKey
        self.columnKey = columnKey
        self.row = row
        self.column = column
        self.old = old
        self.new = new
    }

    /// The older number, when the older text is one.
    public var oldValue: Decimal? { old.flatMap(CellText.number) }
    /// The newer number, when the newer text is one.
    public var newValue: Decimal? { new.flatMap(CellText.number) }
    /// The newer number minus the older one, when both are numbers.
    public var delta: Decimal? {
        guard let oldValue, let newValue else { return nil }
        return newValue - oldValue
    }
}

/// A cell that only one of the two tables has.
public struct CellEntry: Sendable, Hashable, Codable {
    /// The row key.
    public var rowKey: String
    /// The column key.
    public var columnKey: String
    /// The row's label path.
    public var row: [String]
    /// The column's label path.
    public var column: [String]
    /// The text, `nil` when the cell could not be read.
    @NullEncodable public var text: String?

    /// Creates a cell entry.
    public init(rowKey: String, columnKey: String, row: [String], column: [String], text: String?) {
        self.rowKey = rowKey
        self.columnKey = columnKey
        self.row = row
        self.column = column
        self.text = text
    }
}

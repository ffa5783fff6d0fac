/// A table of a report: a template table (2, 3 or 4 of the national format) or a grid kept as typed.
///
/// A template table always has the template's shape: every data row of the template, every column of each row.
/// A cell the text did not provide is *missing* (``Cell/text`` is `nil`), never 0. A grid that matches no template
/// keeps its header labels as column keys and its first cell as row key.
public struct Table: Sendable, Hashable {
    /// The template's id (`table3-2021`), or `nil` for a grid that matches no template.
    public var template: String?
    /// The columns, in order, with their label paths.
    public var columns: [TableColumn]
    /// The data rows, in order.
    public var rows: [TableRow]

    /// Creates a table.
    public init(template: String?, columns: [TableColumn], rows: [TableRow]) {
        self.template = template
        self.columns = columns
        self.rows = rows
    }

    /// Creates a template table with every cell missing: the shape of the template, nothing read yet.
    public init(template: TableTemplate) {
        self.template = template.id
        self.columns = template.columns.map { TableColumn(key: $0.key, path: $0.path) }
        self.rows = template.dataRows.map { row in
            TableRow(
                key: row.key, path: row.path, cells: template.columns(of: row).map { Cell(column: $0.key, text: nil) })
        }
    }

    /// The template this table follows, looked up in the standard catalog.
    public var templateDefinition: TableTemplate? {
        template.flatMap { TemplateCatalog.standard.table(id: $0) }
    }

    /// The cell at a row key and a column key, if the table has that position.
    public func cell(row: String, column: String) -> Cell? {
        rows.first { $0.key == row }?.cells.first { $0.column == column }
    }

    /// Sets the text of the cell at a row key and a column key; returns `false` when the table has no such cell.
    @discardableResult
    public mutating func setText(_ text: String?, row: String, column: String) -> Bool {
        guard let rowIndex = rows.firstIndex(where: { $0.key == row }),
            let cellIndex = rows[rowIndex].cells.firstIndex(where: { $0.column == column })
        else { return false }
        rows[rowIndex].cells[cellIndex].text = text
        return true
    }

    /// Sets the text of the cell at a position of the row at an index; returns `false` when there is no such cell.
    /// For a reader that fills a template table's row in the order of its template's columns
    /// (``TableTemplate/columns(of:)``), which is the order of the row's cells in ``init(template:)``: no column key
    /// is compared.
    @discardableResult
    public mutating func setText(_ text: String?, rowAt rowIndex: Int, cellAt cellIndex: Int) -> Bool {
        guard rows.indices.contains(rowIndex), rows[rowIndex].cells.indices.contains(cellIndex) else { return false }
        rows[rowIndex].cells[cellIndex].text = text
        return true
    }

    /// The label path of a column key.
    public func columnPath(_ key: String) -> [String] {
        columns.first { $0.key == key }?.path ?? [key]
    }

    /// Every cell with its row, in order.
    public var cells: [(row: TableRow, cell: Cell)] {
        rows.flatMap { row in row.cells.map { (row, $0) } }
    }

    /// The number of cells that could not be read.
    public var missingCount: Int {
        rows.reduce(0) { $0 + $1.cells.filter(\.isMissing).count }
    }
}

/// A column of a table: a stable key and the labels above it, outermost first.
public struct TableColumn: Sendable, Hashable, Codable {
    /// The column's key (`business`), unique in its table.
    public var key: String
    /// The labels from the outermost header down (`["法人或其他组织", "商业企业"]`).
    public var path: [String]

    /// Creates a column.
    public init(key: String, path: [String]) {
        self.key = key
        self.path = path
    }
}

/// A data row of a table: a stable key, its label path and its cells.
public struct TableRow: Sendable, Hashable {
    /// The row's key (`withheld.state-secret`), unique in its table.
    public var key: String
    /// The labels from the outermost group down (`["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"]`).
    public var path: [String]
    /// The row's cells, in column order.
    public var cells: [Cell]

    /// Creates a row.
    public init(key: String, path: [String], cells: [Cell]) {
        self.key = key
        self.path = path
        self.cells = cells
    }

    /// The cell of a column key.
    public func cell(_ column: String) -> Cell? {
        cells.first { $0.column == column }
    }
}

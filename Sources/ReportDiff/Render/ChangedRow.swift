import ReportModel

/// The changed cells of one table row, as the renderers show them: one line per row with the columns that changed
/// and the row's 总计.
struct ChangedRow {
    /// The row's 总计 cell: its change, or its text when it did not change.
    enum Total {
        /// The total changed.
        case changed(CellChange)
        /// The total stayed; its text in the newer table.
        case unchanged(String?)
    }

    /// The row's label, shortened to what tells it apart in its table (`本年新收`).
    var label: String
    /// The changed columns other than 总计, in column order, each with its shortened label (`自然人`).
    var cells: [(label: String, change: CellChange)]
    /// The row's 总计, when the table has that column.
    var total: Total?

    /// The column key of a row's total in the national format's tables.
    static let totalColumn = "total"

    /// The changed rows of a table, in the newer table's row order.
    static func rows(of table: TableDiff) -> [ChangedRow] {
        let shape = table.new ?? table.old
        let labels = TableLabels(shape)
        var rows: [ChangedRow] = []
        var index: [String: Int] = [:]
        for change in table.cells {
            let position: Int
            if let known = index[change.rowKey] {
                position = known
            } else {
                position = rows.count
                index[change.rowKey] = position
                let totalText = shape?.cell(row: change.rowKey, column: totalColumn).map { Total.unchanged($0.text) }
                rows.append(
                    ChangedRow(label: labels.row(change.rowKey), cells: [], total: totalText))
            }
            if change.columnKey == totalColumn {
                rows[position].total = .changed(change)
            } else {
                rows[position].cells.append((labels.column(change.columnKey), change))
            }
        }
        return rows
    }
}

import ReportModel

/// Compares two tables cell by cell on their semantic keys (row key × column key), whatever layout each was typed
/// in and whatever order their rows are in.
enum TableComparer {
    /// Compares two tables, either of which may be absent (an added or removed table).
    ///
    /// - Parameters:
    ///   - old: The older table.
    ///   - new: The newer table.
    ///   - name: The table's name in its section (`table3`).
    ///   - unit: The table's unit id.
    /// - Complexity: O(c) for c cells.
    static func compare(
        old: Table?, new: Table?, name: String, unit: UnitID, oldBlock: Int?, newBlock: Int?
    ) -> TableDiff {
        var changes: [CellChange] = []
        var onlyOld: [CellEntry] = []
        var onlyNew: [CellEntry] = []
        if let old, let new, sameShape(old, new) {
            // The usual case: the same template read in the same order; compare cell by cell in place.
            for (oldRow, newRow) in zip(old.rows, new.rows) {
                for (oldCell, newCell) in zip(oldRow.cells, newRow.cells) where !same(oldCell.text, newCell.text) {
                    changes.append(
                        CellChange(
                            unit: unit.appending(.cell(row: newRow.key, column: newCell.column)), rowKey: newRow.key,
                            columnKey: newCell.column, row: newRow.path, column: new.columnPath(newCell.column),
                            old: oldCell.text, new: newCell.text))
                }
            }
        } else if let old, let new {
            var oldCells: [CellKey: (row: TableRow, cell: Cell)] = [:]
            oldCells.reserveCapacity(old.rows.count * max(1, old.columns.count))
            for row in old.rows {
                for cell in row.cells { oldCells[CellKey(row: row.key, column: cell.column)] = (row, cell) }
            }
            for row in new.rows {
                for cell in row.cells {
                    let key = CellKey(row: row.key, column: cell.column)
                    guard let previous = oldCells.removeValue(forKey: key) else {
                        onlyNew.append(entry(row, cell, in: new))
                        continue
                    }
                    guard !same(previous.cell.text, cell.text) else { continue }
                    changes.append(
                        CellChange(
                            unit: unit.appending(.cell(row: row.key, column: cell.column)), rowKey: row.key,
                            columnKey: cell.column, row: row.path, column: new.columnPath(cell.column),
                            old: previous.cell.text, new: cell.text))
                }
            }
            for row in old.rows {
                for cell in row.cells where oldCells[CellKey(row: row.key, column: cell.column)] != nil {
                    onlyOld.append(entry(row, cell, in: old))
                }
            }
        }
        let status: ChangeStatus
        switch (old, new) {
        case (nil, _): status = .added
        case (_, nil): status = .removed
        default:
            let same = changes.isEmpty && onlyOld.isEmpty && onlyNew.isEmpty && old?.template == new?.template
            status = same ? .unchanged : .modified
        }
        return TableDiff(
            status: status, name: name, unit: unit, oldTemplate: old?.template, newTemplate: new?.template,
            cells: changes, onlyOld: onlyOld, onlyNew: onlyNew, old: old, new: new, oldBlock: oldBlock,
            newBlock: newBlock)
    }

    /// Whether two tables have the same rows and columns in the same order.
    private static func sameShape(_ old: Table, _ new: Table) -> Bool {
        guard old.rows.count == new.rows.count else { return false }
        for (oldRow, newRow) in zip(old.rows, new.rows) {
            guard oldRow.key == newRow.key, oldRow.cells.count == newRow.cells.count else { return false }
            for (oldCell, newCell) in zip(oldRow.cells, newRow.cells) where oldCell.column != newCell.column {
                return false
            }
        }
        return true
    }

    /// Whether two cell texts are the same content: equal numbers (`0` and `　0`), two marks for "nothing here"
    /// (`—` and an empty cell), or equal text up to whitespace and width. A missing cell equals only a missing one.
    ///
    /// - Complexity: O(n) in the texts' length.
    static func same(_ old: String?, _ new: String?) -> Bool {
        switch (old, new) {
        case (nil, nil): return true
        case (nil, _), (_, nil): return false
        case (let old?, let new?):
            if old.hasSameBytes(as: new) { return true }
            if TextKey.make(old) == TextKey.make(new) { return true }
            if let oldValue = CellText.number(old), let newValue = CellText.number(new) { return oldValue == newValue }
            return CellText.isPlaceholder(old) && CellText.isPlaceholder(new)
        }
    }

    private static func entry(_ row: TableRow, _ cell: Cell, in table: Table) -> CellEntry {
        CellEntry(
            rowKey: row.key, columnKey: cell.column, row: row.path, column: table.columnPath(cell.column),
            text: cell.text)
    }
}

/// A cell's position by its keys.
struct CellKey: Hashable, Sendable {
    var row: String
    var column: String
}

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
            let pairs = pairedRows(old, new)
            var consumed = Set<CellKey>()
            for (index, row) in new.rows.enumerated() {
                guard let previous = pairs[index].map({ old.rows[$0] }) else {
                    onlyNew += row.cells.map { entry(row, $0, in: new) }
                    continue
                }
                for cell in row.cells {
                    guard let before = previous.cells.first(where: { $0.column == cell.column }) else {
                        onlyNew.append(entry(row, cell, in: new))
                        continue
                    }
                    consumed.insert(CellKey(row: previous.key, column: cell.column))
                    guard !same(before.text, cell.text) else { continue }
                    changes.append(
                        CellChange(
                            unit: unit.appending(.cell(row: row.key, column: cell.column)), rowKey: row.key,
                            columnKey: cell.column, row: row.path, column: new.columnPath(cell.column),
                            old: before.text, new: cell.text))
                }
            }
            for row in old.rows {
                for cell in row.cells where !consumed.contains(CellKey(row: row.key, column: cell.column)) {
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

    /// For each of the newer table's rows, the older table's row it is compared with (`nil`: a row only the newer
    /// table has). A template's rows by their keys. An office's own table by the labels in its leading columns
    /// (`政府网站 › 小计`), the k-th row of some labels with the k-th of the same labels: its keys are only the first
    /// label and its occurrence (`政府网站#2`), so one row added above another made the two compared, a fall of 8
    /// where 10 became 12 beside a new row of 2 (wn99 F11). A row whose labels only one table has is added or
    /// removed, never compared with a neighbour.
    static func pairedRows(_ old: Table, _ new: Table) -> [Int?] {
        let width = old.template == nil && new.template == nil ? labelWidth(old, new) : 0
        func signature(_ row: TableRow) -> String {
            guard width > 0 else { return row.key }
            return row.cells.prefix(width).map { TextKey.make($0.text ?? "") }.joined(separator: "\u{1F}")
        }
        var waiting: [String: [Int]] = [:]
        for (index, row) in old.rows.enumerated() { waiting[signature(row), default: []].append(index) }
        var next: [String: Int] = [:]
        return new.rows.map { row in
            let key = signature(row)
            let position = next[key, default: 0]
            guard let rows = waiting[key], position < rows.count else { return nil }
            next[key] = position + 1
            return rows[position]
        }
    }

    /// How many leading columns of two tables hold labels: no cell of theirs in either table is a number. 0 when
    /// the first column holds numbers, or every column is labels (nothing then tells a row's labels from its data).
    private static func labelWidth(_ old: Table, _ new: Table) -> Int {
        let columns = min(old.columns.count, new.columns.count)
        var width = 0
        while width < columns {
            let holdsNumber = [old, new].contains { table in
                table.rows.contains { row in
                    row.cells.indices.contains(width) && row.cells[width].text.flatMap(CellText.number) != nil
                }
            }
            if holdsNumber { break }
            width += 1
        }
        return width == columns ? 0 : width
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

import DocumentLayout
import ReportModel

/// What the cells of a grid table say: which are labels and which are values, and the labels around a cell —
/// the row labels to its left (outermost first) and the header labels above it (innermost first), followed
/// through merged cells.
struct GridLabels {
    let grid: GridTable

    /// Whether a cell holds a value (a number, a placeholder such as `—`, nothing, or the missing mark) rather
    /// than a label. The cell-value rule itself is ``CellText``'s.
    static func isValue(_ text: String) -> Bool {
        let trimmed = text.trimmingLayoutSpace()
        return trimmed == missingMark || CellText.isNumber(trimmed) || CellText.isPlaceholder(trimmed)
    }

    /// The text canonical exports write for a cell that could not be read.
    static let missingMark = "[缺失]"

    /// A row of the grid read as a data row: the label cells on its left (outermost first) and the cells after
    /// the last of them. The labels end at the last label cell before the row's first number (a blank cell among
    /// the labels, as edited tables have, does not end them). `nil` when no cell follows the labels (a header or
    /// caption row) or the row has neither a label nor a filled cell (spacing).
    func dataRow(_ row: Int) -> (labels: [GridCell], values: [GridCell])? {
        let cells = grid.cells(coveringRow: row)
        let firstNumber = cells.firstIndex { CellText.isNumber($0.text.trimmingLayoutSpace()) } ?? cells.count
        let labelEnd = cells[..<firstNumber].lastIndex { !Self.isValue($0.text) }
        let labels = labelEnd.map { cells[...$0].filter { !Self.isValue($0.text) } } ?? []
        let values = Array(cells[(labelEnd.map { $0 + 1 } ?? 0)...])
        guard !values.isEmpty else { return nil }
        guard !labels.isEmpty || values.contains(where: { !$0.text.trimmingLayoutSpace().isEmpty }) else { return nil }
        return (labels, values)
    }

    /// The header labels above a cell, innermost first: the nearest label cell above that overlaps it, then the
    /// nearest label above that one, and so on (at most `limit`). Value cells above (earlier data rows) are
    /// passed over; where several labels overlap, the one sharing the most columns (or x extent) is taken.
    func headerPath(above cell: GridCell, limit: Int = 4) -> [GridCell] {
        var path: [GridCell] = []
        var target = cell
        var row = cell.row - 1
        while row >= 0, path.count < limit {
            let candidates = grid.cells(coveringRow: row).filter { other in
                !Self.isValue(other.text) && overlap(other, target) > 0
            }
            if let best = candidates.max(by: { overlap($0, target) < overlap($1, target) }) {
                if !path.contains(best) { path.append(best) }
                target = best
                row = best.row - 1
            } else {
                row -= 1
            }
        }
        return path
    }

    /// How much two cells share horizontally: x extent when the grid has geometry, else grid columns.
    func overlap(_ a: GridCell, _ b: GridCell) -> Double {
        if let first = grid.horizontalExtent(of: a), let second = grid.horizontalExtent(of: b) {
            return max(0, min(first.upperBound, second.upperBound) - max(first.lowerBound, second.lowerBound))
        }
        return Double(max(0, min(a.column + a.columnSpan, b.column + b.columnSpan) - max(a.column, b.column)))
    }
}

/// How well a label typed in a cell matches a template label, by loose key (letters and digits only).
struct LabelMatch {
    let full: [UInt32]
    let core: [UInt32]

    /// The keys of a cell's text: with its number (`1属于国家秘密`) and without (`属于国家秘密`).
    init(_ text: String) {
        full = LooseKey.scalars(text)
        core = LooseKey.scalars(LabelKey(text).withoutNumber.text)
    }

    /// 3: the same label; 2: the same without the number, at least 2 characters; 1: the cell's label starts with
    /// the template's (at least 4 characters, a long label cut or followed by a note); 0: no match.
    func score(_ label: LabelMatch) -> Int {
        guard !full.isEmpty, !label.full.isEmpty else { return 0 }
        if full == label.full { return 3 }
        if label.core.count >= 2, core == label.core { return 2 }
        if label.full.count >= 4, full.starts(with: label.full) { return 1 }
        if label.core.count >= 4, core.starts(with: label.core) { return 1 }
        return 0
    }
}

import DocumentLayout
import ReportModel

/// What the cells of a grid table say: which are labels and which are values, and the labels around a cell —
/// the row labels to its left (outermost first) and the header labels above it (innermost first), followed
/// through merged cells. What each cell is, and which cells cover each row, is worked out once, when made: a
/// table 3 asks for the labels above some 200 value cells, each through up to twenty rows.
struct GridLabels {
    let grid: GridTable
    /// For each grid row, the positions in `grid.cells` of the cells covering it, left to right.
    private let rowCells: [[Int]]
    /// For each cell (by its position in `grid.cells`): whether it holds a value (a number, a placeholder such as
    /// `—`, nothing, or the missing mark) rather than a label. The cell-value rule itself is ``CellText``'s.
    private let valueCells: [Bool]
    /// For each cell: whether its text, trimmed, is a number.
    private let numberCells: [Bool]

    init(grid: GridTable) {
        self.grid = grid
        rowCells = (0..<grid.rowCount).map { grid.cellIndices(coveringRow: $0) }
        var values: [Bool] = []
        var numbers: [Bool] = []
        values.reserveCapacity(grid.cells.count)
        numbers.reserveCapacity(grid.cells.count)
        for cell in grid.cells {
            let trimmed = cell.text.trimmingLayoutSpace()
            let number = CellText.isNumber(trimmed)
            numbers.append(number)
            values.append(number || CellText.isMissingMark(trimmed) || CellText.isPlaceholder(trimmed))
        }
        valueCells = values
        numberCells = numbers
    }

    /// A row of the grid read as a data row: the label cells on its left (outermost first) and the cells after
    /// the last of them, each as its position in `grid.cells`. The labels end at the last label cell before the
    /// row's first number (a blank cell among the labels, as edited tables have, does not end them). `nil` when no
    /// cell follows the labels (a header or caption row) or the row has neither a label nor a filled cell
    /// (spacing).
    func dataRow(_ row: Int) -> (labels: [Int], values: [Int])? {
        guard row >= 0, row < rowCells.count else { return nil }
        let cells = rowCells[row]
        let firstNumber = cells.firstIndex { numberCells[$0] } ?? cells.count
        let labelEnd = cells[..<firstNumber].lastIndex { !valueCells[$0] }
        let labels = labelEnd.map { cells[...$0].filter { !valueCells[$0] } } ?? []
        let values = Array(cells[(labelEnd.map { $0 + 1 } ?? 0)...])
        guard !values.isEmpty else { return nil }
        guard !labels.isEmpty || values.contains(where: { !grid.cells[$0].text.trimmingLayoutSpace().isEmpty })
        else { return nil }
        return (labels, values)
    }

    /// The header labels above a cell (by its position in `grid.cells`), innermost first: the nearest label cell
    /// above that overlaps it, then the nearest label above that one, and so on (at most `limit`). Value cells
    /// above (earlier data rows) are passed over; where several labels overlap, the one sharing the most columns
    /// (or x extent) is taken.
    func headerPath(above index: Int, limit: Int = 4) -> [Int] {
        var path: [Int] = []
        var target = grid.cells[index]
        var row = target.row - 1
        while row >= 0, path.count < limit {
            var best: (index: Int, overlap: Double)?
            for other in rowCells[row] where !valueCells[other] {
                let shared = overlap(grid.cells[other], target)
                // Of equal overlaps the leftmost wins.
                if shared > 0, best.map({ shared > $0.overlap }) ?? true { best = (other, shared) }
            }
            if let best {
                if !path.contains(best.index) { path.append(best.index) }
                target = grid.cells[best.index]
                row = target.row - 1
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

    /// The best ``score(_:)`` against any of `labels` (0 for none).
    func bestScore(among labels: [LabelMatch]) -> Int {
        var best = 0
        for label in labels where best < 3 { best = max(best, score(label)) }
        return best
    }
}

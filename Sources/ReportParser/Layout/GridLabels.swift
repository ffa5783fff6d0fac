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
    /// For each grid row, the positions of its cells that hold no value (the labels), left to right: the rows a
    /// search for labels above a cell walks (a grid of numbers alone has none, and a walk up its rows costs nothing).
    private let labelCells: [[Int]]
    /// For each grid row, the nearest row at or above it that has a label cell, if any.
    private let labelRowAtOrAbove: [Int?]
    /// For each cell: whether its text, trimmed, is a number (``holdsNumber(_:)``).
    private let numberCells: [Bool]
    /// For each cell: whether its text is several numbers (``holdsSeveralNumbers(_:)``).
    private let severalNumberCells: [Bool]
    /// For each cell: whether its text has no word in it (no letter, no Chinese character: `1 4`, `—`): it names
    /// nothing, so it heads no column.
    private let wordlessCells: [Bool]
    /// For each cell: the grid columns it stands over as a header (``headedColumns(grid:rowCells:isLabel:)``).
    private let headedColumns: [Range<Int>]

    init(grid: GridTable) {
        self.grid = grid
        rowCells = (0..<grid.rowCount).map { grid.cellIndices(coveringRow: $0) }
        var values: [Bool] = []
        var numbers: [Bool] = []
        var several: [Bool] = []
        values.reserveCapacity(grid.cells.count)
        numbers.reserveCapacity(grid.cells.count)
        for cell in grid.cells {
            let trimmed = cell.text.trimmingLayoutSpace()
            let number = Self.holdsNumber(trimmed)
            numbers.append(number)
            several.append(Self.holdsSeveralNumbers(trimmed))
            values.append(
                number || CellText.isMissingMark(trimmed) || CellText.isPlaceholder(trimmed)
                    || several[several.count - 1])
        }
        valueCells = values
        let labels = rowCells.map { cells in cells.filter { !values[$0] } }
        labelCells = labels
        var nearest: Int?
        labelRowAtOrAbove = labels.indices.map { row in
            if !labels[row].isEmpty { nearest = row }
            return nearest
        }
        numberCells = numbers
        severalNumberCells = several
        let wordless = grid.cells.map { cell in !cell.text.unicodeScalars.contains { $0.properties.isAlphabetic } }
        wordlessCells = wordless
        headedColumns = Self.headedColumns(
            grid: grid, rowCells: rowCells, isLabel: { !values[$0] && !wordless[$0] })
    }

    /// The grid columns each cell stands over as a header: its own, and for a header label of a table typed as a
    /// plain grid (every row a cell for every column, a merged header cell written as its text in its first place
    /// and empty cells after it: `行政诉讼 |  |  | …` over `未经复议直接起诉 |  | … | 复议后起诉 | …`) also the empty
    /// cells right after it in its row, each one grid column wide as the label is, that stand over headers: over a
    /// label, or over such an empty cell of the row below. An empty cell over a number or over an empty cell that
    /// continues nothing (the place under `自然人` merged down, written empty) continues no label. Rows are taken
    /// from the bottom up, so that a row's empty cells are known before the row above asks about them.
    private static func headedColumns(
        grid: GridTable, rowCells: [[Int]], isLabel: (Int) -> Bool
    ) -> [Range<Int>] {
        var columns = grid.cells.map(\.columns)
        var continuing: Set<Int> = []
        for row in (0..<grid.rowCount).reversed() {
            var owner: Int?
            for index in rowCells[row] {
                let cell = grid.cells[index]
                guard cell.row == row else {
                    owner = nil
                    continue
                }
                // A plain grid's cells are one column wide each; a wider empty cell is a merged cell of its own.
                guard cell.columnSpan == 1 else {
                    owner = nil
                    continue
                }
                guard cell.text.trimmingLayoutSpace().isEmpty else {
                    owner = isLabel(index) ? index : nil
                    continue
                }
                let below = row + cell.rowSpan < grid.rowCount ? rowCells[row + cell.rowSpan] : []
                let headsBelow = cell.columns.allSatisfy { column in
                    guard let position = below.first(where: { grid.cells[$0].columns.contains(column) }) else {
                        return false
                    }
                    return isLabel(position) || continuing.contains(position)
                }
                guard let label = owner, cell.rowSpan == 1, headsBelow else {
                    owner = nil
                    continue
                }
                columns[label] = columns[label].lowerBound..<cell.columns.upperBound
                continuing.insert(index)
            }
        }
        return columns
    }

    /// Whether a cell's text (trimmed) states a number: plain (`12`), or with a counting unit (`12件`, `2.5万元`), as
    /// clerks type them. A cell in Chinese numerals is not taken for one here: `三` may as well be a label.
    static func holdsNumber(_ trimmed: String) -> Bool {
        if CellText.isNumber(trimmed) { return true }
        if case .writtenNumber(_, .unit) = CellText.reading(trimmed) { return true }
        return false
    }

    /// Whether a cell's text is several numbers and nothing else (`69` and `13` on two lines of one cell): a value
    /// the reader cannot tell (it is *missing*), never a label, so that its row keeps its other numbers.
    static func holdsSeveralNumbers(_ trimmed: String) -> Bool {
        let pieces = trimmed.split(whereSeparator: { $0.isWhitespace })
        return pieces.count > 1 && pieces.allSatisfy { CellText.isNumber(String($0)) }
    }

    /// Whether a cell holds a number, or several, for more than one place: merged over several rows, or over the
    /// columns of several headers (``spansSeveralHeaders(_:)``). Which of them it counts for is a guess, so it
    /// counts for none: the cells it covers are *missing*, never each the cell's numbers (a PDF's column printed
    /// without the rules between its rows is one cell of `120`, `130`, … over eight rows). A blank or `—` merged
    /// over several places says "nothing" for each.
    func isSharedNumber(_ index: Int) -> Bool {
        (numberCells[index] || severalNumberCells[index])
            && (grid.cells[index].rowSpan > 1 || spansSeveralHeaders(index))
    }

    /// The numbers merged over several places (``isSharedNumber(_:)``) that start in a grid row, as their positions
    /// in `grid.cells`: cells of the row that are read as no column's.
    func sharedNumbers(startingIn row: Int) -> [Int] {
        guard row >= 0, row < rowCells.count else { return [] }
        return rowCells[row].filter { grid.cells[$0].row == row && isSharedNumber($0) }
    }

    /// A row of the grid read as a data row: the label cells on its left (outermost first) and the cells after
    /// the last of them, each as its position in `grid.cells`. The labels end at the last label cell before the
    /// row's first number (a blank cell among the labels, as edited tables have, does not end them), or, in a row
    /// without a number, before its first filled value (`/`, `—`): a note typed after it (`12（注1）`) is then a value
    /// typed as text, not a label, and the row keeps its place. A number
    /// merged over several places (``isSharedNumber(_:)``) is not among the values, but a row of such numbers only,
    /// starting in it or merged down into it, is still a data row (its cells missing, not a row the table lacks). `nil` when no cell follows the labels (a header or caption row) or
    /// the row has neither a label nor a filled cell (spacing).
    func dataRow(_ row: Int) -> (labels: [Int], values: [Int])? {
        guard row >= 0, row < rowCells.count else { return nil }
        let cells = rowCells[row]
        let firstNumber =
            cells.firstIndex { numberCells[$0] }
            ?? cells.firstIndex { valueCells[$0] && !grid.cells[$0].text.trimmingLayoutSpace().isEmpty } ?? cells.count
        let labelEnd = cells[..<firstNumber].lastIndex { !valueCells[$0] }
        let labels = labelEnd.map { cells[...$0].filter { !valueCells[$0] } } ?? []
        let values = cells[(labelEnd.map { $0 + 1 } ?? 0)...].filter { !isSharedNumber($0) }
        guard !values.isEmpty || cells.contains(where: isSharedNumber) else { return nil }
        guard !labels.isEmpty || values.contains(where: { !grid.cells[$0].text.trimmingLayoutSpace().isEmpty })
        else { return nil }
        return (labels, values)
    }

    /// A row of two or more cells that all hold text (no number, no mark for "nothing here", none blank), as the
    /// positions of the cells covering it in `grid.cells`: a header row, or a data row whose cells hold words
    /// (`行政许可 | 不涉及`), which ``GridContext/isWordsRow(_:templates:)`` tells apart. `nil` for any other row.
    func textRow(_ row: Int) -> [Int]? {
        guard row >= 0, row < rowCells.count, rowCells[row].count >= 2 else { return nil }
        return rowCells[row].allSatisfy { !valueCells[$0] } ? rowCells[row] : nil
    }

    /// A row of blank cells only, of two or more cells that all say one phrase for "nothing of this kind happened"
    /// (`不涉及`, ``CellText/isNothingApplies(_:)``), or of two or more cells of `一` typed for a dash
    /// (``CellText/isDashTypedAsYi(_:)``, rv112 F16), none of them merged from a row above, as the positions of its
    /// cells in `grid.cells`: no data row (``dataRow(_:)`` takes a blank one for spacing, ``textRow(_:)`` one of
    /// words for a header row), but what a clerk with nothing to report made of table 4's one row of numbers. `nil`
    /// for any other row.
    func nothingRow(_ row: Int) -> [Int]? {
        guard row >= 0, row < rowCells.count, !rowCells[row].isEmpty else { return nil }
        let cells = rowCells[row]
        guard cells.allSatisfy({ grid.cells[$0].row == row }) else { return nil }
        let texts = cells.map { grid.cells[$0].text.removingLayoutSpace() }
        if texts.allSatisfy(\.isEmpty) { return cells }
        guard cells.count >= 2 else { return nil }
        if Set(texts).count == 1, CellText.isNothingApplies(texts[0]) { return cells }
        return texts.allSatisfy(CellText.isDashTypedAsYi) ? cells : nil
    }

    /// The header labels above a cell (by its position in `grid.cells`), innermost first: the nearest label cell
    /// above that overlaps it, then the nearest label above that one, and so on (at most `limit`). Value cells
    /// above (earlier data rows) are passed over; where several labels overlap, the one sharing the most columns
    /// (or x extent) is taken. The rows in `dataRows` are passed over too: a header is never in a data row, and
    /// a value typed as text there (`100（其中99件）`) is no header of the cell below it; so is a cell with no word.
    func headerPath(above index: Int, limit: Int = 4, dataRows: Set<Int> = []) -> [Int] {
        var path: [Int] = []
        var target = index
        var row = grid.cells[target].row - 1
        while let found = labelRow(atOrAbove: row), path.count < limit {
            row = found
            if dataRows.contains(row) {
                row -= 1
                continue
            }
            var best: (index: Int, overlap: Double)?
            for other in labelCells[row] where !wordlessCells[other] {
                let shared = overlap(other, target)
                // Of equal overlaps the leftmost wins.
                if shared > 0, best.map({ shared > $0.overlap }) ?? true { best = (other, shared) }
            }
            if let best {
                if !path.contains(best.index) { path.append(best.index) }
                target = best.index
                row = grid.cells[target].row - 1
            } else {
                row -= 1
            }
        }
        return path
    }

    /// Whether a cell lies under two or more header labels of the nearest row of labels above it, covering at least
    /// a quarter of each (a hairline overlap of a misdrawn rule does not count).
    func spansSeveralHeaders(_ index: Int) -> Bool {
        var next = labelRow(atOrAbove: grid.cells[index].row - 1)
        while let row = next {
            var overlapping = 0
            var covered = 0
            for other in labelCells[row] {
                let shared = overlap(other, index)
                guard shared > 0 else { continue }
                overlapping += 1
                if shared * 4 >= width(other) { covered += 1 }
            }
            if overlapping > 0 { return covered >= 2 }
            next = labelRow(atOrAbove: row - 1)
        }
        return false
    }

    /// The nearest row at or above `row` that has a label cell; `nil` above the first row or when none has.
    private func labelRow(atOrAbove row: Int) -> Int? {
        row >= 0 && row < labelRowAtOrAbove.count ? labelRowAtOrAbove[row] : nil
    }

    /// A cell's x extent as a header (``headedColumns``) when the grid has geometry: from the column edges, or
    /// else its own box.
    private func geometricExtent(_ index: Int) -> ClosedRange<Double>? {
        let columns = headedColumns[index]
        if let edges = grid.columnEdges { return edges[columns.lowerBound]...edges[columns.upperBound] }
        return grid.horizontalExtent(of: grid.cells[index])
    }

    /// A cell's width as a header: in x when the grid has geometry, else in grid columns.
    private func width(_ index: Int) -> Double {
        guard let extent = geometricExtent(index) else { return Double(headedColumns[index].count) }
        return extent.upperBound - extent.lowerBound
    }

    /// How much two cells (by their positions in `grid.cells`) share horizontally as headers: in x when both have
    /// geometry, else in grid columns (``headedColumns``).
    func overlap(_ a: Int, _ b: Int) -> Double {
        if let first = geometricExtent(a), let second = geometricExtent(b) {
            return max(0, min(first.upperBound, second.upperBound) - max(first.lowerBound, second.lowerBound))
        }
        let first = headedColumns[a]
        let second = headedColumns[b]
        return Double(max(0, min(first.upperBound, second.upperBound) - max(first.lowerBound, second.lowerBound)))
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

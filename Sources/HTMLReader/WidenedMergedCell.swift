import DocumentLayout

/// A cell merged down over rows (`rowspan`) that a web page gives one column too many (or more) for the rows below
/// its first: LibreOffice's export of a Word table with a row a cell short (a clerk deleted one number cell of
/// （一）予以公开) writes 三、本年度办理结果 with the `colspan` of that short row's layout, and every row under it then
/// stands a column further right than the header rows — each number under two headers, so none of 22 rows was read.
///
/// Such a cell is narrowed to the columns the rows below leave it, and their cells move left by as many: when every
/// row it covers below its first reaches the same number of columns past the table's other rows (the rows outside
/// it, its first included), by fewer columns than the cell spans, and no other cell reaches into those rows from
/// above. Its first row keeps its own layout: the short row's numbers stay between two headers each, and are read
/// as not certain (missing), never moved to a column.
enum WidenedMergedCell {
    /// The cells, with each such merged cell narrowed and the rows below it moved back under the table's columns.
    static func narrowed(_ cells: [GridCell], rowCount: Int) -> [GridCell] {
        var cells = cells
        for index in cells.indices {
            guard let excess = excess(of: index, in: cells, rowCount: rowCount) else { continue }
            let merged = cells[index]
            let below = (merged.row + 1)..<min(merged.row + merged.rowSpan, rowCount)
            let right = merged.column + merged.columnSpan
            for other in cells.indices where below.contains(cells[other].row) && cells[other].column >= right {
                cells[other].column -= excess
            }
            cells[index].columnSpan -= excess
        }
        return cells
    }

    /// How many columns too wide the cell at `index` makes the rows below its first (see the type), or `nil`.
    private static func excess(of index: Int, in cells: [GridCell], rowCount: Int) -> Int? {
        let merged = cells[index]
        guard merged.rowSpan > 1, merged.columnSpan > 1 else { return nil }
        let below = (merged.row + 1)..<min(merged.row + merged.rowSpan, rowCount)
        guard !below.isEmpty else { return nil }
        var ends = [Int](repeating: 0, count: rowCount)
        for (position, cell) in cells.enumerated() {
            for row in cell.rows where row < rowCount {
                ends[row] = max(ends[row], cell.column + cell.columnSpan)
                // Another cell merged down into the rows below from above them would not move with them.
                if position != index, below.contains(row), cell.row < below.lowerBound { return nil }
            }
        }
        let width = ends.indices.filter { !below.contains($0) }.map { ends[$0] }.max() ?? 0
        let reached = Set(below.map { ends[$0] })
        guard width > 0, reached.count == 1, let end = reached.first, end > width else { return nil }
        let excess = end - width
        return excess < merged.columnSpan ? excess : nil
    }
}

/// A table as laid out: cells placed on a grid of rows and columns, each spanning one or more of them.
///
/// This is the one shape every reader gives a table in — .docx (`w:gridSpan`, `w:vMerge`), PDF (ruling lines),
/// HTML (`rowspan`, `colspan`) and, later, the plain-text layout detectors — and the one the parser's template
/// mapping reads. The grid is the finest division the source implies: a merged cell covers several grid slots and
/// appears once, at its top-left slot.
///
/// Invariants (kept by ``init(rowCount:columnCount:cells:columnEdges:)``): every cell lies inside the grid, no two
/// cells cover the same slot, and ``cells`` is sorted by row, then column. Slots no cell covers are *holes*: the
/// source had nothing there (a row with fewer cells than the grid, `w:gridBefore`).
///
/// The grid's column indices are *not* the template's columns: an edited or converted document can have extra
/// grid columns (a stray rule, a cell split in one row only). Map columns by the header cells above a value
/// (``cells(coveringRow:)`` and ``GridCell/columns``) or by the order of a row's cells, never by raw index.
public struct GridTable: Sendable, Hashable {
    /// The number of grid rows.
    public let rowCount: Int
    /// The number of grid columns.
    public let columnCount: Int
    /// The cells, sorted by row, then column.
    public let cells: [GridCell]
    /// The x positions (points) of the grid's column boundaries, `columnCount + 1` of them, when the source gives
    /// geometry (PDF rules, .docx `w:tblGrid` widths); else `nil`.
    public let columnEdges: [Double]?
    /// For each slot (row-major), the index in ``cells`` of the cell covering it, or -1 for a hole.
    private let slots: [Int]

    /// Creates a table from cells; cells outside the grid are clipped to it, and a cell whose slots another cell
    /// already covers is dropped (the first in row-then-column order wins).
    ///
    /// - Parameters:
    ///   - rowCount: The number of grid rows.
    ///   - columnCount: The number of grid columns.
    ///   - cells: The cells, in any order.
    ///   - columnEdges: The column boundaries in points, if known; ignored unless there are `columnCount + 1`.
    public init(rowCount: Int, columnCount: Int, cells: [GridCell], columnEdges: [Double]? = nil) {
        let rows = max(0, rowCount)
        let columns = max(0, columnCount)
        var slots = [Int](repeating: -1, count: rows * columns)
        var kept: [GridCell] = []
        for var cell in cells.sorted(by: { ($0.row, $0.column) < ($1.row, $1.column) }) {
            guard cell.row >= 0, cell.column >= 0, cell.row < rows, cell.column < columns else { continue }
            cell.rowSpan = max(1, min(cell.rowSpan, rows - cell.row))
            cell.columnSpan = max(1, min(cell.columnSpan, columns - cell.column))
            let covered = cell.rows.flatMap { row in cell.columns.map { row * columns + $0 } }
            guard covered.allSatisfy({ slots[$0] == -1 }) else { continue }
            for slot in covered { slots[slot] = kept.count }
            kept.append(cell)
        }
        self.rowCount = rows
        self.columnCount = columns
        self.cells = kept
        self.slots = slots
        self.columnEdges = columnEdges?.count == columns + 1 ? columnEdges : nil
    }

    /// The cell covering a slot, or `nil` for a hole or a slot outside the grid.
    public func cell(atRow row: Int, column: Int) -> GridCell? {
        guard row >= 0, column >= 0, row < rowCount, column < columnCount else { return nil }
        let index = slots[row * columnCount + column]
        return index >= 0 ? cells[index] : nil
    }

    /// The distinct cells covering a grid row, left to right: cells starting in the row and cells spanning into it
    /// from above.
    public func cells(coveringRow row: Int) -> [GridCell] {
        cellIndices(coveringRow: row).map { cells[$0] }
    }

    /// The positions in ``cells`` of the distinct cells covering a grid row, left to right (see
    /// ``cells(coveringRow:)``): for callers that keep facts about each cell in an array beside ``cells``.
    public func cellIndices(coveringRow row: Int) -> [Int] {
        guard row >= 0, row < rowCount else { return [] }
        var result: [Int] = []
        var last = -1
        for column in 0..<columnCount {
            let index = slots[row * columnCount + column]
            guard index >= 0, index != last else { continue }
            last = index
            result.append(index)
        }
        return result
    }

    /// The x extent of a cell in points, from ``columnEdges`` or else its box.
    public func horizontalExtent(of cell: GridCell) -> ClosedRange<Double>? {
        if let edges = columnEdges {
            return edges[cell.column]...edges[cell.column + cell.columnSpan]
        }
        return cell.box.map { $0.x0...max($0.x0, $0.x1) }
    }
}

/// A cell of a ``GridTable``: where it starts, how far it spans, and its text.
public struct GridCell: Sendable, Hashable {
    /// The 0-based grid row of its top edge.
    public var row: Int
    /// The 0-based grid column of its left edge.
    public var column: Int
    /// How many grid rows it covers (1 or more).
    public var rowSpan: Int
    /// How many grid columns it covers (1 or more).
    public var columnSpan: Int
    /// The text as written: lines of the cell joined with `\n`, nothing trimmed but line ends.
    public var text: String
    /// Where the cell is drawn (PDF), else `nil`. A cell continued on the next page has the box of its first part.
    public var box: LayoutBox?
    /// Text in the cell the reader cannot tell is shown or hidden, and what the cell reads without it; `nil` when
    /// the reader is sure of all of it (``UncertainText``).
    public var uncertain: UncertainText?

    /// Creates a cell.
    public init(
        row: Int, column: Int, rowSpan: Int = 1, columnSpan: Int = 1, text: String, box: LayoutBox? = nil,
        uncertain: UncertainText? = nil
    ) {
        self.row = row
        self.column = column
        self.rowSpan = rowSpan
        self.columnSpan = columnSpan
        self.text = text
        self.box = box
        self.uncertain = uncertain
    }

    /// The grid rows it covers.
    public var rows: Range<Int> { row..<(row + rowSpan) }

    /// The grid columns it covers.
    public var columns: Range<Int> { column..<(column + columnSpan) }
}

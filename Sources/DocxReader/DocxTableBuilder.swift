import DocumentLayout
import Foundation

/// Builds a ``GridTable`` from `w:tr`/`w:tc` as they come: each cell placed at the grid column after the previous
/// one (`w:gridBefore` first), `w:gridSpan` columns wide; `w:vMerge` continue cells extend the open cell above
/// them in the same grid column; legacy `w:hMerge` continue cells widen the cell to their left.
struct DocxTableBuilder {
    /// A cell as the XML gives it.
    struct RawCell {
        var span = 1
        var verticalMerge: Merge?
        var horizontalMerge: Merge?
        var blocks: [LayoutBlock] = []

        /// The cell's paragraphs joined with line breaks; a table nested in it adds the text of its cells, each on a
        /// line of its own, so that what it holds stays visible in the cell as text and never joins the cell's
        /// number.
        var text: String {
            blocks.flatMap { block in
                switch block {
                case .paragraph(let paragraph): [paragraph.text]
                case .table(let table): table.cells.map(\.text)
                }
            }
            .joined(separator: "\n")
        }
        /// How many cells the tables nested in the cell have.
        var nestedCellCount: Int { blocks.reduce(0) { $0 + ($1.table?.cells.count ?? 0) } }
    }

    enum Merge { case restart, `continue` }

    var gridWidths: [Double] = []
    private var rows: [(before: Int, cells: [RawCell])] = []

    mutating func startRow() { rows.append((0, [])) }

    mutating func setGridBefore(_ count: Int) {
        guard !rows.isEmpty else { return }
        rows[rows.count - 1].before = max(0, min(count, 64))
    }

    mutating func addCell(_ cell: RawCell) {
        if rows.isEmpty { startRow() }
        rows[rows.count - 1].cells.append(cell)
    }

    /// Whether the table only lays out other content and is not a data table: a cell holds a nested table, and the
    /// table is a frame around it — no row of more than two cells (a page of one or two columns), or nested tables
    /// with at least as many cells as the table itself. A report table with a small table in one of its cells
    /// stays a table, the small one read as text in its cell.
    var isLayoutTable: Bool {
        let nested = rows.reduce(0) { count, row in row.cells.reduce(count) { $0 + $1.nestedCellCount } }
        guard nested > 0 else { return false }
        let own = rows.reduce(0) { $0 + $1.cells.count }
        return rows.allSatisfy { $0.cells.count <= 2 } || nested >= own
    }

    /// The blocks of every cell, row by row: how a layout table's content reads.
    var contentBlocks: [LayoutBlock] { rows.flatMap { $0.cells.flatMap(\.blocks) } }

    /// The grid table.
    func table() -> GridTable {
        var cells: [GridCell] = []
        var open: [Int: Int] = [:]  // grid column → index in `cells` of a vertically merged cell still open
        var columnCount = gridWidths.count
        for (rowIndex, row) in rows.enumerated() {
            var column = row.before
            var previous: Int?
            for raw in row.cells {
                let span = max(1, min(raw.span, 64))
                defer { column += span }
                columnCount = max(columnCount, column + span)
                if raw.horizontalMerge == .continue, let left = previous {
                    cells[left].columnSpan += span
                    continue
                }
                if raw.verticalMerge == .continue,
                    let above = open[column] ?? open.first(where: { cells[$0.value].columns.contains(column) })?.value
                {
                    cells[above].rowSpan = rowIndex - cells[above].row + 1
                    let text = raw.text
                    if !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                        cells[above].text += cells[above].text.isEmpty ? text : "\n" + text
                    }
                    previous = above
                    continue
                }
                for covered in column..<(column + span) { open[covered] = nil }
                cells.append(GridCell(row: rowIndex, column: column, columnSpan: span, text: raw.text))
                if raw.verticalMerge == .restart { open[column] = cells.count - 1 }
                previous = cells.count - 1
            }
        }
        var edges: [Double]?
        if gridWidths.count == columnCount, !gridWidths.isEmpty {
            var x = 0.0
            edges =
                [0]
                + gridWidths.map { width in
                    x += width
                    return x
                }
        }
        return GridTable(rowCount: rows.count, columnCount: columnCount, cells: cells, columnEdges: edges)
    }
}

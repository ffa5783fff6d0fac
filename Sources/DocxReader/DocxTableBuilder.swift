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
        /// The blocks without the text hidden in a web view or of a colour that may not show (``UncertainText``),
        /// when the cell has some, and why the first such text may not show.
        var blocksWithout: [LayoutBlock]?
        var uncertainReason: UncertainText.Reason?
        /// Its `w:shd`, when it has one.
        var shading: TextColour.Background?
        /// Whether the cell was deleted with tracked changes (`w:tcPr/w:cellDel`): not the table's, as a row deleted
        /// so is not (rv112 F1: the cells after it moved one column right).
        var isDeleted = false

        /// The cell's text (``NestedTables/cellText(of:)``).
        var text: String { NestedTables.cellText(of: blocks) }

        /// What the cell reads without its text that may not show, when it has some.
        var uncertain: UncertainText? {
            blocksWithout.map { UncertainText(uncertainReason ?? .faint, textWithout: NestedTables.cellText(of: $0)) }
        }
    }

    enum Merge { case restart, `continue` }

    var gridWidths: [Double] = []
    /// The table's own `w:tblPr/w:shd`, when it has one.
    var ownShading: TextColour.Background?
    /// What its table style (`w:tblStyle`) puts behind its cells (``RunStyles/tableBackground(of:)``), if anything.
    var styleBackground: TextColour.Background?
    /// What lies behind the table's cells that set no `w:shd` of their own: the style's cell shading, which lies
    /// over the table's own; `nil` for none (the page).
    var background: TextColour.Background? { styleBackground ?? ownShading }
    private var rows: [(before: Int, cells: [RawCell])] = []
    /// The indexes in ``rows`` of the rows deleted with tracked changes (`w:trPr/w:del`), which are not the table's.
    private var deletedRows: Set<Int> = []

    mutating func startRow() { rows.append((0, [])) }

    /// Marks the row being read as deleted with tracked changes: it is left out of the table.
    mutating func markRowDeleted() {
        if rows.isEmpty { startRow() }
        deletedRows.insert(rows.count - 1)
    }

    /// The rows that are the table's: all but those deleted with tracked changes.
    private var shownRows: [(before: Int, cells: [RawCell])] {
        deletedRows.isEmpty ? rows : rows.indices.filter { !deletedRows.contains($0) }.map { rows[$0] }
    }

    mutating func setGridBefore(_ count: Int) {
        guard !rows.isEmpty else { return }
        rows[rows.count - 1].before = max(0, min(count, 64))
    }

    mutating func addCell(_ cell: RawCell) {
        if rows.isEmpty { startRow() }
        rows[rows.count - 1].cells.append(cell)
    }

    /// Whether the table only lays out other content and is not a data table
    /// (``NestedTables/isPageFrame(cellsPerRow:nestedCellCount:)``, or a cell holding an article:
    /// ``NestedTables/holdsArticle(_:)``).
    var isLayoutTable: Bool {
        let rows = shownRows
        return rows.contains { $0.cells.contains { NestedTables.holdsArticle($0.blocks) } }
            || NestedTables.isPageFrame(
                cellsPerRow: rows.map(\.cells.count),
                nestedCellCount: rows.reduce(0) { count, row in
                    row.cells.reduce(count) { $0 + NestedTables.cellCount(of: $1.blocks) }
                })
    }

    /// The blocks of every cell, row by row: how a layout table's content reads.
    var contentBlocks: [LayoutBlock] { shownRows.flatMap { $0.cells.flatMap(\.blocks) } }

    /// The grid table.
    func table() -> GridTable {
        var cells: [GridCell] = []
        var open: [Int: Int] = [:]  // grid column → index in `cells` of a vertically merged cell still open
        var columnCount = gridWidths.count
        let rows = shownRows
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
                // A continue cell extends the open cell above only when it is as wide: under a wider one (a
                // table's repeated header, its top-left caption merged over the header rows, above the first row of
                // a piece cut from a longer table) it starts a cell of its own, as Word shows it.
                if raw.verticalMerge == .continue,
                    let above = open[column] ?? open.first(where: { cells[$0.value].columns.contains(column) })?.value,
                    cells[above].columnSpan == span
                {
                    cells[above].rowSpan = rowIndex - cells[above].row + 1
                    let text = raw.text
                    if !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                        let without = raw.uncertain?.textWithout ?? text
                        if let uncertain = cells[above].uncertain ?? raw.uncertain {
                            let before = cells[above].uncertain?.textWithout ?? cells[above].text
                            cells[above].uncertain = UncertainText(
                                uncertain.reason, textWithout: before.isEmpty ? without : before + "\n" + without)
                        }
                        cells[above].text += cells[above].text.isEmpty ? text : "\n" + text
                    }
                    previous = above
                    continue
                }
                for covered in column..<(column + span) { open[covered] = nil }
                cells.append(
                    GridCell(row: rowIndex, column: column, columnSpan: span, text: raw.text, uncertain: raw.uncertain))
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

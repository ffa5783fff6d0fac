import DocumentLayout
import ReportModel

/// A template table Word split in two (拆分表格, a Ctrl+Enter in a table) so that its last row or two — table 3's
/// 四、结转下年度继续办理, table 4's one row of figures, table 2's fee — are a table of their own: alone, such a piece
/// has too few rows (and no header) to be known as the template's, and was kept as a plain table while its figures
/// were missing from the template table (review rv112 F11). Read with the piece before it, as one grid, it is.
///
/// Only grids not drawn on a page (.docx, web pages): a PDF's pieces are joined by the PDF reader.
enum SplitGrids {
    /// `first` with the rows of `second` under it, when both have the same grid columns (and column widths) and
    /// neither was drawn on a page.
    static func joined(_ first: GridTable, _ second: GridTable) -> GridTable? {
        guard first.columnCount == second.columnCount, first.columnEdges == second.columnEdges,
            !(first.cells + second.cells).contains(where: { $0.box != nil })
        else { return nil }
        let moved = second.cells.map { cell in
            var cell = cell
            cell.row += first.rowCount
            return cell
        }
        return GridTable(
            rowCount: first.rowCount + second.rowCount, columnCount: first.columnCount, cells: first.cells + moved,
            columnEdges: first.columnEdges)
    }

    /// Whether the two pieces read together (`joined`) are the piece before (`first`) continued: a template table
    /// (the same as `first`'s, when it is one) that keeps every figure `first` read and reads more.
    static func continues(_ joined: Table, _ first: Table) -> Bool {
        guard joined.template != nil, first.template == nil || first.template == joined.template else {
            return false
        }
        let filled = { (table: Table) in table.rows.reduce(0) { $0 + $1.cells.count { !$0.isMissing } } }
        guard first.template != nil else { return filled(joined) > 0 }
        let keeps = first.rows.allSatisfy { row in
            row.cells.allSatisfy { cell in
                cell.isMissing || joined.cell(row: row.key, column: cell.column)?.text == cell.text
            }
        }
        return keeps && filled(joined) > filled(first)
    }
}

public import ReportDiff
public import ReportModel

/// A cell of a report as a person names it at the terminal: the one rule `history --cell` and `comment --at` read
/// it by, and the one refusal that lists what could be named.
///
/// Either one text, its place as every output prints it (`三、表三 · 本年新收 · 自然人`, `三、表三（第 2 个） · 本年新收 ·
/// 自然人`), or three values, the table (`3`, `三`, `表三`, `表三（第 2 个）`, `3#2`), the row and the column (keys, the
/// form's labels or the outputs' short labels: ``UnitID/cell(table:copy:row:column:in:)``).
public enum CellName {
    /// The cell's unit.
    ///
    /// - Parameters:
    ///   - values: One place, or the table, the row and the column.
    ///   - report: The report the cell is in.
    /// - Throws: ``RepositoryError/workflow(_:)``: ``WorkflowError/tableNotFound(_:)`` when the first value names no
    ///   table of the report; ``WorkflowError/cellNotFound(_:table:rows:columns:)``, with the words of that table's
    ///   rows and columns, when the row or column is none of its; ``WorkflowError/unknownAnchor(_:)`` for one text
    ///   that is no cell's place.
    public static func unit(_ values: [String], in report: Report) throws(RepositoryError) -> UnitID {
        let table: (number: Int, copy: Int)
        let shown: String
        if values.count == 1 {
            guard let parts = UnitID.cellPlaceParts(values[0]) else { throw .workflow(.unknownAnchor(values[0])) }
            table = parts.table
            shown = values[0]
            if let unit = UnitID.cell(place: values[0], in: report) { return unit }
        } else {
            guard values.count == 3, let reference = UnitID.tableReference(values[0]) else {
                throw .workflow(.tableNotFound(values.first ?? ""))
            }
            table = reference
            shown = values.joined(separator: " · ")
            if let unit = UnitID.cell(
                table: table.number, copy: table.copy, row: values[1], column: values[2], in: report)
            {
                return unit
            }
        }
        let name = UnitPlace.tableName(table.copy > 1 ? "table\(table.number)#\(table.copy)" : "table\(table.number)")
        guard let words = UnitID.cellWords(table: table.number, copy: table.copy, in: report) else {
            throw .workflow(.tableNotFound(name))
        }
        throw .workflow(.cellNotFound(shown, table: name, rows: words.rows, columns: words.columns))
    }
}

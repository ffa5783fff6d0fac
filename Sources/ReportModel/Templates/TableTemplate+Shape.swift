/// The shape a table of a template always has (`Schema/canonical-encoding.md`): every data row of the template once,
/// in its order, each with a cell for every column the row has, in the template's order, and nothing else. The
/// parser, the merge and every export make tables of this shape; one another node sends in any other shape is
/// refused (review rv107 F10: such a table stored at the county no longer matched its own text export).
extension TableTemplate {
    /// What is wrong with the shape of a table of this template, given by its rows' keys and their cells' column
    /// keys in order, in Chinese; `nil` when it has the template's shape.
    ///
    /// - Complexity: O(r + c) for r rows and c cells.
    public func shapeProblem(rows: [(key: String, columns: [String])]) -> String? {
        let expected = dataRows
        guard rows.map(\.key) == expected.map(\.key) else {
            return "行不是模板的 \(expected.count) 行（依次为 \(expected.first?.key ?? "")…），而是 \(rows.count) 行"
        }
        for (row, template) in zip(rows, expected) {
            let columns = columns(of: template).map(\.key)
            guard row.columns == columns else {
                let cells = row.columns.joined(separator: "、")
                return "“\(row.key)”行的单元格不是模板的 \(columns.count) 列，而是 \(row.columns.count) 个（\(cells)）"
            }
        }
        return nil
    }

    /// What is wrong with the shape of a table of this template (see ``shapeProblem(rows:)``); `nil` when none.
    public func shapeProblem(of table: Table) -> String? {
        shapeProblem(rows: table.rows.map { ($0.key, $0.cells.map(\.column)) })
    }
}

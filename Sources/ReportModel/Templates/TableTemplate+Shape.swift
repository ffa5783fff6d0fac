/// The shape a table of a template always has (`Schema/canonical-encoding.md`): every data row of the template once,
/// in its order, each with a cell for every column the row has, in the template's order, and nothing else. The
/// parser, the merge and every export make tables of this shape; one another node sends in any other shape is
/// refused (review rv107 F10: such a table stored at the county no longer matched its own text export).
extension TableTemplate {
    /// What is wrong with the shape of a table of this template, given by its rows' keys and their cells' column
    /// keys in order; `nil` when it has the template's shape.
    ///
    /// - Complexity: O(r + c) for r rows and c cells.
    public func shapeProblem(rows: [(key: String, columns: [String])]) -> TableShapeProblem? {
        let expected = dataRows
        guard rows.map(\.key) == expected.map(\.key) else {
            return .rows(expected: expected.count, found: rows.count)
        }
        for (row, template) in zip(rows, expected) {
            let columns = columns(of: template).map(\.key)
            guard row.columns == columns else {
                let label = template.path.last ?? template.key
                return .cells(row: label, expected: columns.count, found: row.columns.count)
            }
        }
        return nil
    }

    /// What is wrong with the shape of a table of this template (see ``shapeProblem(rows:)``); `nil` when none.
    public func shapeProblem(of table: Table) -> TableShapeProblem? {
        shapeProblem(rows: table.rows.map { ($0.key, $0.cells.map(\.column)) })
    }
}

/// How a table is not in its template's shape, said by the row's label (never its key).
public enum TableShapeProblem: Sendable, Hashable {
    /// The rows are not the template's data rows, once each in order (how many it has, how many were found).
    case rows(expected: Int, found: Int)
    /// A row's cells are not its columns, once each in order (the row's label, how many columns it has, how many
    /// cells were found).
    case cells(row: String, expected: Int, found: Int)

    /// In Chinese.
    public var chinese: String {
        switch self {
        case .rows(let expected, let found): "模板有 \(expected) 行，依次各一行；发来的是另外的 \(found) 行或次序不同"
        case .cells(let row, let expected, let found):
            "“\(row)”一行应依次有 \(expected) 格，发来的是 \(found) 格或次序不同"
        }
    }

    /// In English.
    public var english: String {
        switch self {
        case .rows(let expected, let found):
            "the template has \(expected) rows, once each in order; \(found) rows came, or in another order"
        case .cells(let row, let expected, let found):
            "the row \(row) has \(expected) cells in order; \(found) came, or in another order"
        }
    }
}

import DocumentLayout
import ReportModel

/// How a data row's value cells may be placed in the row's template columns: by the headers above them, and by
/// their order in the row.
struct GridRowPlacement {
    /// The row's value cells, in grid order.
    let values: [GridCell]
    /// The row's template columns, in the format's order.
    let columns: [ColumnTemplate]
    /// The cells whose header names one column of the row, and no other cell's header the same one.
    let byHeader: [(ColumnTemplate, GridCell)]
    /// The columns whose header two or more cells of differing texts stand under (a clerk's copy of the 自然人 column
    /// with this year's figures beside last year's; a merged cell split into `31 | 12 | 3`), with those cells: which
    /// is the column's is a guess, so none is (review rv112 F4).
    var doubled: [(ColumnTemplate, [GridCell])] = []
    /// The cells in order, the i-th in the i-th column, when there are as many as columns (blank layout cells at
    /// the ends dropped first); else `nil`.
    let byOrder: [(ColumnTemplate, GridCell)]?

    /// Whether every cell is placed by its header.
    var isCompleteByHeader: Bool {
        doubled.isEmpty && byHeader.count == values.count && values.count == columns.count
    }

    /// Whether the headers put two cells in the other order than the format's columns (a clerk swapped two
    /// columns and kept each header over its numbers): the order of the row's cells is then no guide to their
    /// columns. Headers that only shift the cells by a column (a merged cell misplaced in a web page's grid) keep
    /// the order, and the cells are read by it.
    var contradictsOrder: Bool {
        guard byOrder != nil, !isCompleteByHeader else { return false }
        let rank = Dictionary(columns.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        // byHeader is in the row's order: its columns must rise.
        let ranks = byHeader.compactMap { rank[$0.0.key] }
        return zip(ranks, ranks.dropFirst()).contains { $0 > $1 }
    }

    /// The cells placed, and whether they are all of the row's: by header when every header names its column;
    /// else by order when `byOrder` allows it and the row has as many cells as columns; else what the headers
    /// place, the rest missing.
    func cells(byOrder useOrder: Bool) -> (cells: [(ColumnTemplate, GridCell)], complete: Bool) {
        if isCompleteByHeader { return (byHeader, true) }
        if useOrder, doubled.isEmpty, let byOrder { return (byOrder, true) }
        return (byHeader, false)
    }
}

extension Candidate {
    /// The ways a row's value cells may be placed in the row's columns (see ``GridRowPlacement``).
    func placement(of values: [GridCell], columns: [ColumnTemplate]) -> GridRowPlacement {
        var named: [(ColumnTemplate, [GridCell])] = []
        for value in values {
            let path = context.header(of: value)
            let scored = columns.compactMap { column in
                columnMatchers[column.key].map { (column, Self.columnScore(path, $0)) }
            }.filter { $0.1 > 0 }
            guard let top = scored.max(by: { $0.1 < $1.1 }), scored.filter({ $0.1 == top.1 }).count == 1 else {
                continue
            }
            if let index = named.firstIndex(where: { $0.0.key == top.0.key }) {
                named[index].1.append(value)
            } else {
                named.append((top.0, [value]))
            }
        }
        // A column named over several cells: read when they all say the same (or all but one are blank), else a
        // guess whichever is taken.
        var byHeader: [(ColumnTemplate, GridCell)] = []
        var doubled: [(ColumnTemplate, [GridCell])] = []
        for (column, cells) in named {
            let filled = cells.filter { !$0.text.trimmingLayoutSpace().isEmpty }
            if Set(filled.map { $0.text.trimmingLayoutSpace() }).count > 1 {
                doubled.append((column, cells))
            } else if let cell = filled.first ?? cells.first {
                byHeader.append((column, cell))
            }
        }
        var trimmed = values
        while trimmed.count > columns.count, trimmed.last?.text.trimmingLayoutSpace().isEmpty == true {
            trimmed.removeLast()
        }
        while trimmed.count > columns.count, trimmed.first?.text.trimmingLayoutSpace().isEmpty == true {
            trimmed.removeFirst()
        }
        let byOrder = trimmed.count == columns.count ? Array(zip(columns, trimmed)) : nil
        return GridRowPlacement(
            values: values, columns: columns, byHeader: byHeader, doubled: doubled, byOrder: byOrder)
    }
}

import ReportModel

/// Which copy of a template table in one version of a report is which copy in another: the one home of the rule that
/// diff, blame, history, the comments carried to a later version and the merge follow a table by.
///
/// A report may hold two tables of one template number — last year's table 3 pasted beside this year's. Within one
/// version they are named by their order (``TableUnitName``: `table3`, `table3#2`); across versions a copy is paired
/// with the copy it fills most like, so that last year's table pasted ABOVE this year's is a table added, and this
/// year's keeps its history, blame and comments (review rv114 F5: pairing by order moved every comment of the year's
/// table 3 onto last year's copy and called its 175 cells changed).
///
/// The rule: the pairs are taken greedily, the pair with the most cells of equal filled text first (same row and
/// column, the text as written; a cell missing on either side counts for nothing), and among pairs as alike the one
/// nearest in order (then the earlier), until one side has no copy left. One copy on each side is always a pair, as
/// are copies alike in nothing: a table refilled from scratch is still the table it was. A copy left over is one
/// added (in the newer version) or removed (in the older).
enum TableCopies {
    /// For each table of `new`, the index of the table of `old` it is, or `nil` for a copy `old` lacks.
    ///
    /// - Parameters:
    ///   - old: The copies of one template table in the older version (or the base), in reading order.
    ///   - new: Its copies in the newer version, in reading order.
    /// - Complexity: O(o · n · c) for o and n copies of c cells; O(1) for one copy on each side.
    static func partners(old: [Table], new: [Table]) -> [Int?] {
        var partners = [Int?](repeating: nil, count: new.count)
        guard !old.isEmpty, !new.isEmpty else { return partners }
        if old.count == 1, new.count == 1 { return [0] }
        let filled = old.map(filledCells)
        var candidates: [(likeness: Int, distance: Int, new: Int, old: Int)] = []
        for (newIndex, table) in new.enumerated() {
            let cells = filledCells(table)
            for oldIndex in old.indices {
                let likeness = cells.reduce(into: 0) { count, cell in
                    if filled[oldIndex][cell.key] == cell.value { count += 1 }
                }
                candidates.append((likeness, abs(newIndex - oldIndex), newIndex, oldIndex))
            }
        }
        candidates.sort {
            ($0.likeness, -$0.distance, -$0.new, -$0.old) > ($1.likeness, -$1.distance, -$1.new, -$1.old)
        }
        var usedOld = Set<Int>()
        for candidate in candidates where partners[candidate.new] == nil && !usedOld.contains(candidate.old) {
            partners[candidate.new] = candidate.old
            usedOld.insert(candidate.old)
        }
        return partners
    }

    /// A table's filled cells by row and column key.
    private static func filledCells(_ table: Table) -> [String: String] {
        var cells: [String: String] = [:]
        for row in table.rows {
            for cell in row.cells {
                if let text = cell.text { cells[row.key + "\u{1E}" + cell.column] = text }
            }
        }
        return cells
    }
}

import DocumentLayout
import ReportModel

/// The paragraphs that state the unit of each grid table of a laid-out document (`单位：元` right above it:
/// ``HeaderUnit/statements(above:)``), as the document is read from top to bottom. A piece of a table with nothing
/// but such lines, blank lines and captions between it and the piece above (table 2 cut per 第二十条 item, with
/// `单位：元` above the first piece only) is under the statements of both.
struct UnitsAbove {
    /// The statements of the last grid taken, and its line index.
    private var last: (index: Int, units: [String])?

    /// The statements above the grid at line `index` of `lines`; grids are taken in the order they are read.
    mutating func take(aboveGridAt index: Int, in lines: [SourceLine]) -> [String] {
        let start = last.map { $0.index + 1 } ?? 0
        guard start <= index else { return [] }
        let (units, open) = HeaderUnit.statements(above: lines[start..<index])
        let stated = units + (open ? last?.units ?? [] : [])
        last = (index, stated)
        return stated
    }

    /// The rows at the top of a grid that hold one cell each and state a unit (``HeaderUnit/statement(in:)``): the
    /// table's title typed as its first row, over its width (`表二 主动公开政府信息情况（单位：元）`), or `单位：元`.
    /// Taken as headers of every column; the rows of one cell below them that state none (a caption
    /// `第二十条第（一）项`) are passed over, the first row of more cells ends them.
    static func titleRows(of grid: GridTable) -> [String] {
        var statements: [String] = []
        for row in 0..<grid.rowCount {
            let filled = grid.cells.filter { $0.row == row && !$0.text.isLayoutBlank }
            guard filled.count == 1, let cell = filled.first else { break }
            if HeaderUnit.statement(in: cell.text) != nil { statements.append(cell.text) }
        }
        return statements
    }
}

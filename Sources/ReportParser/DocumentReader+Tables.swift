import DocumentLayout
import ReportModel

// The tables of a report being read: a template table typed as text, and a grid of a laid-out document.

extension DocumentReader {
    /// Reads the table starting at `start`; returns the index of the first line after it.
    mutating func readTable(_ start: TableRegion.Start, from first: Int) -> Int {
        flushKept()
        var last = first
        var index = first + 1
        while index < lines.count {
            let line = lines[index]
            let continues: Bool
            switch start {
            case .template(let number):
                continues = TableRegion.continues(number, at: line, kind: kinds[index], start: starts[index])
            case .grid: continues = TableRegion.continuesGrid(at: line)
            }
            guard continues else { break }
            if !line.isBlank, !line.isPageNumber { last = index }
            index += 1
        }
        if case .template(let number) = start {  // (a second copy under the first is a table of its own, rv113 F5)
            last = TableCopyInText.end(of: number, in: lines, starts: starts, first: first, last: last)
        }
        let region = TableCopyInText.region(first...last, in: lines)
        switch start {
        case .template(let number):
            // The lines above, back to the last table or heading, where a header not starting the table may stand.
            let result = TemplateTableReader(number: number).read(
                region, above: TableCopyInText.above(first, in: lines))
            guard result.isTable else {
                // A line of prose that only starts like a table (`行政复议案件2件…`): read it as prose.
                readProse(lines[first], kind: kinds[first])
                return first + 1
            }
            outline.append(.table(result.table))
            diagnostics += result.diagnostics
            unreadRows[number, default: []].formUnion(result.unreadRows)
            pageNumbers += result.pageNumbers
            keep(result.kept)
        case .grid:
            outline.append(.table(GridReader.read(region)))
        }
        return last + 1
    }

    /// Maps a grid table onto its template; a piece of a template table split into several grids (table 2 cut
    /// per 第二十条 item) fills the piece before it.
    mutating func readGrid(_ grid: GridTable, at index: Int) {
        var grid = grid
        var units = unitsAbove.take(aboveGridAt: index, in: lines)
        var result = GridTableMapper.map(grid, unitsAbove: units)
        // A piece no template knows right after a grid, nothing but blank lines and `（续表）` between: the two are
        // read as one grid when that reads more of the template than the first did (rv112 F11).
        if result.table.template == nil, let last = lastGrid,
            lines.indices[(last.index + 1)..<index].allSatisfy({
                grids[$0] == nil && (lines[$0].isBlank || LayoutCaptions.isContinuation(lines[$0].text))
            }),
            let joined = SplitGrids.joined(last.grid, grid)
        {
            let both = GridTableMapper.map(joined, unitsAbove: last.units)
            if SplitGrids.continues(both.table, last.table) {
                (outline, diagnostics, unreadRows, pendingKept) = (
                    last.outline, last.diagnostics, last.unreadRows, last.pendingKept
                )
                (grid, units, result) = (joined, last.units, both)
            }
        }
        lastGrid = LastGrid(
            grid: grid, index: index, units: units, table: result.table, outline: outline, diagnostics: diagnostics,
            unreadRows: unreadRows, pendingKept: pendingKept)
        diagnostics += result.diagnostics
        if let number = result.table.templateDefinition?.table {
            unreadRows[number, default: []].formUnion(result.unreadRows)
        }
        if result.table.template == nil || !outline.mergeIntoLastTable(result.table) {
            flushKept()
            outline.append(.table(result.table))
        }
        // After the last piece of the table: a paragraph between two pieces would keep the next from filling it.
        pendingKept += result.kept.flatMap(\.paragraphs)
    }

    /// A grid read, with its line, its units, its table and what the reader had read before it (``lastGrid``).
    struct LastGrid {
        let grid: GridTable
        let index: Int
        let units: [String]
        let table: Table
        let outline: OutlineBuilder
        let diagnostics: [Diagnostic]
        let unreadRows: [Int: Set<String>]
        let pendingKept: [String]
    }
}

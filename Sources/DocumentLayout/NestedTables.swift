/// Tables inside table cells: the one rule every reader that meets them (Word, web pages) follows.
///
/// A table that holds tables is either a *page frame* — one or two columns laying out a page around the report, read
/// as the content of its cells — or a report table with a small table in one of its cells (a breakdown, a note).
/// The second stays a table: unwrapped, its row labels would read as sections and none of its numbers as numbers.
/// The small table's cells stay in their cell as text, each on a line of its own, so that they are visible as
/// written and never join the cell's number (the cell is text, its number missing).
public enum NestedTables {
    /// Whether a table holding tables is a page frame: no row of more than two cells, or nested tables with at least
    /// as many cells as the table itself.
    ///
    /// - Parameters:
    ///   - cellsPerRow: How many cells each row of the table has.
    ///   - nestedCellCount: How many cells the tables nested in its cells have together.
    /// - Returns: `false` when nothing is nested.
    public static func isPageFrame(cellsPerRow: [Int], nestedCellCount: Int) -> Bool {
        guard nestedCellCount > 0 else { return false }
        return cellsPerRow.allSatisfy { $0 <= 2 } || nestedCellCount >= cellsPerRow.reduce(0, +)
    }

    /// Whether a cell holds an article rather than a value or a label: several paragraphs of long text (at least
    /// three, over 300 characters) — the report itself, laid out in a page's table. A table with such a cell is read
    /// as the content of its cells, nested tables or not.
    public static func holdsArticle(_ blocks: [LayoutBlock]) -> Bool {
        let paragraphs = blocks.compactMap(\.paragraph)
        return paragraphs.count >= 3 && paragraphs.reduce(0) { $0 + $1.text.count } > 300
    }

    /// How many cells the tables among a cell's blocks have.
    public static func cellCount(of blocks: [LayoutBlock]) -> Int {
        blocks.reduce(0) { $0 + ($1.table?.cells.count ?? 0) }
    }

    /// The text of a cell of a table that is not a page frame: its paragraphs, and the cells of its nested tables,
    /// each on a line of its own.
    public static func cellText(of blocks: [LayoutBlock]) -> String {
        blocks.flatMap { block in
            switch block {
            case .paragraph(let paragraph): [paragraph.text]
            case .table(let table): table.cells.map(\.text)
            }
        }
        .joined(separator: "\n")
    }
}

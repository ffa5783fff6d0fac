/// Cells a producer drew without the rules between them, read as the cells they are.
///
/// LibreOffice prints the label cells of a Word table split in two with its header rows repeated (the second piece's
/// first columns, copied from merged cells) without their rules: what the page shows as the note over the header,
/// the labels `（四）无法提供` and `1.本机关不掌握相关政府信息` and the rows' empty first column is one ruled rectangle,
/// with the cells that did keep their rules drawn inside it. Read as one cell, its text was one label of 190
/// characters beside every row it spans, and 9 rows of table 3 were lost. Such a rectangle — a cell that encloses
/// other cells of its table, which no ruled table has — is cut by its text lines: each line goes to the rows and
/// columns of the table its extent lies in (the rows the cells beside it draw), and lines that share a row in one
/// column, or stand one above the other with no rule drawn between them across their column (`（五）不` / `予处理`
/// centred over five rows), are one cell. A label line stands level with its row's numbers, so it takes that row;
/// a line the reader cannot place in one row takes all it touches, a merged label, and names none of them alone.
enum UnruledCells {
    /// A piece of an unruled cell: its rectangle on the table's rows and columns, and its lines.
    struct Piece {
        var rect: Rect
        var lines: [TextLine]
    }

    /// How far a line's extent may pass a row or column edge and still lie within it, in points.
    static let tolerance = 1.0
    /// The most lines a cell is cut by: a label column of table 3 has some thirty; a cell of more (a crafted page)
    /// is left whole rather than compared line with line.
    static let maximumLines = 400

    /// The cells of a table with each cell that encloses others (``CellLocator/enclosingCells()``) cut into the
    /// pieces of its text lines.
    ///
    /// - Parameters:
    ///   - cells: The table's cells.
    ///   - lines: The lines of text in each cell.
    ///   - enclosing: The positions of the cells that enclose others.
    ///   - rules: The page's horizontal rules.
    /// - Returns: The cells and their lines, the enclosing cells replaced by their pieces (none for one without text).
    static func split(
        _ cells: [Rect], lines: [[TextLine]], enclosing: Set<Int>, rules: [Rule]
    ) -> (cells: [Rect], lines: [[TextLine]]) {
        guard !enclosing.isEmpty else { return (cells, lines) }
        let kept = cells.indices.filter { !enclosing.contains($0) }
        let rowEdges = TableAssembly.distinct(kept.flatMap { [cells[$0].y0, cells[$0].y1] })
        let columnEdges = TableAssembly.distinct(kept.flatMap { [cells[$0].x0, cells[$0].x1] })
        var resultCells = kept.map { cells[$0] }
        var resultLines = kept.map { lines[$0] }
        for index in enclosing.sorted() {
            let cell = cells[index]
            guard lines[index].count <= maximumLines else {
                resultCells.append(cell)
                resultLines.append(lines[index])
                continue
            }
            let rows = [cell.y0] + rowEdges.filter { $0 > cell.y0 && $0 < cell.y1 } + [cell.y1]
            let columns = [cell.x0] + columnEdges.filter { $0 > cell.x0 && $0 < cell.x1 } + [cell.x1]
            for piece in pieces(of: lines[index], rows: rows, columns: columns, rules: rules) {
                resultCells.append(piece.rect)
                resultLines.append(piece.lines)
            }
        }
        // Top to bottom, left to right, as the table's cells come.
        let order = resultCells.indices.sorted {
            (resultCells[$0].y0, resultCells[$0].x0) < (resultCells[$1].y0, resultCells[$1].x0)
        }
        return (order.map { resultCells[$0] }, order.map { resultLines[$0] })
    }

    /// The lines of an unruled cell as pieces on its rows and columns (each list ascending, the cell's edges first
    /// and last).
    static func pieces(of lines: [TextLine], rows: [Double], columns: [Double], rules: [Rule]) -> [Piece] {
        var pieces = lines.map { line in
            let top = line.baseline - 0.8 * line.size
            let bottom = line.baseline + 0.1 * line.size
            let rect = Rect(
                x0: columns.last { $0 <= line.x0 + tolerance } ?? columns[0],
                y0: rows.last { $0 <= top + tolerance } ?? rows[0],
                x1: columns.first { $0 >= line.x1 - tolerance } ?? columns[columns.count - 1],
                y1: rows.first { $0 >= bottom - tolerance } ?? rows[rows.count - 1])
            return Piece(rect: rect, lines: [line])
        }
        // Join pieces that share a row of a column, or stand one on the other with no rule across their columns.
        var joined = true
        while joined {
            joined = false
            search: for first in pieces.indices {
                for second in pieces.indices where second > first {
                    let a = pieces[first].rect
                    let b = pieces[second].rect
                    guard overlap(a.x0, a.x1, b.x0, b.x1) else { continue }
                    let sharesRow = overlap(a.y0, a.y1, b.y0, b.y1)
                    let edge = a.y1 == b.y0 ? a.y1 : b.y1 == a.y0 ? a.y0 : nil
                    let open = edge.map { !isRuled($0, from: max(a.x0, b.x0), to: min(a.x1, b.x1), rules) } ?? false
                    guard sharesRow || open else { continue }
                    pieces[first] = Piece(
                        rect: Rect(
                            x0: min(a.x0, b.x0), y0: min(a.y0, b.y0), x1: max(a.x1, b.x1), y1: max(a.y1, b.y1)),
                        lines: (pieces[first].lines + pieces[second].lines).sorted { $0.baseline < $1.baseline })
                    pieces.remove(at: second)
                    joined = true
                    break search
                }
            }
        }
        return pieces
    }

    /// Whether two ranges share more than an edge.
    static func overlap(_ a0: Double, _ a1: Double, _ b0: Double, _ b1: Double) -> Bool {
        min(a1, b1) - max(a0, b0) > tolerance
    }

    /// Whether a horizontal rule is drawn at `y` across `x0`…`x1`.
    static func isRuled(_ y: Double, from x0: Double, to x1: Double, _ rules: [Rule]) -> Bool {
        rules.contains { rule in
            rule.orientation == .horizontal && abs(rule.position - y) <= RuleFinder.snap
                && rule.start <= x0 + RuleFinder.snap && rule.end >= x1 - RuleFinder.snap
        }
    }
}

import DocumentLayout

/// A table being put together from its fragments on consecutive pages.
///
/// Cells are kept as rectangles in one vertical coordinate that runs on from page to page: a fragment on the next
/// page is moved to start where the table so far ends. The producer split a row across the page break when the
/// fragment's first row holds label text but its number cells are empty (a label wrapped onto the next page), or
/// holds text only in the cells of the last row's values while its label cell is empty (a value wrapped onto it,
/// `1,23` / `4`: a new row has a label of its own): that row is joined to the last row above, each piece below the
/// piece above it after a line break (so `1,23` / `4` reads as no number, as a value wrapped on one page that does
/// not fill its cell: never `4`). A label cell still open at the page break (its column's cell on the next page is
/// empty) is extended.
struct TableAssembly {
    struct Piece {
        var rect: Rect
        var text: String
        var box: LayoutBox
        /// The text without characters the page may not show, when it has some (``UncertainText``).
        var without: String?
        /// Whether an annotation lies over some of its text (``AnnotatedGlyphs``).
        var annotated = false
    }

    private(set) var pieces: [Piece]
    private(set) var bottom: Double
    private(set) var lastPage: Int
    private(set) var edges: [Double]
    /// How close two x positions must be to count as one edge.
    static let alignment = 2.0

    init(cells: [Rect], texts: [String], withouts: [String?]? = nil, annotated: [Bool]? = nil, page: Int) {
        pieces = cells.indices.map { index in
            let rect = cells[index]
            return Piece(
                rect: rect, text: texts[index],
                box: LayoutBox(page: page, x0: rect.x0, y0: rect.y0, x1: rect.x1, y1: rect.y1),
                without: withouts?[index], annotated: annotated?[index] ?? false)
        }
        bottom = cells.map(\.y1).max() ?? 0
        lastPage = page
        edges = Self.distinct(cells.flatMap { [$0.x0, $0.x1] })
    }

    /// Whether a fragment on the next page continues this table: same outer edges, and the column edges of one
    /// are among the other's.
    func isContinued(by next: TableAssembly) -> Bool {
        guard next.lastPage == lastPage + 1, let first = edges.first, let last = edges.last,
            let nextFirst = next.edges.first, let nextLast = next.edges.last,
            abs(first - nextFirst) <= Self.alignment, abs(last - nextLast) <= Self.alignment
        else { return false }
        func within(_ small: [Double], _ large: [Double]) -> Bool {
            small.allSatisfy { x in large.contains { abs($0 - x) <= Self.alignment } }
        }
        return within(next.edges, edges) || within(edges, next.edges)
    }

    /// Appends the fragment of the next page (see the type's description).
    mutating func append(_ next: TableAssembly) {
        let top = next.pieces.map(\.rect.y0).min() ?? 0
        let rowBottoms = Self.distinct(next.pieces.map(\.rect.y1))
        let firstRowBottom = rowBottoms.first ?? top
        let lastRow = pieces.indices.filter { abs(pieces[$0].rect.y1 - bottom) <= 1 }
        let numeric = lastRow.filter { Self.isNumber(pieces[$0].text) }.map { pieces[$0].rect }
        let firstRow = next.pieces.filter { abs($0.rect.y0 - top) <= 1 }
        let labelWrapped =
            !numeric.isEmpty
            && firstRow.contains { !$0.text.isEmpty }
            && firstRow.allSatisfy { piece in
                piece.text.isEmpty || !numeric.contains { Self.overlaps($0, piece.rect) }
            }
        let split = labelWrapped || valuesContinue(in: firstRow, bottom: firstRowBottom, below: lastRow)
        let offset = bottom - (split ? firstRowBottom : top)
        var added: [Piece] = []
        for var piece in next.pieces.sorted(by: { ($0.rect.y0, $0.rect.x0) < ($1.rect.y0, $1.rect.x0) }) {
            piece.rect.y0 += offset
            piece.rect.y1 += offset
            // Pieces at the break: the joined row (above the old bottom), or the first row (starting on it).
            let atBreak = split ? piece.rect.y0 < bottom - 0.5 : abs(piece.rect.y0 - bottom) <= 1
            if atBreak, let above = lastRow.first(where: { Self.aligned(pieces[$0].rect, piece.rect) }),
                split || (piece.text.isEmpty && !pieces[above].text.isEmpty && !Self.isNumber(pieces[above].text))
            {
                pieces[above].rect.y1 = max(pieces[above].rect.y1, piece.rect.y1)
                pieces[above].annotated = pieces[above].annotated || piece.annotated
                if !piece.text.isEmpty {
                    if pieces[above].without != nil || piece.without != nil {
                        pieces[above].without = Self.joined(
                            pieces[above].without ?? pieces[above].text, piece.without ?? piece.text)
                    }
                    pieces[above].text = Self.joined(pieces[above].text, piece.text)
                }
                continue
            }
            piece.rect.y0 = max(piece.rect.y0, bottom)
            if piece.rect.y1 > piece.rect.y0 + 0.5 { added.append(piece) }
        }
        pieces += added
        bottom = max(bottom, pieces.map(\.rect.y1).max() ?? bottom)
        lastPage = next.lastPage
        edges = Self.distinct(edges + next.edges)
    }

    /// Whether the next page's first row goes on with the values of the last row above: it holds text, all of it
    /// right of that row's label and each piece under a cell of that row, and nothing under the label. The label is
    /// a cell with text (not a number) that begins in that row, whose place on the next page is an empty cell of
    /// the first row only: a label merged down over the rows below (`（四）无法提供` beside its first row) goes on
    /// over more rows there, and a new row has its own label under the old one. Such a group label, left of the
    /// row's and going on below the first row, may hold the rest of its text there (`法提供`): it is no value.
    private func valuesContinue(in firstRow: [Piece], bottom firstRowBottom: Double, below lastRow: [Int]) -> Bool {
        guard let rowTop = lastRow.map({ pieces[$0].rect.y0 }).max() else { return false }
        let label = lastRow.map { pieces[$0] }.filter { piece in
            abs(piece.rect.y0 - rowTop) <= 1 && !piece.text.isEmpty && !Self.isNumber(piece.text)
                && firstRow.contains {
                    Self.aligned($0.rect, piece.rect) && $0.text.isEmpty && abs($0.rect.y1 - firstRowBottom) <= 1
                }
        }.min { $0.rect.x0 < $1.rect.x0 }
        guard let label else { return false }
        // A group's label left of the row's, cut by the break too (`（四）无` | `法提供`), goes on down beside the
        // rows below: it is no value of the row.
        let texts = firstRow.filter { piece in
            !piece.text.isEmpty
                && !(piece.rect.x1 <= label.rect.x0 + Self.alignment && piece.rect.y1 > firstRowBottom + 1
                    && lastRow.contains { Self.aligned(pieces[$0].rect, piece.rect) })
        }
        return !texts.isEmpty
            && texts.allSatisfy { piece in
                piece.rect.x0 >= label.rect.x1 - Self.alignment
                    && lastRow.contains { Self.aligned(pieces[$0].rect, piece.rect) }
            }
    }

    /// The table as a grid: its distinct cell edges are the grid lines. Column edges within ``alignment`` of each other
    /// are one line, as they are for ``isContinued(by:)``: LibreOffice draws a column's edge 1.5 pt apart on two pages
    /// of one table (`三、本年度办理结果` ending at 93.2 on one, `（七）总计` starting at 91.7 on the next), and as two
    /// grid lines the label merged down over the page break and the label beside it on the next page overlapped, and
    /// the row was lost.
    func grid() -> GridTable {
        let xs = Self.distinct(pieces.flatMap { [$0.rect.x0, $0.rect.x1] }, within: Self.alignment)
        let ys = Self.distinct(pieces.flatMap { [$0.rect.y0, $0.rect.y1] })
        let cells = pieces.map { piece in
            let row = Self.nearest(piece.rect.y0, in: ys)
            let column = Self.nearest(piece.rect.x0, in: xs)
            return GridCell(
                row: row, column: column, rowSpan: max(1, Self.nearest(piece.rect.y1, in: ys) - row),
                columnSpan: max(1, Self.nearest(piece.rect.x1, in: xs) - column), text: piece.text, box: piece.box,
                uncertain: piece.without.map { UncertainText(piece.annotated ? .annotated : .faint, textWithout: $0) })
        }
        return GridTable(
            rowCount: max(0, ys.count - 1), columnCount: max(0, xs.count - 1), cells: cells, columnEdges: xs)
    }

    /// A piece's text with the text of the piece below it on the next page: on a line of its own.
    static func joined(_ above: String, _ below: String) -> String {
        above.isEmpty ? below : below.isEmpty ? above : above + "\n" + below
    }

    static func aligned(_ a: Rect, _ b: Rect) -> Bool {
        abs(a.x0 - b.x0) <= alignment && abs(a.x1 - b.x1) <= alignment
    }

    static func overlaps(_ a: Rect, _ b: Rect) -> Bool {
        min(a.x1, b.x1) - max(a.x0, b.x0) > alignment
    }

    /// The position of the line nearest to a value among lines in ascending order (of two as near, the first; 0
    /// without lines): by halving, not by reading every line for every cell of a large grid.
    static func nearest(_ value: Double, in lines: [Double]) -> Int {
        var low = 0
        var high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if lines[middle] < value { low = middle + 1 } else { high = middle }
        }
        guard low < lines.count else { return max(lines.count - 1, 0) }
        guard low > 0 else { return 0 }
        return abs(lines[low - 1] - value) <= abs(lines[low] - value) ? low - 1 : low
    }

    /// Sorted values, those within `tolerance` (0.5 pt) of the previous one kept dropped.
    static func distinct(_ values: [Double], within tolerance: Double = 0.5) -> [Double] {
        var result: [Double] = []
        for value in values.sorted() where result.last.map({ value - $0 > tolerance }) ?? true {
            result.append(value)
        }
        return result
    }

    static func isNumber(_ text: String) -> Bool {
        let scalars = text.unicodeScalars.filter { !$0.properties.isWhitespace }
        return !scalars.isEmpty
            && scalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "," || $0 == "-" }
            && scalars.contains { ("0"..."9").contains($0) }
    }
}

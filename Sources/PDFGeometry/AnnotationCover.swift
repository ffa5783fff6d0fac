/// The box of an annotation over a page that may change what the text under it shows, in points (origin top left,
/// y down), and what its appearance paints over it when that decides what it hides (``paint``).
public struct AnnotationCover: Sendable, Hashable {
    /// The left edge.
    public var x0: Double
    /// The top edge.
    public var y0: Double
    /// The right edge.
    public var x1: Double
    /// The bottom edge.
    public var y1: Double
    /// How opaque the annotation's appearance, drawn alone, is over the box: a stamp hides only what it paints over
    /// most of (an electronic seal's red ring and text show the page through them; a stamp on a white ground does
    /// not), ink or a line what its strokes pass through (``CoverPaint/Tool``). `nil`: the whole box may hide what is
    /// under it (a text box typed over a figure, a redaction, a filled box, a strike-out, a stamp, ink or a line with
    /// no appearance of its own).
    public var paint: CoverPaint?

    /// Creates a box.
    public init(x0: Double, y0: Double, x1: Double, y1: Double, paint: CoverPaint? = nil) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
        self.paint = paint
    }

    /// The share of the painted cells, at least half opaque, a character's body must lie under to be hidden: more
    /// than half of it. A ring or the strokes of a seal's characters crossing a figure leave it readable; a stamp's
    /// filled ground over it does not.
    static let hiddenShare = 0.5

    /// The share of a character's body's width and height left out on each side of its middle, where a stroke of ink
    /// or a line must pass to cross it out: a fifth. A circle drawn round a figure, grazing the edges of its digits,
    /// leaves it; a stroke through it, or an X over it, does not.
    static let crossingMargin = 0.2

    /// The opacity of a cell a stroke crossing a character must reach: a quarter (a line half a point thick, drawn
    /// two cells a point, paints a cell it straddles half opaque).
    static let crossingOpacity: UInt8 = 64

    /// Whether the annotation may hide what lies in the box `x0`…`x1`, `y0`…`y1` (a character's body): it lies in
    /// the annotation's box, and the annotation paints over most of it or (ink, a line) its strokes pass through its
    /// middle, or it is judged by its whole box.
    func hides(x0: Double, y0: Double, x1: Double, y1: Double) -> Bool {
        let (midX, midY) = ((x0 + x1) / 2, (y0 + y1) / 2)
        guard midX >= self.x0, midX <= self.x1, midY >= self.y0, midY <= self.y1 else { return false }
        guard let paint else { return true }
        guard paint.columns > 0, paint.rows > 0, paint.alpha.count == paint.columns * paint.rows,
            self.x1 > self.x0, self.y1 > self.y0
        else { return false }
        let cells = cells(of: paint, x0: x0, y0: y0, x1: x1, y1: y1)
        var opaque = 0
        for r in cells.rows {
            for c in cells.columns where paint.alpha[r * paint.columns + c] >= 128 { opaque += 1 }
        }
        if Double(opaque) > Self.hiddenShare * Double(cells.columns.count * cells.rows.count) { return true }
        guard paint.tool == .pen else { return false }
        // A stroke through the body's middle crosses the character out, however little of it it paints.
        let (marginX, marginY) = ((x1 - x0) * Self.crossingMargin, (y1 - y0) * Self.crossingMargin)
        let middle = self.cells(of: paint, x0: x0 + marginX, y0: y0 + marginY, x1: x1 - marginX, y1: y1 - marginY)
        return middle.rows.contains { r in
            middle.columns.contains { c in paint.alpha[r * paint.columns + c] >= Self.crossingOpacity }
        }
    }

    /// The cells of `paint` whose middles lie in the box `x0`…`x1`, `y0`…`y1`; across or down a box smaller than a
    /// cell, the cell under its middle.
    private func cells(
        of paint: CoverPaint, x0: Double, y0: Double, x1: Double, y1: Double
    ) -> (columns: ClosedRange<Int>, rows: ClosedRange<Int>) {
        let cellWidth = (self.x1 - self.x0) / Double(paint.columns)
        let cellHeight = (self.y1 - self.y0) / Double(paint.rows)
        let column = { (x: Double) in min(paint.columns - 1, max(0, Int(((x - self.x0) / cellWidth).rounded(.down)))) }
        let row = { (y: Double) in min(paint.rows - 1, max(0, Int(((y - self.y0) / cellHeight).rounded(.down)))) }
        var columns = column(x0 + cellWidth / 2)...max(column(x0 + cellWidth / 2), column(x1 - cellWidth / 2))
        var rows = row(y0 + cellHeight / 2)...max(row(y0 + cellHeight / 2), row(y1 - cellHeight / 2))
        if x1 - x0 < cellWidth { columns = column((x0 + x1) / 2)...column((x0 + x1) / 2) }
        if y1 - y0 < cellHeight { rows = row((y0 + y1) / 2)...row((y0 + y1) / 2) }
        return (columns, rows)
    }
}

/// How opaque an annotation's appearance is over its box (``AnnotationCover/paint``), as the PDF reader drew it:
/// `columns` × `rows` cells, each an equal part of the box, and what drew it.
public struct CoverPaint: Sendable, Hashable {
    /// What drew an annotation's appearance, which decides what of the text under it it hides.
    public enum Tool: Sendable, Hashable {
        /// A stamp: it hides a character it paints over most of. A county's electronic seal, a red ring and words,
        /// leaves the figures it shows through read; a stamp on a white ground does not.
        case stamp
        /// Ink or a line (the pen tool): it hides a character its strokes pass through, as a strike-out does. An X or
        /// a stroke through a figure crosses it out; a circle drawn round it does not (rv116 F4).
        case pen
    }

    /// The cells across the box.
    public var columns: Int
    /// The cells down the box.
    public var rows: Int
    /// Each cell's opacity, from 0 (the page shows through) to 255 (opaque), row by row from the top.
    public var alpha: [UInt8]
    /// What drew it.
    public var tool: Tool

    /// Creates a painting of `columns` × `rows` cells, drawn by `tool`.
    public init(columns: Int, rows: Int, alpha: [UInt8], tool: Tool = .stamp) {
        self.columns = columns
        self.rows = rows
        self.alpha = alpha
        self.tool = tool
    }
}

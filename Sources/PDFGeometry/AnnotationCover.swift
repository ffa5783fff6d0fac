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
    /// How opaque the annotation's appearance, drawn alone, is over the box: a stamp, ink or a line hides only what
    /// it paints over (an electronic seal's red ring and text show the page through them; a stamp on a white ground
    /// does not). `nil`: the whole box may hide what is under it (a text box typed over a figure, a redaction, a
    /// filled box, a strike-out).
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

    /// Whether the annotation may hide what lies in the box `x0`…`x1`, `y0`…`y1` (a character's body): it lies in
    /// the annotation's box, and the annotation paints over most of it, or is judged by its whole box.
    func hides(x0: Double, y0: Double, x1: Double, y1: Double) -> Bool {
        let (midX, midY) = ((x0 + x1) / 2, (y0 + y1) / 2)
        guard midX >= self.x0, midX <= self.x1, midY >= self.y0, midY <= self.y1 else { return false }
        guard let paint else { return true }
        guard paint.columns > 0, paint.rows > 0, paint.alpha.count == paint.columns * paint.rows,
            self.x1 > self.x0, self.y1 > self.y0
        else { return false }
        let cellWidth = (self.x1 - self.x0) / Double(paint.columns)
        let cellHeight = (self.y1 - self.y0) / Double(paint.rows)
        // The cells whose middles lie in the box; a box smaller than a cell is the cell under its middle.
        let column = { (x: Double) in min(paint.columns - 1, max(0, Int(((x - self.x0) / cellWidth).rounded(.down)))) }
        let row = { (y: Double) in min(paint.rows - 1, max(0, Int(((y - self.y0) / cellHeight).rounded(.down)))) }
        var columns = column(x0 + cellWidth / 2)...max(column(x0 + cellWidth / 2), column(x1 - cellWidth / 2))
        var rows = row(y0 + cellHeight / 2)...max(row(y0 + cellHeight / 2), row(y1 - cellHeight / 2))
        if x1 - x0 < cellWidth { columns = column(midX)...column(midX) }
        if y1 - y0 < cellHeight { rows = row(midY)...row(midY) }
        var opaque = 0
        for r in rows {
            for c in columns where paint.alpha[r * paint.columns + c] >= 128 { opaque += 1 }
        }
        return Double(opaque) > Self.hiddenShare * Double(columns.count * rows.count)
    }
}

/// How opaque an annotation's appearance is over its box (``AnnotationCover/paint``), as the PDF reader drew it:
/// `columns` × `rows` cells, each an equal part of the box.
public struct CoverPaint: Sendable, Hashable {
    /// The cells across the box.
    public var columns: Int
    /// The cells down the box.
    public var rows: Int
    /// Each cell's opacity, from 0 (the page shows through) to 255 (opaque), row by row from the top.
    public var alpha: [UInt8]

    /// Creates a painting of `columns` × `rows` cells.
    public init(columns: Int, rows: Int, alpha: [UInt8]) {
        self.columns = columns
        self.rows = rows
        self.alpha = alpha
    }
}

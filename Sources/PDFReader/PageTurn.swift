import CMuPDF
import PDFGeometry

/// The quarter turns that set a page's text upright (review wn99 F2).
///
/// MuPDF gives a page as it is shown: a page turned by `/Rotate 90` (a table page turned to landscape, a page scanned
/// or saved sideways) shows its lines running down the page, each character below the one before. Grouped into
/// lines by their baselines, as upright text is, each character would be a line of its own, and a figure read from
/// them in the page's order top to bottom (`286` turned the other way reads `682`). A page whose characters mostly
/// run in another direction than left to right is turned back before it is laid out: its characters, lines and
/// size, so that its text reads in the order it was written and its tables keep their cells. A page of upright text
/// is left exactly as it is.
enum PageTurn: Equatable {
    /// The text runs left to right: nothing to turn.
    case upright
    /// The text runs down the page (`/Rotate 90`): turned a quarter back, counterclockwise.
    case runsDown
    /// The text runs right to left, upside down (`/Rotate 180`).
    case upsideDown
    /// The text runs up the page (`/Rotate 270`): turned a quarter back, clockwise.
    case runsUp

    /// The turn of a page whose characters are `characters`: the direction most of its characters of horizontal
    /// writing mode run in (a vertical label's characters, set in vertical mode, do not count), when more of them
    /// run in it than left to right.
    init(of characters: UnsafeBufferPointer<nb_pdf_char>) {
        var counts: [PageTurn: Int] = [:]
        for char in characters where char.vertical == 0 {
            guard let scalar = Unicode.Scalar(char.codepoint), !scalar.properties.isWhitespace else { continue }
            let turn: PageTurn? =
                switch (char.dir_x, char.dir_y) {
                case let (x, _) where x > 0.9: .upright
                case let (_, y) where y > 0.9: .runsDown
                case let (x, _) where x < -0.9: .upsideDown
                case let (_, y) where y < -0.9: .runsUp
                default: nil
                }
            if let turn { counts[turn, default: 0] += 1 }
        }
        let upright = counts[.upright] ?? 0
        let most = [PageTurn.runsDown, .upsideDown, .runsUp].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
        self = most.flatMap { (counts[$0] ?? 0) > upright ? $0 : nil } ?? .upright
    }

    /// The size of the page turned upright, from its size as shown.
    func size(width: Double, height: Double) -> (width: Double, height: Double) {
        switch self {
        case .upright, .upsideDown: (width, height)
        case .runsDown, .runsUp: (height, width)
        }
    }

    /// A point of the page as shown (`width` × `height`), on the page turned upright.
    func point(_ x: Double, _ y: Double, width: Double, height: Double) -> (x: Double, y: Double) {
        switch self {
        case .upright: (x, y)
        case .runsDown: (y, width - x)
        case .upsideDown: (width - x, height - y)
        case .runsUp: (height - y, x)
        }
    }

    /// A direction on the page as shown (a unit vector, y down), on the page turned upright.
    func direction(_ x: Double, _ y: Double) -> (x: Double, y: Double) {
        switch self {
        case .upright: (x, y)
        case .runsDown: (y, -x)
        case .upsideDown: (-x, -y)
        case .runsUp: (-y, x)
        }
    }

    /// A box of the page as shown (two opposite corners), on the page turned upright, its corners ordered (upright,
    /// the box as it is).
    func box(
        _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, width: Double, height: Double
    ) -> (x0: Double, y0: Double, x1: Double, y1: Double) {
        guard self != .upright else { return (x0, y0, x1, y1) }
        let first = point(x0, y0, width: width, height: height)
        let second = point(x1, y1, width: width, height: height)
        return (min(first.x, second.x), min(first.y, second.y), max(first.x, second.x), max(first.y, second.y))
    }

    /// What an annotation paints over its box on the page as shown, over the box turned upright (``box``): its
    /// cells turned with the page.
    func paint(_ paint: CoverPaint) -> CoverPaint {
        let (columns, rows) = (paint.columns, paint.rows)
        guard self != .upright, paint.alpha.count == columns * rows else { return paint }
        let (turnedColumns, turnedRows) = self == .upsideDown ? (columns, rows) : (rows, columns)
        var alpha = [UInt8](repeating: 0, count: paint.alpha.count)
        for row in 0..<turnedRows {
            for column in 0..<turnedColumns {
                // The cell of the page as shown that lands here (``point``'s turn, undone).
                let (from, to) =
                    switch self {
                    case .upright: (column, row)
                    case .runsDown: (columns - 1 - row, column)
                    case .upsideDown: (columns - 1 - column, rows - 1 - row)
                    case .runsUp: (row, rows - 1 - column)
                    }
                alpha[row * turnedColumns + column] = paint.alpha[to * columns + from]
            }
        }
        return CoverPaint(columns: turnedColumns, rows: turnedRows, alpha: alpha, tool: paint.tool)
    }
}

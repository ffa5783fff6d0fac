import PDFGeometry

/// Builds PDF page content by hand: ruled tables and lines of text, as MuPDF would report them.
struct SyntheticPage {
    var number = 1
    var characters: [PageCharacter] = []
    var segments: [PageSegment] = []
    var imageCount = 0

    /// Characters of `text` from `x` on a baseline, each `size` wide, one `advance` apart (`size` unless given:
    /// a wider advance spreads them as justified text does).
    mutating func text(_ text: String, x: Double, baseline: Double, size: Double = 10, advance: Double? = nil) {
        for (index, scalar) in text.unicodeScalars.enumerated() {
            let left = x + Double(index) * (advance ?? size)
            characters.append(
                PageCharacter(scalar, originX: left, originY: baseline, size: size, x0: left, x1: left + size))
        }
    }

    /// A text centred (roughly) in a box: first line 4 pt below the top.
    mutating func text(_ text: String, inColumn x: Double, row y: Double, size: Double = 10) {
        self.text(text, x: x + 2, baseline: y + 2 + size, size: size)
    }

    /// Stroked rules: horizontal lines at `ys` from `x0` to `x1`, vertical lines at `xs` from `y0` to `y1`.
    mutating func grid(xs: [Double], ys: [Double]) {
        guard let left = xs.first, let right = xs.last, let top = ys.first, let bottom = ys.last else { return }
        for y in ys { segments.append(.horizontal(y: y, from: left, to: right)) }
        for x in xs { segments.append(.vertical(x: x, from: top, to: bottom)) }
    }

    var content: PageContent {
        PageContent(number: number, characters: characters, segments: segments, imageCount: imageCount)
    }
}

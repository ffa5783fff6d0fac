/// Small PDFs drawn by hand, page content written as PDF operators: ruled tables, text in a colour, lines through
/// text, pictures, annotations (comments, sticky notes). Positions are in points from the page's top left, as MuPDF gives
/// them back (the PDF itself counts from the bottom); the font is Helvetica (MuPDF has it built in).
public enum DrawnPDF {
    /// The page's height in points (A4).
    public static let height = 842.0

    /// One page: its content operators, its annotations, and the turn a viewer shows it with (`/Rotate`, degrees
    /// clockwise; the content is drawn upright on the page before it is turned).
    public struct Page: Sendable {
        public var content: String
        public var annotations: [Annotation]
        public var rotation: Int

        /// Creates a page.
        public init(_ content: String, annotations: [Annotation] = [], rotation: Int = 0) {
            self.content = content
            self.annotations = annotations
            self.rotation = rotation
        }
    }

    /// An annotation: its dictionary's entries (without `/Type /Annot` and `/AP`), and what its appearance draws
    /// (operators in a box `width` × `height` from its bottom left, with the page's font as `/F1`), if it has one.
    public struct Annotation: Sendable {
        public var entries: String
        public var appearance: (content: String, width: Double, height: Double)?

        /// Creates an annotation.
        public init(_ entries: String, appearance: (content: String, width: Double, height: Double)? = nil) {
            self.entries = entries
            self.appearance = appearance
        }
    }

    /// Stroked rules: horizontal lines at `ys` from the first to the last x, vertical lines at `xs` from the first to
    /// the last y.
    public static func grid(xs: [Double], ys: [Double]) -> String {
        guard let left = xs.first, let right = xs.last, let top = ys.first, let bottom = ys.last else { return "" }
        let horizontal = ys.map { line(x0: left, y0: $0, x1: right, y1: $0) }
        let vertical = xs.map { line(x0: $0, y0: top, x1: $0, y1: bottom) }
        return (horizontal + vertical).joined(separator: " ")
    }

    /// A stroked line `width` thick in a grey level or RGB colour (`0 0 0`).
    public static func line(
        x0: Double, y0: Double, x1: Double, y1: Double, width: Double = 0.5, colour: String = "0 0 0"
    ) -> String {
        "q \(colour) RG \(width) w \(x0) \(height - y0) m \(x1) \(height - y1) l S Q"
    }

    /// A filled rectangle in an RGB colour.
    public static func fill(x0: Double, y0: Double, x1: Double, y1: Double, colour: String) -> String {
        "q \(colour) rg \(x0) \(height - y1) \(x1 - x0) \(y1 - y0) re f Q"
    }

    /// A picture over the box (one grey pixel stretched over it, an inline image), as a scanned page draws its page.
    public static func image(x0: Double, y0: Double, x1: Double, y1: Double) -> String {
        "q \(x1 - x0) 0 0 \(y1 - y0) \(x0) \(height - y1) cm BI /W 1 /H 1 /BPC 8 /CS /G /F /AHx ID 80> EI Q"
    }

    /// Text on a baseline from `x`, in an RGB colour; `offset` draws it again that many points to the right (the
    /// "fake bold" of producers whose font has no bold face).
    public static func text(
        _ text: String, x: Double, baseline: Double, size: Double = 10, colour: String = "0 0 0",
        again offset: Double? = nil
    ) -> String {
        let once = { (x: Double) in "BT \(colour) rg /F1 \(size) Tf \(x) \(height - baseline) Td (\(text)) Tj ET" }
        return offset.map { once(x) + " " + once(x + $0) } ?? once(x)
    }

    /// Text on a baseline from `x` in a font whose digits a reader cannot tell (glyph names of its own, no ToUnicode
    /// map, as a PDF producer that subsets a font may leave it): MuPDF gives U+FFFD for each digit; the page shows them.
    public static func undecodableText(_ text: String, x: Double, baseline: Double, size: Double = 10) -> String {
        "BT /F2 \(size) Tf \(x) \(height - baseline) Td (\(text)) Tj ET"
    }

    /// Text turned a quarter on an upright page, its baseline starting at (`x`, `baseline`): running up the page
    /// (`up`, turned counterclockwise, as a table's header cell written bottom to top) or down it (clockwise).
    public static func turnedText(_ text: String, x: Double, baseline: Double, size: Double = 10, up: Bool) -> String {
        "BT /F1 \(size) Tf \(up ? "0 1 -1 0" : "0 -1 1 0") \(x) \(height - baseline) Tm (\(text)) Tj ET"
    }

    /// Text turned upside down on an upright page, its baseline starting at (`x`, `baseline`) and running left.
    public static func upsideDownText(_ text: String, x: Double, baseline: Double, size: Double = 10) -> String {
        "BT /F1 \(size) Tf -1 0 0 -1 \(x) \(height - baseline) Tm (\(text)) Tj ET"
    }

    /// The width of a digit of Helvetica, in ems.
    public static let digitWidth = 0.556

    /// The bytes of a PDF of the pages.
    public static func bytes(_ pages: [Page]) -> [UInt8] {
        var file = PDFObjects()
        let font = file.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        // `/F2`: Helvetica whose digits have glyph names no reader knows, and no ToUnicode map (``undecodableText``).
        let digitNames = (0...9).map { "/nb\($0)" }.joined(separator: " ")
        let undecodable = file.add(
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /Differences [48 \(digitNames)] >> >>"
        )
        // Objects: font, then for each page its content and annotations, then the pages, then the catalog.
        var pageObjects: [String] = []
        for page in pages {
            let content = file.addStream("", page.content)
            let annotations = page.annotations.map { annotation in
                let appearance = annotation.appearance.map { content, width, height in
                    file.addStream(
                        "/Type /XObject /Subtype /Form /BBox [0 0 \(width) \(height)] /Resources << /Font << /F1 \(font) 0 R >> >>",
                        content)
                }
                return file.add(
                    "<< /Type /Annot \(annotation.entries)\(appearance.map { " /AP << /N \($0) 0 R >>" } ?? "") >>")
            }
            pageObjects.append(
                "/Contents \(content) 0 R /Annots [\(annotations.map { "\($0) 0 R" }.joined(separator: " "))]"
                    + (page.rotation == 0 ? "" : " /Rotate \(page.rotation)"))
        }
        let pagesObject = file.nextNumber + pages.count
        let kids = pageObjects.map { entries in
            file.add(
                "<< /Type /Page /Parent \(pagesObject) 0 R /MediaBox [0 0 595 \(Int(height))] /Resources << /Font << "
                    + "/F1 \(font) 0 R /F2 \(undecodable) 0 R >> >> \(entries) >>")
        }
        _ = file.add(
            "<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(kids.count) >>")
        let catalog = file.add("<< /Type /Catalog /Pages \(pagesObject) 0 R >>")
        return file.bytes(catalog: catalog)
    }
}

import CMuPDF
public import DocumentLayout
import PDFGeometry

/// Reads a PDF through MuPDF: each page's characters (with baselines) and drawings, then ``PDFLayout`` builds the
/// paragraphs and tables.
///
/// MuPDF is opened with a fresh context per call, so calls on different threads do not share state.
public enum PDFReader {
    /// The most pages a report can have; larger files are refused before their pages are read.
    public static let maximumPages = 200

    /// The most lines, characters and drawing operations (paths, clips, text, images; each form drawn is one) one
    /// page may draw. The real reports (the corpus PDFs and the test fixtures) draw at most 174 lines, 1,423
    /// characters and 891 operations on a page; a page past this is a drawing repeated inside itself (a PDF of a
    /// few kilobytes can draw 10^8 lines and take minutes and gigabytes to read). MuPDF is stopped when it is
    /// reached, after about 2 s in a debug build.
    public static let maximumDrawnPerPage = 100_000

    /// The most lines, characters and drawing operations the whole document may draw: three pages at the page
    /// limit, a hundred times the ~2,300 characters of a real report, so 200 pages each just under the page limit
    /// cost no more than three.
    public static let maximumDrawn = 300_000

    /// The most seconds reading one PDF may take: a report of 200 pages at the drawing limits reads in a few
    /// seconds in a debug build. Operators that draw nothing are not counted by those limits (a form of 100 MB of
    /// `q Q`, compressed to 100 KB and drawn ten times, took a minute: rv107 F1); MuPDF is stopped when the time
    /// is up.
    public static let maximumSeconds = 20

    /// Reads the bytes of a PDF.
    ///
    /// - Throws: ``DocumentReadError/incomplete(format:)`` for a file cut short (``isCutShort(_:)``),
    ///   ``DocumentReadError/broken(format:detail:)`` for a damaged file, ``DocumentReadError/encrypted(format:)``
    ///   for a password-protected one, ``DocumentReadError/scanned(pages:)`` for pages without text,
    ///   ``DocumentReadError/tooLarge(format:detail:)`` past ``maximumPages``,
    ///   ``DocumentReadError/tooMuchDrawn(page:kind:limit:wholeFile:)`` past ``maximumDrawnPerPage`` or
    ///   ``maximumDrawn``, ``DocumentReadError/tooSlow(page:seconds:)`` when it is still being read after
    ///   `milliseconds` (``maximumSeconds`` unless a test says otherwise).
    public static func read(
        _ bytes: [UInt8], milliseconds: Int = maximumSeconds * 1000
    ) throws(DocumentReadError) -> LaidOutDocument {
        let (pages, repaired) = try content(of: bytes, milliseconds: milliseconds)
        do {
            // A damaged file MuPDF rebuilt may read only in part: the document says it was repaired.
            var document = try PDFLayout.document(from: pages)
            document.wasRepaired = repaired
            return document
        } catch {
            // A damaged file MuPDF rebuilt and found no text in is no scan: say it is damaged.
            switch error {
            case .noText where repaired, .scanned where repaired:
                throw .broken(format: .pdf, detail: "文件结构已损坏，修复后读不到文字")
            default: throw error
            }
        }
    }

    /// What a damaged PDF's refusal says of the damage, whatever MuPDF found (rv107 F9: its English went into the
    /// Chinese message).
    static let brokenDetail = "文件结构已损坏，找不到或读不通其中的页面"

    /// The content of every page, as MuPDF gives it, and whether MuPDF had to repair the file to read it.
    static func content(
        of bytes: [UInt8], milliseconds: Int = maximumSeconds * 1000
    ) throws(DocumentReadError) -> (pages: [PageContent], repaired: Bool) {
        // (MuPDF repairs a file cut short, silently, and reads what is left: part of a report, or nothing)
        if isCutShort(bytes) { throw .incomplete(format: .pdf) }
        var document: UnsafeMutablePointer<nb_pdf_document>?
        let perPage = Int32(maximumDrawnPerPage)
        let whole = Int32(maximumDrawn)
        let limits = nb_pdf_limits(
            pages: Int32(maximumPages), segments_per_page: perPage, chars_per_page: perPage,
            operations_per_page: perPage, segments: whole, chars: whole, operations: whole,
            milliseconds: Int32(clamping: max(1, milliseconds)))
        let status = bytes.withUnsafeBufferPointer { buffer in
            nb_pdf_read(buffer.baseAddress, buffer.count, limits, &document)
        }
        defer { nb_pdf_free(document) }
        guard let document else { throw .broken(format: .pdf, detail: "内存不足") }
        let message = withUnsafeBytes(of: document.pointee.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        switch Int(status) {
        case Int(NB_PDF_OK): break
        case Int(NB_PDF_ENCRYPTED): throw .encrypted(format: .pdf)
        case Int(NB_PDF_TOO_MANY_PAGES):
            // (the facade says `<count> pages`)
            throw .tooLarge(format: .pdf, detail: "共 \(message.prefix { $0.isNumber }) 页，上限 \(maximumPages) 页")
        case Int(NB_PDF_TOO_MUCH_DRAWN) where document.pointee.over_what == Int32(NB_PDF_OVER_TIME):
            throw .tooSlow(page: Int(document.pointee.over_page), seconds: max(1, milliseconds / 1000))
        case Int(NB_PDF_TOO_MUCH_DRAWN): throw tooMuchDrawn(document.pointee)
        // (MuPDF's own words — `cycle in page tree`, `no objects found` — are English: a clerk reads what it means)
        default: throw .broken(format: .pdf, detail: brokenDetail)
        }
        let count = Int(document.pointee.page_count)
        let repaired = document.pointee.repaired != 0
        guard count > 0, let pages = document.pointee.pages else {
            throw repaired ? .broken(format: .pdf, detail: "文件结构已损坏，修复后找不到任何一页") : .noText(format: .pdf)
        }
        let content = (0..<count).map { index in
            let page = pages[index]
            let chars = UnsafeBufferPointer(start: page.chars, count: Int(page.char_count))
            // A page whose text runs down, up or upside down is turned upright (``PageTurn``).
            let turn = PageTurn(of: chars)
            let (width, height) = (Double(page.width), Double(page.height))
            let origins = chars.map {
                turn.point(Double($0.origin_x), Double($0.origin_y), width: width, height: height)
            }
            // The lines set in another direction than the page's text, each read as it was written (``TurnedLines``).
            let turnedPlaces = TurnedLines.places(of: chars, origins: origins, turn: turn)
            let characters = chars.indices.map { index in
                let char = chars[index]
                let origin = origins[index]
                let box = turn.box(
                    Double(char.x0), Double(char.y0), Double(char.x1), Double(char.y1), width: width, height: height)
                var character = PageCharacter(
                    RadicalCharacters.ideograph(for: Unicode.Scalar(char.codepoint) ?? "\u{FFFD}"),
                    originX: origin.x, originY: origin.y, size: Double(char.size), x0: box.x0, x1: box.x1,
                    colour: TextColour(
                        red: Double(char.color >> 16 & 0xFF) / 255, green: Double(char.color >> 8 & 0xFF) / 255,
                        blue: Double(char.color & 0xFF) / 255))
                character.turned = turnedPlaces[index]
                return character
            }
            let segments = UnsafeBufferPointer(start: page.segments, count: Int(page.segment_count)).map { segment in
                let fill = segment.kind == Int32(NB_PDF_FILL)
                // A fill is a box (its corners ordered again); a stroke keeps its two ends.
                let ends =
                    fill
                    ? turn.box(
                        Double(segment.x0), Double(segment.y0), Double(segment.x1), Double(segment.y1), width: width,
                        height: height)
                    : {
                        let start = turn.point(Double(segment.x0), Double(segment.y0), width: width, height: height)
                        let end = turn.point(Double(segment.x1), Double(segment.y1), width: width, height: height)
                        return (start.x, start.y, end.x, end.y)
                    }()
                return PageSegment(
                    fill ? .fill : .stroke, x0: ends.0, y0: ends.1, x1: ends.2, y1: ends.3,
                    width: Double(segment.width),
                    colour: TextColour(
                        red: Double(segment.red), green: Double(segment.green), blue: Double(segment.blue),
                        alpha: Double(segment.alpha)),
                    charactersBefore: Int(segment.chars_before))
            }
            let covers = UnsafeBufferPointer(start: page.covers, count: Int(page.cover_count)).map { cover in
                let box = turn.box(
                    Double(cover.x0), Double(cover.y0), Double(cover.x1), Double(cover.y1), width: width, height: height
                )
                let paint = cover.alpha.map { alpha in
                    let (columns, rows) = (Int(cover.columns), Int(cover.rows))
                    let cells = Array(UnsafeBufferPointer(start: alpha, count: columns * rows))
                    let tool: CoverPaint.Tool = cover.crossing != 0 ? .pen : .stamp
                    return turn.paint(CoverPaint(columns: columns, rows: rows, alpha: cells, tool: tool))
                }
                return AnnotationCover(x0: box.x0, y0: box.y0, x1: box.x1, y1: box.y1, paint: paint)
            }
            let size = turn.size(width: width, height: height)
            return PageContent(
                number: index + 1, width: size.width, height: size.height, characters: characters,
                segments: segments, imageCount: Int(page.image_count), covers: covers)
        }
        return (content, repaired)
    }

    /// The error for a document MuPDF was stopped in because a page, or the whole, drew too much.
    private static func tooMuchDrawn(_ document: nb_pdf_document) -> DocumentReadError {
        let kind: DocumentReadError.DrawnKind =
            switch Int(document.over_what) {
            case Int(NB_PDF_OVER_SEGMENTS): .lines
            case Int(NB_PDF_OVER_CHARS): .characters
            default: .shapes
            }
        let wholeFile = document.over_document != 0
        return .tooMuchDrawn(
            page: Int(document.over_page), kind: kind, limit: wholeFile ? maximumDrawn : maximumDrawnPerPage,
            wholeFile: wholeFile)
    }

    /// Whether a file that starts as a PDF (`%PDF-` in its first 1,024 bytes) lacks the `%%EOF` a PDF ends with in
    /// its last 1,024 bytes, where PDF readers look for it: a file cut off while it was downloaded or copied. A file
    /// that does not start as a PDF is left for MuPDF to refuse as damaged.
    static func isCutShort(_ bytes: [UInt8]) -> Bool {
        contains(Array("%PDF-".utf8), in: bytes.prefix(1024)) && !contains(Array("%%EOF".utf8), in: bytes.suffix(1024))
    }

    private static func contains(_ pattern: [UInt8], in bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count >= pattern.count else { return false }
        return bytes.indices.dropLast(pattern.count - 1).contains { start in
            bytes[start..<start + pattern.count].elementsEqual(pattern)
        }
    }
}

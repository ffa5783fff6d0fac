/// A file read into what its pages show: paragraphs and tables in reading order.
///
/// Every reader (.docx, PDF, HTML, and .doc/.wps through LibreOffice) produces one; the parser turns it into a
/// report. Paragraph text is exactly as written (automatic numbering such as `一、` or `（一）` put back in front);
/// a table is a ``GridTable``: cells on a grid of rows and columns with their spans.
public struct LaidOutDocument: Sendable, Hashable {
    /// The format the file was read as.
    public var format: DocumentFormat
    /// Paragraphs and tables in reading order.
    public var blocks: [LayoutBlock]
    /// How many pages the file has, when it has pages (PDF).
    public var pageCount: Int?
    /// The revision (its id in hexadecimal, as written) a Word file made by Nianbao was exported from, when the file
    /// says so: a file edited from an older version than the draft is merged with what changed since.
    public var exportedRevision: String?

    /// Whether the file was damaged and the reader had to repair it to read it (a PDF whose cross-reference table
    /// MuPDF rebuilt): what was read may be part of the file only.
    public var wasRepaired = false

    /// The pages (from 1) that draw pictures but no text, in a PDF whose other pages have text: a scanned page put
    /// among printed ones. What they show (sections, tables) was not read.
    public var imagePages: [Int] = []

    /// The pages (from 1) of a PDF with characters whose text cannot be told (a font without a ToUnicode map: MuPDF
    /// gives U+FFFD for each): the figures and words they stand in were not read.
    public var undecodablePages: [Int] = []

    /// The parts of a Word file in another format that Word shows in its body (``EmbeddedChunk``), not yet laid out
    /// (``DocumentReaders`` puts their content in place).
    public var embeddedChunks: [EmbeddedChunk] = []

    /// Where the pictures of a Word file's body stand: for each, the index in ``blocks`` of the block that holds it
    /// (a picture in a paragraph of its own, a table pasted as a picture), in order. What a picture shows is not
    /// read: a template table missing from the section a picture stands in may be that picture.
    public var pictures: [Int] = []

    /// The parts of a Word file in another format that Word shows in its body but no reader here lays out (an MHT
    /// `w:altChunk`, as OA systems export the report after a title line): a document refused as no report, or as
    /// having no text, names the first, where its text is (``DocumentReadError/unreadChunk(format:part:)``).
    public var unreadChunks: [String] = []

    /// The custom document property of a Word file that holds ``exportedRevision``.
    public static let exportedRevisionProperty = "NianbaoRevision"

    /// Creates a document.
    public init(format: DocumentFormat, blocks: [LayoutBlock], pageCount: Int? = nil) {
        self.format = format
        self.blocks = blocks
        self.pageCount = pageCount
    }

    /// The paragraphs, in order.
    public var paragraphs: [LayoutParagraph] { blocks.compactMap(\.paragraph) }

    /// The tables, in order.
    public var tables: [GridTable] { blocks.compactMap(\.table) }
}

/// A paragraph or a table of a laid-out document.
public enum LayoutBlock: Sendable, Hashable {
    /// A paragraph of text.
    case paragraph(LayoutParagraph)
    /// A table.
    case table(GridTable)

    /// The paragraph, when this block is one.
    public var paragraph: LayoutParagraph? {
        if case .paragraph(let paragraph) = self { return paragraph }
        return nil
    }

    /// The table, when this block is one.
    public var table: GridTable? {
        if case .table(let table) = self { return table }
        return nil
    }
}

/// A paragraph: its text as written, and the page it starts on when the file has pages.
public struct LayoutParagraph: Sendable, Hashable {
    /// The text, with automatic numbering put back in front; line breaks inside it are `\n`, and each ends a line
    /// that the parser reads as a paragraph of its own (a page's `<br>` ends a paragraph here already).
    public var text: String
    /// The 1-based page the paragraph starts on (PDF), else `nil`.
    public var page: Int?
    /// Whether the document marks it as a paragraph of body text as written, whatever it looks like (a line like a
    /// heading or a caption): the style ``asWrittenStyle`` of Nianbao's own Word files.
    public var asWritten: Bool

    /// The Word paragraph style that marks a paragraph as written (`BodyTextAsWritten`, 报告正文（原样）).
    public static let asWrittenStyle = "BodyTextAsWritten"
    /// The name of that style, which Word, WPS and LibreOffice keep when they save the file in another format (as
    /// .doc, say), where its id becomes another (`Style18`).
    public static let asWrittenStyleName = "报告正文（原样）"

    /// Creates a paragraph.
    public init(_ text: String, page: Int? = nil, asWritten: Bool = false) {
        self.text = text
        self.page = page
        self.asWritten = asWritten
    }
}

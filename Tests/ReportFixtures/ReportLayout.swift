/// The ways real reports lay out their tables (see `../shared/corpus/README.md`), for rendering generated reports.
public enum ReportLayout: String, CaseIterable, Sendable, CustomStringConvertible {
    /// Tab-separated rows; table 3's nesting spread over leading empty cells; some rows lost their leading cells
    /// (seeds 002–004).
    case tabRows
    /// One cell per line, tab-indented, a blank line between rows, full-width and no-break spaces around numbers,
    /// the title split over two lines (seed 000).
    case cellPerLineTabbed
    /// One cell per line, each followed by ` |`; header cells split by spaces (seed 001).
    case cellPerLinePipe
    /// Inline `| a | b | c |` rows.
    case inlinePipes
    /// A cell on its own line followed by a line holding only `|`; CRLF line endings and a BOM.
    case cellThenPipeLine
    /// Columns aligned with spaces as `pdftotext -layout` writes them: prose wrapped, page numbers and form feeds
    /// inside tables, long row labels over several lines, group labels in the middle of their rows.
    case pdfLayout
    /// `pdftotext -raw` order: one table row per line, words separated by single spaces, long row labels wrapped with
    /// the numbers after the label's second half.
    case rawRows
    /// `pdftotext -raw` with each row's numbers alone on the line after its (sometimes wrapped) label.
    case rawNumbersAlone
    /// Plain `pdftotext` order: every table's numbers in column blocks before their labels (nothing determined).
    case scrambled
    /// Markdown tables in which some rows lost a value (`| 规章 | 22 | 235 |` under three columns).
    case shortRows
    /// Markdown tables, table 4 as one row of fifteen numbers under a header of six cells.
    case table4OneRow
    /// A whole report on one line, as web-page text runs headings, paragraphs and table cells together.
    case oneLine

    public var description: String { rawValue }

    /// Whether the layout keeps every paragraph and subsection heading apart (one-line text runs them together).
    public var keepsParagraphs: Bool { self != .oneLine }

    /// The layouts that determine every cell of every table.
    public static let complete: [ReportLayout] = allCases.filter { ![.scrambled, .shortRows].contains($0) }

    /// The layouts that keep everything a report says: every cell, paragraph and heading reads back the same.
    public static let faithful: [ReportLayout] = complete.filter(\.keepsParagraphs)
}

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

    public var description: String { rawValue }
}

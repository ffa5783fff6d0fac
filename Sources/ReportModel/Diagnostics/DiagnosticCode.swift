/// What a parse diagnostic is about: a stable code that the parser emits and the checks consume.
///
/// The raw values are the codes `nianbao parse --format json` writes (`Schema/report-json.md`); they never change
/// meaning. The checker turns some codes into findings (`ReportChecks/Rules/SourceRules.swift`) from the code and
/// the diagnostic's ``DiagnosticSubject``, never from its message.
public enum DiagnosticCode: String, Sendable, Hashable, Codable, CaseIterable {
    /// The file was GB18030/GBK text.
    case encodingGB18030 = "encoding-gb18030"
    /// Page-number lines (`-2-`) were left out.
    case pageNumbers = "page-numbers"
    /// A section heading was found inside a line of running text; the line was cut there.
    case headingInText = "heading-in-text"
    /// The same heading was typed twice in a row and read as one section.
    case headingRepeated = "heading-repeated"
    /// A section heading was typed without its number.
    case headingUnnumbered = "heading-unnumbered"
    /// A heading carries two numbers (`（一）一、`).
    case headingMalformed = "heading-malformed"
    /// A numbered subheading came before the first section and was kept as a paragraph.
    case headingBeforeSections = "heading-before-sections"
    /// A top-level section number was used a second time.
    case sectionNumberReused = "section-number-reused"
    /// A paragraph stops mid-sentence and goes on after a blank line; read as one.
    case paragraphJoined = "paragraph-joined"
    /// A table row has fewer values than columns: which column each belongs to is not certain, so it is missing.
    case rowIncomplete = "row-incomplete"
    /// A table row has more values than columns: which ones are its own is not certain, so it is missing.
    case rowOverfull = "row-overfull"
    /// A cell typed with a unit or in Chinese numerals (`5件`, `一百`) was read as the number it says.
    case cellReadAsNumber = "cell-read-as-number"
    /// A cell typed as a number that has no value: with a unit its column is not counted in (`77302800元` in 万元), or
    /// with separators that make no number (`7730,28`). Its text is kept as typed, never converted. Also a figure
    /// under a header that names another unit than its column's (`本年收费金额（单位：元）` over 5000, in 万元 by the
    /// format): the cell is missing, its text in ``DiagnosticSubject/text``.
    case cellNumberUnread = "cell-number-unread"
    /// A table stops before its last rows.
    case tableTruncated = "table-truncated"
    /// Rows of a table were not found.
    case rowsMissing = "rows-missing"
    /// Text inside a table that is not part of it was kept as a paragraph.
    case tableTextKept = "table-text-kept"
    /// A table whose numbers are not beside their labels: what could not be placed for certain is missing.
    case tableUnreadable = "table-unreadable"
    /// A table none of whose rows could be read.
    case tableEmpty = "table-empty"
    /// (.docx, PDF, web page) A table row with values whose label is no row of the format: its text and numbers are
    /// kept as a paragraph after the table, none of them in a cell.
    case tableRowUnknown = "table-row-unknown"
    /// (.docx, PDF, web page) A column the format does not have (`备注`): the texts of its cells are kept as paragraphs
    /// after the table; the header is ``DiagnosticSubject/text``.
    case tableColumnExtra = "table-column-extra"
    /// (.docx, PDF, web page) A row of the format that appears twice with the same texts: read once.
    case tableRowRepeated = "table-row-repeated"
    /// (.docx, PDF, web page) A row of the format typed more than once with differing texts, or table 4 with several
    /// rows of figures: which is the report's cannot be told, so the row is missing, and every copy is kept as a
    /// paragraph after the table; the row's label is ``DiagnosticSubject/text``.
    case tableRowsDisagree = "table-rows-disagree"
    /// (.docx, PDF, web page) A column of the format named by the headers of several cells of a row that differ (a
    /// copy of the 自然人 column; a merged cell split into `31 | 12 | 3`): the column is missing, and every row's cells
    /// under it are kept as paragraphs after the table; the column's name is ``DiagnosticSubject/text``.
    case tableColumnsDisagree = "table-columns-disagree"
    /// A table of the format the report holds more than once, the copies filling a cell differently (last year's
    /// table 3 left above this year's): both are kept, neither is the report's table (``Report/table(number:)``);
    /// ``DiagnosticSubject/table`` is its number.
    case tableRepeated = "table-repeated"
    /// (.docx, PDF, web page) A table's headers put its columns in another order than the format's, and the header
    /// of one column (``DiagnosticSubject/column``) could not be read: its cells are missing, not placed by position.
    case columnsOutOfOrder = "columns-out-of-order"
    /// (.docx, web page) A cell holding text the reader cannot tell is shown or hidden (Word's 网页视图隐藏, white text
    /// on a light or unknown background) that reads another number with it than without it: the cell is missing.
    case cellTextUncertain = "cell-text-uncertain"
    /// (PDF) The file was damaged and had to be repaired to be read: what was read may be incomplete.
    case fileRepaired = "file-repaired"
    /// (PDF) A page draws pictures but no text (a scanned page among printed ones, ``DiagnosticSubject/page``): its
    /// sections and tables were not read.
    case pageImage = "page-image"
    /// (PDF) A page has characters whose text cannot be told (a font without a ToUnicode map: U+FFFD,
    /// ``DiagnosticSubject/page``): the figures and words they stand in were not read.
    case pageTextUndecodable = "page-text-undecodable"
    /// (.docx) A table of the format is missing from the section it belongs in, and a picture stands in that section
    /// (a table pasted as a picture, 粘贴为图片): its figures could not be read (``DiagnosticSubject/table``).
    case tablePicture = "table-picture"

    /// Whether the diagnostic says that part of the text could not be read reliably (rather than describing how
    /// the report itself is written): cells it concerns are missing because of the text, not the report.
    public var isReadingProblem: Bool {
        switch self {
        case .rowIncomplete, .rowOverfull, .tableUnreadable, .tableEmpty, .tableRowUnknown, .tableRowRepeated,
            .tableRowsDisagree, .tableColumnsDisagree, .tableRepeated, .columnsOutOfOrder, .cellTextUncertain,
            .tablePicture:
            true
        default: false
        }
    }
}

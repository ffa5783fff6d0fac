// A parser diagnostic in English: made from its code and its subject, since its message is the parser's Chinese, kept
// with the revision as it was written.

extension Diagnostic {
    /// What happened, in English (`--lang en`): the code's sentence, naming the table (`Table 3`), the format's row and
    /// column labels and the text as typed as the report and the format have them. Less detailed than ``message``
    /// (which counts the cells and lists the rows), never another finding.
    public var englishMessage: String {
        let table = subject?.table.map(TableTemplate.englishName) ?? "A table"
        let typed = subject?.text.map { " “\($0)”" } ?? ""
        let quoted = subject?.text.map { ": \($0)" } ?? ""
        let row = rowLabel.map { " “\($0)”" } ?? ""
        let column = columnLabel.map { " “\($0)”" } ?? ""
        let check = " (check the original)"
        return switch code {
        case .encodingGB18030: "Read as GB18030/GBK text"
        case .pageNumbers: "Page-number lines were left out"
        case .headingInText: "A heading inside a line of text: the line was cut at the heading" + quoted
        case .headingRepeated: "The same heading was typed twice and is read as one" + quoted
        case .headingUnnumbered: "A heading has no number" + quoted
        case .headingMalformed: "A heading has two numbers" + quoted
        case .headingBeforeSections: "A numbered heading before the first part was kept as a paragraph" + quoted
        case .sectionNumberReused: "A part's number is used a second time" + quoted
        case .paragraphJoined:
            "A paragraph breaks off mid-sentence and goes on after a blank line: read as one (check that no words are "
                + "missing)"
        case .rowIncomplete:
            "\(table), row\(row): fewer values than columns, so what cannot be placed for certain is missing" + check
        case .rowOverfull:
            "\(table), row\(row): more values than columns, so the row was not filled in and is missing" + check
        case .cellReadAsNumber: "\(table), row\(row), column\(column): typed as\(typed), read as the number it says"
        case .cellNumberUnread:
            "\(table), row\(row), column\(column): typed as\(typed), which is no number of the column: not read, kept "
                + "as typed (please check)"
        case .tableTruncated: "\(table) stops before its last rows"
        case .rowsMissing: "\(table): some of its rows were not found"
        case .tableTextKept: "\(table) holds text that is not part of it: kept as a paragraph" + quoted
        case .tableUnreadable:
            "\(table): its numbers are not beside their labels, so what could not be placed for certain is missing"
                + check
        case .tableEmpty: "\(table): no row could be read"
        case .tableRowUnknown:
            "\(table): the row\(typed) is no row of the format: its text and numbers were kept as a paragraph after "
                + "the table, in no cell"
        case .tableColumnExtra:
            "\(table) has a column the format does not have\(typed): its text was kept as paragraphs after the table"
        case .tableRowRepeated: "\(table): the row\(typed) appears twice, the same both times; read once"
        case .tableRepeated where subject?.text != nil:
            // (one grid holding both copies: its rows typed twice are named)
            "\(table) seems to appear twice (two copies read as one table): most of its rows are filled in more than "
                + "once, differently, so which is the year's cannot be told: those rows are missing, and every copy was "
                + "kept as a paragraph after the table (check the original and delete the one too many)"
        case .tableRepeated:
            "The report holds \(table) more than once, the copies differing, so which is the year's cannot be told: "
                + "both were kept, and none of their figures is read as \(table)'s (check the original and delete the "
                + "one too many)"
        case .tableColumnsDisagree:
            "\(table): more than one column is\(typed), with differing figures, so which is right cannot be told: the "
                + "column is missing, and every copy was kept as paragraphs after the table" + check
        case .tableRowsDisagree:
            "\(table): the row\(typed) is filled in more than once, differently, so which is right cannot be told: it "
                + "is missing, and every copy was kept as a paragraph after the table" + check
        case .columnsOutOfOrder:
            "\(table): its columns are in another order than the format's, and the header of\(column.isEmpty ? " a" : "")"
                + " column\(column) could not be read, so its cells were not read" + check
        case .cellTextUncertain:
            "\(table), row\(row), column\(column): holds text that may be hidden (hidden on web pages, or coloured like "
                + "its background), and reads another number with it than without it, so it is missing" + check
        case .fileRepaired:
            "The file was damaged and was repaired to be read: some of it may not have been read (check every part "
                + "and every figure against the original)"
        case .pageImage:
            "Page \(subject?.page.map(String.init) ?? "?") is a picture (a scan) without text: its text and tables "
                + "could not be read" + check
        case .tablePicture:
            "\(table) is missing, and a picture stands in its part: if the table was pasted as a picture, its figures"
                + " cannot be read. Delete the picture and paste the table there as a table (not as a picture), or fill"
                + " in the table of the format"
        case .pageTextUndecodable:
            "Page \(subject?.page.map(String.init) ?? "?") has characters whose text cannot be told (its font gives no "
                + "character codes): the figures and words they stand in could not be read" + check
        }
    }

    /// The format's label of the subject's row (`本年新收`), from the templates of its table's number.
    private var rowLabel: String? {
        guard let number = subject?.table, let key = subject?.row else { return nil }
        return TemplateCatalog.standard.tables(number: number).lazy.compactMap { $0.row(key)?.path.last }.first
    }

    /// The format's label of the subject's column (`自然人`).
    private var columnLabel: String? {
        guard let number = subject?.table, let key = subject?.column else { return nil }
        return TemplateCatalog.standard.tables(number: number).lazy.compactMap { $0.column(key)?.path.last }.first
    }
}

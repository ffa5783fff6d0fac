/// Something the parser noticed: a line it kept as a paragraph, a table it could read only in part.
///
/// The ``code`` and the ``subject`` are for programs (the checks read them); the ``message`` is for a person, in
/// Chinese.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How much it matters.
    public var severity: Severity
    /// The 1-based line it is about, if one.
    public var line: Int?
    /// What it is about.
    public var code: DiagnosticCode
    /// What happened, for a person.
    public var message: String
    /// What it concerns, for programs: a table, a row, a text as typed.
    public var subject: DiagnosticSubject?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, line: Int?, code: DiagnosticCode, _ message: String, subject: DiagnosticSubject? = nil
    ) {
        self.severity = severity
        self.line = line
        self.code = code
        self.message = message
        self.subject = subject
    }

    /// `第12行：警告：…` (with `--lang en`, `line 12: warning: …` and its ``englishMessage``).
    public var description: String {
        Language.pick(
            (line.map { "第\($0)行：" } ?? "") + "\(severity.label)：\(message)",
            (line.map { "line \($0): " } ?? "") + "\(severity.spoken): \(englishMessage)")
    }
}

/// What a diagnostic concerns: the table (2, 3 or 4), the row and column keys, and the text as typed.
public struct DiagnosticSubject: Sendable, Hashable, Codable {
    /// The table's number in the format.
    public var table: Int?
    /// The row's key (`withheld.state-secret`); for a diagnostic about several rows, their keys separated by spaces
    /// (``init(table:rows:text:)``, ``rowKeys``).
    public var row: String?
    /// The column's key.
    public var column: String?
    /// The text the diagnostic is about, as typed (a heading, a line kept as a paragraph, a cell).
    public var text: String?
    /// The page (from 1) it is about, in a file with pages.
    public var page: Int?

    /// Creates a subject.
    public init(
        table: Int? = nil, row: String? = nil, column: String? = nil, text: String? = nil, page: Int? = nil
    ) {
        self.table = table
        self.row = row
        self.column = column
        self.text = text
        self.page = page
    }
}

extension DiagnosticSubject {
    /// A subject about several rows of table `table`: a table typed twice and read as one grid names the rows typed
    /// twice (rv116 F6). Their keys are kept in ``row``, separated by spaces (a key holds none), so that a revision
    /// stores them as it stores one row's key.
    public init(table: Int, rows: [String], text: String?) {
        self.init(table: table, row: rows.isEmpty ? nil : rows.joined(separator: " "), text: text)
    }

    /// The keys of the rows the subject names: ``row``'s one, or several (``init(table:rows:text:)``); none without a
    /// row.
    public var rowKeys: [String] { row.map { $0.split(separator: " ").map(String.init) } ?? [] }
}

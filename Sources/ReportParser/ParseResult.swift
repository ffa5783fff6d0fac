import DocumentLayout
import ReportModel

/// What reading a file gives: the report, what the parser noticed on the way, and how the file was encoded.
public struct ParseResult: Sendable {
    /// The report as read.
    public var report: Report
    /// Warnings and notes, with line numbers, in line order.
    public var diagnostics: [Diagnostic]
    /// The text encoding the file was in (UTF-8 for formats that are not plain text).
    public var encoding: TextEncoding
    /// The format the file was read as.
    public var format: DocumentFormat

    /// Creates a result.
    public init(report: Report, diagnostics: [Diagnostic], encoding: TextEncoding, format: DocumentFormat = .text) {
        self.report = report
        self.diagnostics = diagnostics
        self.encoding = encoding
        self.format = format
    }
}

/// The text encodings reports come in.
public enum TextEncoding: String, Sendable, Hashable, Codable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "UTF-8"
    /// GB18030, which includes GBK and GB2312.
    case gb18030 = "GB18030"
    /// UTF-16 with a byte-order mark, as Windows Notepad saves "Unicode" text.
    case utf16 = "UTF-16"
}

/// Something the parser noticed: a line it kept as a paragraph, a table it could read only in part.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How much it matters.
    public var severity: Severity
    /// The 1-based line it is about, if one; for a .docx, PDF or web page, the paragraph or table (block) number.
    public var line: Int?
    /// A stable code (`table-truncated`, `unrecognised-line`), for tools and tests.
    public var code: String
    /// What happened, for a person.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, line: Int?, code: String, _ message: String) {
        self.severity = severity
        self.line = line
        self.code = code
        self.message = message
    }

    /// `line 12: warning: …`
    public var description: String {
        (line.map { "line \($0): " } ?? "") + "\(severity.rawValue): \(message)"
    }

    /// How much a diagnostic matters.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        /// Worth knowing; nothing was lost.
        case note
        /// Something was read with a guess or could not be read; the report is still usable.
        case warning
        /// Part of the report could not be read.
        case error

        var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }
}

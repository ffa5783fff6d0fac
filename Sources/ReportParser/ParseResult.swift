public import DocumentLayout
public import ReportModel

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
    /// The revision a Word file made by Nianbao was exported from (``LaidOutDocument/exportedRevision``).
    public var exportedRevision: String?

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

import Foundation
import ReportModel

/// Reads the text of an annual report, in any of the layouts real reports come in, into a ``Report``.
///
/// ```swift
/// let result = try ReportParser.parse(Data(contentsOf: url))
/// print(result.report.agency ?? "?", result.report.year ?? 0)
/// ```
public enum ReportParser {
    /// Reads a report from the bytes of a file: UTF-8 (with or without a BOM) or GB18030/GBK, LF or CRLF.
    ///
    /// - Throws: ``ParseError`` when the file is larger than ``InputLimits`` allow, empty, binary, in no known
    ///   encoding, or not a report.
    public static func parse(_ data: some Collection<UInt8>) throws(ParseError) -> ParseResult {
        try InputLimits.check(data)
        let decoded = try TextDecoding.decode(Array(data))
        var result = try parse(text: decoded.text)
        result.encoding = decoded.encoding
        result.diagnostics = decoded.diagnostics + result.diagnostics
        return result
    }

    /// Reads a report from text.
    ///
    /// - Throws: ``ParseError/tooLarge(size:limit:)``, ``ParseError/empty`` or ``ParseError/notAReport(reason:)``.
    public static func parse(text: String) throws(ParseError) -> ParseResult {
        try InputLimits.check(size: text.utf8.count, kind: .text)
        var reader = DocumentReader(text: text)
        return try reader.read()
    }
}

public import DocumentLayout

/// Why a file could not be read as a report. Nothing is stored when parsing fails.
public enum ParseError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file is empty or holds only whitespace.
    case empty
    /// The file holds bytes that no text has (a NUL byte, say): it is a binary file.
    case binary(offset: Int)
    /// The file is a word-processor or PDF document, not plain text, that no reader took: `format` names it
    /// (``zipFormat`` for a zip that is no Word file).
    case unsupportedDocument(format: String)
    /// The bytes are neither UTF-8 nor GB18030/GBK.
    case undecodable(offset: Int)
    /// The text has no section of an annual report.
    case notAReport(reason: String)
    /// The file is larger than any report (``InputLimits``): it was not read.
    case tooLarge(size: Int, limit: Int)
    /// A .docx, PDF, web page or .doc/.wps file that could not be read (damaged, protected, scanned…).
    case unreadableDocument(DocumentReadError)

    /// The ``unsupportedDocument(format:)`` of a zip archive that is no Word file (an Excel workbook, an .odt).
    public static let zipFormat = "zip"
    /// The ``unsupportedDocument(format:)`` of an Excel workbook (a zip holding `xl/workbook.xml`), whatever its
    /// file's name says.
    public static let excelFormat = "Excel"

    var englishDescription: String {
        switch self {
        case .empty:
            "The file is empty: there is no report to read."
        case .binary(let offset):
            "The file is not text (binary data at byte \(offset)); save the report as plain text (.txt) and try again."
        case .unsupportedDocument(let format) where format == Self.excelFormat:
            "The file is an Excel workbook, not a Word document (perhaps only its name was changed to .docx): send the "
                + "report as Word (.docx), PDF, a web page or plain text."
        case .unsupportedDocument(let format) where format == Self.zipFormat:
            "The file is a zip archive (an Excel workbook or an OpenDocument .odt, say), not a Word (.docx) file, and "
                + "holds no report that can be read: send the report as Word (.docx), PDF, a web page or plain text; "
                + "save an .odt written in WPS or LibreOffice as .docx and try again."
        case .unsupportedDocument(let format):
            "The file is a \(format) document, which cannot be read here: open it in Word or WPS, save it as Word "
                + "(.docx) and try again."
        case .undecodable(let offset):
            "The file is neither UTF-8 nor GB18030/GBK text (unreadable byte at \(offset))."
        case .notAReport(let reason):
            "The text is not a 政府信息公开工作年度报告: \(reason)."
        case .tooLarge(let size, let limit):
            "The file is too large (\(Self.mebibytes(size))) and was not read: a report's plain text is at most"
                + " \(Self.mebibytes(InputLimits.textBytes)), a PDF or Word file at most"
                + " \(Self.mebibytes(InputLimits.documentBytes))"
                + (limit == InputLimits.textBytes ? " (this file was read as plain text)" : "")
                + ". Check that it is the right file."
        case .unreadableDocument(let error):
            error.description
        }
    }

    /// `8 MiB`, `50.3 MiB`.
    static func mebibytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        return tenths % 10 == 0 ? "\(tenths / 10) MiB" : "\(tenths / 10).\(tenths % 10) MiB"
    }
}

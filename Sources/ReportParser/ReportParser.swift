public import DocumentLayout
import DocumentReaders
import Foundation
import ReportModel

/// Reads an annual report — Word (.docx; .doc and .wps through LibreOffice), PDF, a web page or plain text in any
/// of the layouts real reports come in — into a ``Report``.
///
/// ```swift
/// let result = try ReportParser.parse(Data(contentsOf: url))
/// print(result.report.agency ?? "?", result.report.year ?? 0, result.format)
/// ```
public enum ReportParser {
    /// Reads a report from the bytes of a file, whatever its format: the content tells it
    /// (``DocumentFormat/detect(_:)``), never the file name. Text is UTF-8 (with or without a BOM), GB18030/GBK or
    /// UTF-16, LF or CRLF; other formats are laid out by ``DocumentReaders`` and read paragraph by paragraph, their
    /// tables mapped onto the templates by their labels.
    ///
    /// - Throws: ``ParseError`` when the file is larger than ``InputLimits`` allow, empty, binary, damaged,
    ///   protected, scanned, in no known encoding, or not a report.
    public static func parse(_ data: some Collection<UInt8>) throws(ParseError) -> ParseResult {
        try InputLimits.check(data)
        let bytes = Array(data)
        let format = DocumentFormat.detect(bytes)
        guard format == .text else {
            let document: LaidOutDocument
            do {
                document = try DocumentReaders.read(bytes, as: format)
            } catch {
                throw .unreadableDocument(error)
            }
            return try parse(document: document)
        }
        let decoded = try TextDecoding.decode(bytes)
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
        // A character a Word file cannot hold is no part of the report (``StringProtocol/keepingWordCharacters``).
        var reader = DocumentReader(text: text.keepingWordCharacters)
        return try reader.read()
    }

    /// Reads a report from a laid-out document: its paragraphs through the outline (headings, sections), its
    /// tables through the template mapping.
    ///
    /// - Throws: ``ParseError/empty`` or ``ParseError/notAReport(reason:)``; for a document with a part in
    ///   another format left unread (``LaidOutDocument/unreadChunks``, an MHT chunk after a title line), the
    ///   ``DocumentReadError/unreadChunk(format:part:)`` that names it instead: its text may be the report (rv114 F4).
    public static func parse(document: LaidOutDocument) throws(ParseError) -> ParseResult {
        var reader = DocumentReader(document: document.keepingWordCharacters)
        let read: ParseResult
        do {
            read = try reader.read()
        } catch {
            switch error {
            case .empty, .notAReport:
                if let part = document.unreadChunks.first {
                    throw .unreadableDocument(.unreadChunk(format: document.format, part: part))
                }
            default: break
            }
            throw error
        }
        var result = read
        result.format = document.format
        result.exportedRevision = document.exportedRevision
        return result
    }
}

extension ReportParser {
    /// Builds now, on the calling thread, what the parser otherwise builds at its first use: the templates
    /// (``TemplateCatalog/standard``) and the label vocabularies of tables 2, 3 and 4 made from them. A program about
    /// to read a report calls it on another thread while it does other work (reading its command line, opening its
    /// repository); the first parse then finds them made. Later calls cost nothing.
    public static func prepare() {
        _ = LabelVocabulary.standard
    }
}

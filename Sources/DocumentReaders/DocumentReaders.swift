public import DocumentLayout
import DocxReader
import Foundation
import HTMLReader
import PDFReader

/// The one door from a file's bytes to a laid-out document, whatever the format: the content tells the format
/// (``DocumentFormat/detect(_:)``), never the file name.
///
/// ```swift
/// let document = try DocumentReaders.read(Array(try Data(contentsOf: url)))
/// ```
public enum DocumentReaders {
    /// The largest file read: a report with pictures is a few megabytes.
    public static let maximumBytes = 64 << 20

    /// Reads a .docx, PDF, HTML or .doc/.wps file into a laid-out document. Plain text is not read here: the
    /// report parser reads it line by line (``DocumentFormat/text`` throws ``DocumentReadError/noText(format:)``).
    ///
    /// - Throws: ``DocumentReadError`` when the file is damaged, protected, scanned, too large, or a .doc/.wps
    ///   file that LibreOffice is not installed to convert.
    public static func read(_ bytes: [UInt8]) throws(DocumentReadError) -> LaidOutDocument {
        try read(bytes, as: DocumentFormat.detect(bytes))
    }

    /// Reads a file whose format is already known.
    public static func read(_ bytes: [UInt8], as format: DocumentFormat) throws(DocumentReadError) -> LaidOutDocument {
        guard bytes.count <= maximumBytes else {
            throw .tooLarge(format: format, detail: "\(bytes.count / (1 << 20)) MB，上限 \(maximumBytes >> 20) MB")
        }
        switch format {
        case .docx: return try DocxReader.read(bytes)
        case .pdf: return try PDFReader.read(bytes)
        case .html: return try HTMLReader.read(bytes)
        case .legacyWord:
            var document = try DocxReader.read(LegacyWordConverter.convertToDocx(bytes))
            document.format = .legacyWord
            return document
        case .text: throw .noText(format: .text)
        }
    }
}

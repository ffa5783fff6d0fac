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
        case .docx: return inliningChunks(of: try DocxReader.read(bytes))
        case .pdf: return try PDFReader.read(bytes)
        case .html: return try HTMLReader.read(bytes)
        case .legacyWord:
            var document = inliningChunks(of: try DocxReader.read(LegacyWordConverter.convertToDocx(bytes)))
            document.format = .legacyWord
            return document
        case .text: throw .noText(format: .text)
        }
    }

    /// A Word document with the content of its chunks in another format (``EmbeddedChunk``, `w:altChunk`) in place:
    /// an HTML part laid out by ``HTMLReader``, a text part a paragraph per line. Word shows that content where the
    /// chunk stands; left out, sections 五 and 六 held so were missing without a word (wn99 M8). A chunk of another
    /// format (RTF, a .docx, MHT) or one that cannot be read is left out, as before.
    static func inliningChunks(of document: LaidOutDocument) -> LaidOutDocument {
        guard !document.embeddedChunks.isEmpty else { return document }
        var result = document
        result.embeddedChunks = []
        // From the last place back, so that the places before stay where they were.
        let order = document.embeddedChunks.enumerated().sorted {
            ($0.element.index, $0.offset) > ($1.element.index, $1.offset)
        }
        for (_, chunk) in order {
            let name = chunk.name.lowercased()
            let blocks: [LayoutBlock]
            if [".htm", ".html", ".xhtml"].contains(where: name.hasSuffix) {
                blocks = (try? HTMLReader.read(chunk.bytes).blocks) ?? []
            } else if name.hasSuffix(".txt") {
                blocks = String(decoding: chunk.bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    .map { .paragraph(LayoutParagraph($0)) }
            } else {
                continue
            }
            result.blocks.insert(contentsOf: blocks, at: min(chunk.index, result.blocks.count))
        }
        return result
    }
}

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
        case .docx: return try inliningChunks(of: try DocxReader.read(bytes))
        case .pdf: return try PDFReader.read(bytes)
        case .html: return try HTMLReader.read(bytes)
        case .legacyWord:
            var document = try inliningChunks(of: try DocxReader.read(LegacyWordConverter.convertToDocx(bytes)))
            document.format = .legacyWord
            return document
        case .text: throw .noText(format: .text)
        }
    }

    /// The most paragraphs and tables the chunks of a Word document (``EmbeddedChunk``) lay out together: a report's
    /// sections held so are tens of paragraphs, a whole report a few hundred. A text chunk of 4 MiB of one-character
    /// lines became 2 million paragraphs, read for minutes into gigabytes (rv107 F2).
    public static let maximumChunkBlocks = 10_000

    /// A Word document with the content of its chunks in another format (``EmbeddedChunk``, `w:altChunk`) in place:
    /// an HTML part laid out by ``HTMLReader``, a text part a paragraph per line. Word shows that content where the
    /// chunk stands; left out, sections 五 and 六 held so were missing without a word (wn99 M8). A chunk of another
    /// format (RTF, a .docx, MHT) or one that cannot be read is left out, as before.
    ///
    /// - Throws: ``DocumentReadError/tooLarge(format:detail:)`` when the chunks lay out more than
    ///   ``maximumChunkBlocks`` paragraphs and tables, as soon as they do.
    static func inliningChunks(of document: LaidOutDocument) throws(DocumentReadError) -> LaidOutDocument {
        guard !document.embeddedChunks.isEmpty else { return document }
        var result = document
        result.embeddedChunks = []
        let tooMany = DocumentReadError.tooLarge(
            format: document.format,
            detail: "其中嵌入的其他格式内容超过 \(maximumChunkBlocks) 段，一份年度报告的这些内容通常不到几百段")
        var left = maximumChunkBlocks
        // From the last place back, so that the places before stay where they were.
        let order = document.embeddedChunks.enumerated().sorted {
            ($0.element.index, $0.offset) > ($1.element.index, $1.offset)
        }
        for (_, chunk) in order {
            var blocks: [LayoutBlock] = []
            switch EmbeddedChunk.Kind(partName: chunk.name) {
            case .html:
                blocks = (try? HTMLReader.read(chunk.bytes).blocks) ?? []
            case .text:
                // (line by line, stopping past the budget, never the whole part split at once)
                let text = String(decoding: chunk.bytes, as: UTF8.self)
                var start = text.startIndex
                var index = start
                while blocks.count <= left, start < text.endIndex {
                    let atEnd = index == text.endIndex
                    guard atEnd || text[index].isNewline else {
                        index = text.index(after: index)
                        continue
                    }
                    let line = text[start..<index].trimmingCharacters(in: .whitespaces)
                    if !line.isEmpty { blocks.append(.paragraph(LayoutParagraph(line))) }
                    if atEnd { break }
                    index = text.index(after: index)
                    start = index
                }
            case nil:
                continue
            }
            guard blocks.count <= left else { throw tooMany }
            left -= blocks.count
            result.blocks.insert(contentsOf: blocks, at: min(chunk.index, result.blocks.count))
            // The pictures after the chunk stand further down by its blocks.
            result.pictures = result.pictures.map { $0 >= chunk.index ? $0 + blocks.count : $0 }
        }
        // A body that was only its chunks, and they hold no text either (rv112 F18), unless one left unread does.
        guard result.blocks.contains(where: DocxReader.hasText) else {
            if let part = document.unreadChunks.first { throw .unreadChunk(format: document.format, part: part) }
            throw .noText(format: document.format)
        }
        return result
    }
}

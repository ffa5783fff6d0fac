public import DocumentLayout
import Foundation

/// Reads a Word 2007+ document (.docx): its body's paragraphs (automatic numbering put back) and tables (merged
/// cells resolved onto the grid), through ZIPFoundation and libxml2's streaming reader (``XMLPartReader``).
public enum DocxReader {
    /// The revision a Word file made by Nianbao was exported from (its `NianbaoRevision` property), read without
    /// reading the document; `nil` for a file that has none, or is no .docx.
    public static func exportedRevision(of bytes: [UInt8]) -> String? {
        (try? DocxPackage(bytes))?.exportedRevision()
    }

    /// The most chunks in another format (`w:altChunk`, ``EmbeddedChunk``) read: an OA system's export holds one
    /// or two (sections 五 and 六).
    public static let maximumChunks = 16

    /// Reads the bytes of a .docx file.
    ///
    /// - Throws: ``DocumentReadError/broken(format:detail:)`` when the zip or its main part cannot be read,
    ///   ``DocumentReadError/tooLarge(format:detail:)`` for parts past the size guard, alone or together, or more
    ///   than ``maximumChunks`` chunks,
    ///   ``DocumentReadError/noText(format:)`` when the body has no text.
    public static func read(_ bytes: [UInt8]) throws(DocumentReadError) -> LaidOutDocument {
        try read(DocxPackage(bytes))
    }

    /// Reads an opened package, as ``read(_:)`` reads its bytes (the package counts the work of finding its parts).
    static func read(_ package: DocxPackage) throws(DocumentReadError) -> LaidOutDocument {
        let main =
            try DocxPackage.target(
                in: package.relationships(in: "_rels/.rels"), typeSuffix: "/officeDocument", base: "")
            ?? "word/document.xml"
        let folder = main.split(separator: "/").dropLast().joined(separator: "/")
        let name = main.split(separator: "/").last.map(String.init) ?? "document.xml"
        let rels = (folder.isEmpty ? "" : folder + "/") + "_rels/\(name).rels"
        guard let document = try package.xmlPart(main) else {
            throw .broken(format: .docx, detail: "缺少正文 \(main)")
        }
        let collector = NumberingCollector()
        let styles = RunStyleCollector()
        let relationships = try package.relationships(in: rels)
        // The parts share one budget of elements (``XMLPartReader/maximumElements``), past which the file is
        // refused, also while reading a part whose other faults are forgiven.
        var budget = XMLPartReader.maximumElements
        func readForgiving(
            _ data: [UInt8], _ path: String, into handler: some XMLPartHandler
        )
            throws(DocumentReadError) -> Bool
        {
            do {
                try XMLPartReader.read(data, part: path, into: handler, budget: &budget)
                return true
            } catch {
                if case .tooLarge = error { throw error }
                return false
            }
        }
        // Each part is read for one role: relationships that point the styles, numbering or notes at the body or at
        // one another's part (a crafted file: each read of a large part costs seconds) are not followed again.
        var taken: Set<String> = [main]
        func part(_ suffix: String) throws(DocumentReadError) -> (path: String, data: [UInt8])? {
            guard let path = DocxPackage.target(in: relationships, typeSuffix: suffix, base: folder),
                taken.insert(path).inserted, let data = try package.xmlPart(path)
            else { return nil }
            return (path, data)
        }
        for suffix in ["/numbering", "/styles"] {
            guard let (path, data) = try part(suffix) else { continue }
            // Numbering that cannot be read leaves paragraphs without their automatic numbers, as before.
            _ = try readForgiving(data, path, into: collector)
            // Styles that cannot be read leave runs as their own properties make them.
            if suffix == "/styles" { _ = try readForgiving(data, path, into: styles) }
        }
        var notes = DocumentHandler.Notes()
        for (suffix, kind) in [("/footnotes", DocumentHandler.NoteKind.footnote), ("/endnotes", .endnote)] {
            guard let (path, data) = try part(suffix) else { continue }
            let reader = NoteCollector()
            // Notes that cannot be read are left out, as before they were read at all.
            guard try readForgiving(data, path, into: reader) else { continue }
            notes.texts[kind] = reader.texts
        }
        let handler = DocumentHandler(numbering: collector.numbering, runStyles: styles.runStyles, notes: notes)
        try XMLPartReader.read(document, part: main, into: handler, budget: &budget)
        let blocks = handler.finish()
        var laidOut = LaidOutDocument(format: .docx, blocks: blocks)
        laidOut.exportedRevision = package.exportedRevision()
        laidOut.pictures = handler.pictures
        // Only the chunks of a format that is laid out in place are read, at most ``maximumChunks`` of them, within
        // the package's budget of bytes (``DocxPackage/maximumPackageBytes``): a 1.3 MB file of 300 chunks, each under
        // the part's limit, was read whole into 1.2 GB (rv107 F2).
        var chunksRead = 0
        var unread: [String] = []
        for chunk in handler.chunks {
            guard let path = package.target(in: relationships, id: chunk.id, base: folder) else { continue }
            guard EmbeddedChunk.Kind(partName: path) != nil else {
                unread.append(path)
                continue
            }
            guard taken.insert(path).inserted else { continue }
            chunksRead += 1
            guard chunksRead <= Self.maximumChunks else {
                throw .tooLarge(
                    format: .docx, detail: "其中嵌入的其他格式内容超过 \(maximumChunks) 块，一份年度报告至多几块")
            }
            guard let bytes = try package.xmlPart(path) else { continue }
            laidOut.embeddedChunks.append(EmbeddedChunk(index: chunk.index, name: path, bytes: bytes))
        }
        // A body that is only a chunk (an OA system's 导出Word: one `w:altChunk` of HTML) has its text there: whether
        // it has any is told once the chunk is laid out (rv112 F18). A chunk of a format not read (MHT) is named.
        guard blocks.contains(where: Self.hasText) || !laidOut.embeddedChunks.isEmpty else {
            if let part = unread.first { throw .unreadChunk(format: .docx, part: part) }
            throw .noText(format: .docx)
        }
        laidOut.unreadChunks = unread
        return laidOut
    }

    /// Whether a laid-out block holds any text (not only layout space).
    public static func hasText(_ block: LayoutBlock) -> Bool {
        switch block {
        case .paragraph(let paragraph): !paragraph.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        case .table(let table):
            table.cells.contains { !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        }
    }
}

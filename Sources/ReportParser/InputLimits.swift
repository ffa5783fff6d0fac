import DocumentLayout
import Foundation

/// The largest inputs nianbao reads, in one place for every reader (plain text, and the PDF and Word readers): a
/// larger file is refused before it is read, with a message that says why.
///
/// A yearly report is 5–50 KB of text and a few MB as a PDF or .docx with its images; the limits leave a wide margin
/// while keeping a wrong file (a database dump, a video) from taking minutes and gigabytes to refuse.
public enum InputLimits {
    /// What kind of file an input is, for its limit.
    public enum Kind: Sendable, Hashable {
        /// Plain text (UTF-8, GB18030/GBK, UTF-16).
        case text
        /// A PDF, Word (.docx, .doc) or other packaged document.
        case document
    }

    /// The most bytes of a plain text report: 8 MiB.
    public static let textBytes = 8 * 1024 * 1024
    /// The most bytes of a PDF or Word document: 50 MiB.
    public static let documentBytes = 50 * 1024 * 1024

    /// How many leading bytes ``kind(ofPrefix:)`` looks at.
    public static var prefixLength: Int { DocumentFormat.prefixLength }

    /// The limit for a kind of file.
    public static func limit(for kind: Kind) -> Int {
        switch kind {
        case .text: textBytes
        case .document: documentBytes
        }
    }

    /// The kind of a file from its first bytes (``DocumentFormat/detect(prefix:)``, the one reading of a file's
    /// signature): a PDF, a ZIP package (.docx) or an OLE compound file (.doc, .wps) is a document; anything else,
    /// HTML included, is read as text.
    public static func kind(ofPrefix prefix: some Collection<UInt8>) -> Kind {
        switch DocumentFormat.detect(prefix: prefix) {
        case .pdf, .docx, .legacyWord: .document
        case .html, .text: .text
        }
    }

    /// Checks the size of an input before it is read.
    ///
    /// - Parameters:
    ///   - size: Its size in bytes.
    ///   - kind: What it is.
    /// - Throws: ``ParseError/tooLarge(size:limit:)`` when it is larger than its kind's limit.
    public static func check(size: Int, kind: Kind) throws(ParseError) {
        let limit = limit(for: kind)
        guard size <= limit else { throw .tooLarge(size: size, limit: limit) }
    }

    /// Checks bytes already in memory (their kind read from their first bytes).
    ///
    /// - Throws: ``ParseError/tooLarge(size:limit:)``.
    public static func check(_ data: some Collection<UInt8>) throws(ParseError) {
        try check(size: data.count, kind: kind(ofPrefix: data))
    }

    /// Checks a file's size before it is read, from its size on disk and its first bytes. A path that cannot be
    /// examined (missing, a folder, unreadable) passes: reading it then fails with its own message.
    ///
    /// - Throws: ``ParseError/tooLarge(size:limit:)``.
    public static func checkFile(atPath path: String) throws(ParseError) {
        guard let size = regularFileSize(atPath: path), size > textBytes,
            let handle = FileHandle(forReadingAtPath: path)
        else { return }
        let prefix = (try? handle.read(upToCount: prefixLength)) ?? Data()
        try? handle.close()
        try check(size: size, kind: kind(ofPrefix: prefix))
    }

    /// The size of a regular file; `nil` for a folder, a device or a path that names nothing. Asked of `stat(2)`:
    /// `FileManager.attributesOfItem` builds a dictionary of every attribute, whose casts cost about 2.8 M
    /// instructions at a process's first file.
    private static func regularFileSize(atPath path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(info.st_size)
    }
}

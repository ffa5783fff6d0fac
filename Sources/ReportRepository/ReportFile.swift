// The one home for turning a report file into a report: reading its bytes (from a path or stdin, refused before it is
// read when it is larger than `InputLimits` allow), parsing them (`ReportParser.parse`: the format told from the
// content, .doc/.wps converted through LibreOffice) and what a revision keeps of it (`ReportSource`, the original
// unless it is plain text). The CLI (`FileInput`, `commit`, `import`) and the web upload (`commit(bytes:named:...)`)
// all read through here; each says the errors in its own words.

public import Foundation
public import ReportParser

/// Reads report files: their bytes, with the size limits checked before reading, and what the parser makes of them.
public enum ReportFile {
    /// Why a file's bytes could not be read (before any parsing).
    public enum ReadError: Error, Sendable, Equatable {
        /// Nothing exists at the path.
        case noSuchFile(path: String)
        /// The path is a folder.
        case isFolder(path: String)
        /// The file exists but cannot be read (permissions, say).
        case unreadable(path: String)
        /// The file is larger than ``InputLimits`` allow for its kind (``ParseError/tooLarge(size:limit:)``).
        case tooLarge(ParseError)
    }

    /// The bytes of a file; a file larger than ``InputLimits`` allow is refused before it is read.
    ///
    /// - Parameter path: The file.
    /// - Throws: ``ReadError``, in this order: missing, a folder, too large, unreadable.
    public static func bytes(at path: String) throws(ReadError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .noSuchFile(path: path)
        }
        guard !isDirectory.boolValue else { throw .isFolder(path: path) }
        do {
            try InputLimits.checkFile(atPath: path)
        } catch {
            throw .tooLarge(error)
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        return data
    }

    /// The bytes on standard input, read up to one byte past the largest document ``InputLimits`` allow.
    ///
    /// - Throws: ``ReadError/tooLarge(_:)`` for more bytes than their kind allows, ``ReadError/unreadable(path:)``
    ///   (path `-`) when stdin cannot be read.
    public static func standardInput() throws(ReadError) -> Data {
        let data: Data
        do {
            data = try FileHandle.standardInput.read(upToCount: InputLimits.documentBytes + 1) ?? Data()
        } catch {
            throw .unreadable(path: "-")
        }
        do {
            try InputLimits.check(data)
        } catch {
            throw .tooLarge(error)
        }
        return data
    }

    /// Parses a file's bytes and gives what a revision keeps of it (``ReportSource``): its diagnostics, and the
    /// bytes unless they are plain text.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes (its format is read from them, never from the name).
    ///   - name: The file's name, without its folder.
    /// - Returns: The report and what the parser noticed, and the source to commit with it.
    /// - Throws: ``ParseError`` for bytes that are not a report nianbao reads.
    public static func parse(
        _ bytes: [UInt8], name: String
    ) throws(ParseError) -> (parsed: ParseResult, source: ReportSource) {
        let parsed = try ReportParser.parse(bytes)
        return (parsed, ReportSource(parsed: parsed, bytes: bytes, name: name))
    }
}

extension ReportRepository {
    /// Reads and parses a report file (any format ``ReportFile`` reads), without touching any repository.
    ///
    /// - Returns: The report and what the parser noticed.
    /// - Throws: ``RepositoryError/unreadableFile(path:)`` or ``RepositoryError/parse(file:_:)``.
    public static func readReport(at path: String) throws(RepositoryError) -> ParseResult {
        try readReportFile(at: path).parsed
    }

    /// Reads and parses a report file, without touching any repository, and gives what a revision keeps of it
    /// (``ReportSource``): its diagnostics, and the file's bytes unless it is plain text.
    ///
    /// - Returns: The report and what the parser noticed, and the source to commit with it.
    /// - Throws: ``RepositoryError/unreadableFile(path:)`` for a missing, folder or unreadable path, or
    ///   ``RepositoryError/parse(file:_:)`` (naming the path) for a file too large or not a report.
    public static func readReportFile(
        at path: String
    ) throws(RepositoryError) -> (
        parsed: ParseResult, source: ReportSource
    ) {
        let data: Data
        do {
            data = try ReportFile.bytes(at: path)
        } catch {
            switch error {
            case .noSuchFile, .isFolder, .unreadable: throw .unreadableFile(path: path)
            case .tooLarge(let parseError): throw .parse(file: path, parseError)
            }
        }
        do {
            return try ReportFile.parse([UInt8](data), name: URL(fileURLWithPath: path).lastPathComponent)
        } catch {
            throw .parse(file: path, error)
        }
    }

    /// Reads and parses a report file from its bytes (a web upload), without touching any repository, and gives
    /// what a revision keeps of it (``ReportSource``): its diagnostics, and the file's bytes unless it is plain text.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes (its format is read from them, never from the name).
    ///   - name: The file's name, without its folder, as the person chose it.
    /// - Returns: The report and what the parser noticed, and the source to commit with it.
    /// - Throws: ``RepositoryError/parse(file:_:)`` (naming `name`) for bytes that are not a report nianbao reads.
    public static func readReport(
        bytes: [UInt8], name: String
    ) throws(RepositoryError) -> (
        parsed: ParseResult, source: ReportSource
    ) {
        do {
            return try ReportFile.parse(bytes, name: name)
        } catch {
            throw .parse(file: name, error)
        }
    }
}

import Foundation
import ReportParser

/// Reading report files from disk into parse results, with errors that name the file.
enum ReportFile {
    /// Reads and parses a report file.
    ///
    /// - Throws: ``RepositoryError/unreadableFile(path:)`` or ``RepositoryError/parse(file:_:)``.
    static func parse(_ path: String) throws(RepositoryError) -> ParseResult {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let data = FileManager.default.contents(atPath: path)
        else { throw .unreadableFile(path: path) }
        do {
            return try ReportParser.parse(data)
        } catch {
            throw .parse(file: path, error)
        }
    }
}

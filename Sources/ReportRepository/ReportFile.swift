import Foundation
import ReportParser

extension ReportRepository {
    /// Reads and parses a report file (UTF-8 or GBK text), without touching any repository.
    ///
    /// - Returns: The report and what the parser noticed.
    /// - Throws: ``RepositoryError/unreadableFile(path:)`` or ``RepositoryError/parse(file:_:)``.
    public static func readReport(at path: String) throws(RepositoryError) -> ParseResult {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw .unreadableFile(path: path)
        }
        do {
            try InputLimits.checkFile(atPath: path)
        } catch {
            throw .parse(file: path, error)
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadableFile(path: path) }
        do {
            return try ReportParser.parse(data)
        } catch {
            throw .parse(file: path, error)
        }
    }
}

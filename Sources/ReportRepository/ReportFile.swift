import Foundation
import ReportParser

extension ReportRepository {
    /// Reads and parses a report file (UTF-8 or GBK text), without touching any repository.
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
    /// - Throws: ``RepositoryError/unreadableFile(path:)`` or ``RepositoryError/parse(file:_:)``.
    public static func readReportFile(
        at path: String
    ) throws(RepositoryError) -> (
        parsed: ParseResult, source: ReportSource
    ) {
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
            let parsed = try ReportParser.parse(data)
            let name = URL(fileURLWithPath: path).lastPathComponent
            return (parsed, ReportSource(parsed: parsed, bytes: [UInt8](data), name: name))
        } catch {
            throw .parse(file: path, error)
        }
    }
}

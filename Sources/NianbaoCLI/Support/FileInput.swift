import Foundation
import ReportParser
import ReportRepository

/// Reads input files through ``ReportFile`` (the one home for reading a report file), with errors a person
/// understands, from the CLI's catalogue.
enum FileInput {
    /// The bytes of a file, or `-` for stdin; a file larger than ``InputLimits`` allow is refused before it is read.
    ///
    /// - Throws: ``CLIError`` for a missing, folder or unreadable path; ``ParseError/tooLarge(size:limit:)`` for a
    ///   file too large.
    static func read(_ path: String) throws -> Data {
        do {
            return path == "-" ? try ReportFile.standardInput() : try ReportFile.bytes(at: path)
        } catch {
            switch error {
            case .noSuchFile(let path): throw CLIError(Message.noSuchFile(path).text)
            case .isFolder(let path): throw CLIError(Message.isFolder(path).text)
            case .unreadable(let path): throw CLIError(Message.cannotRead(path).text)
            case .tooLarge(let parseError): throw parseError
            }
        }
    }
}

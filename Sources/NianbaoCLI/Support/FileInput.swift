import Foundation
import ReportParser

/// Reads input files with errors a person understands.
enum FileInput {
    /// The bytes of a file, or `-` for stdin; a file larger than ``InputLimits`` allow is refused before it is read.
    static func read(_ path: String) throws -> Data {
        if path == "-" {
            let data = try FileHandle.standardInput.read(upToCount: InputLimits.documentBytes + 1) ?? Data()
            try InputLimits.check(data)
            return data
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError(Message.noSuchFile(path).text)
        }
        guard !isDirectory.boolValue else { throw CLIError(Message.isFolder(path).text) }
        try InputLimits.checkFile(atPath: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError(Message.cannotRead(path).text)
        }
        return data
    }
}

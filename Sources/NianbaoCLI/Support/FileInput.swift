import Foundation

/// Reads input files with errors a person understands.
enum FileInput {
    /// The bytes of a file, or `-` for stdin.
    static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError("No such file: \(path)")
        }
        guard !isDirectory.boolValue else { throw CLIError("\(path) is a folder, not a report file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("Cannot read \(path): permission denied or unreadable")
        }
        return data
    }
}

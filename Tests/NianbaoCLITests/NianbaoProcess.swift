import Foundation
import ReportFixtures
import Testing

/// Runs the built `nianbao` binary as a separate process, as a person or a script would.
struct NianbaoProcess {
    /// What a finished run gave.
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String

        /// stdout parsed as a JSON object.
        func json() throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        }
    }

    /// The binary: beside the test bundle, else in .build/debug.
    static func binary() throws -> URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("nianbao"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("nianbao"),
            Corpus.packageRoot.appendingPathComponent(".build/debug/nianbao"),
        ]
        return try #require(
            candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
            "the nianbao binary was not built; run `swift build` first")
    }

    let process: Process
    private let output: URL
    private let errors: URL

    /// Starts `nianbao ARGS…` in a folder; stdout and stderr go to files in `scratch`.
    init(_ arguments: [String], in folder: URL, scratch: URL) throws {
        process = Process()
        process.executableURL = try Self.binary()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NIANBAO_REPO"] = nil
        environment["NIANBAO_AUTHOR"] = "测试员"
        process.environment = environment
        let name = UUID().uuidString
        output = scratch.appendingPathComponent("\(name).out")
        errors = scratch.appendingPathComponent("\(name).err")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// What the process wrote to stderr so far.
    var currentStderr: String { (try? String(contentsOf: errors, encoding: .utf8)) ?? "" }

    /// Waits for the process to end.
    func wait() -> Result {
        process.waitUntilExit()
        let stdout = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        return Result(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// Kills the process with SIGKILL and waits for it.
    func kill() -> Result {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        return wait()
    }

    /// Runs `nianbao ARGS…` to the end.
    static func run(_ arguments: [String], in folder: URL, scratch: URL) throws -> Result {
        try NianbaoProcess(arguments, in: folder, scratch: scratch).wait()
    }
}

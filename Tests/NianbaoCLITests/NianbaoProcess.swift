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
        var endedBySignal = false

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
    private let exited: AsyncStream<Void>

    /// The author every run has in `$NIANBAO_AUTHOR` unless told otherwise.
    static let author = "测试员"

    /// Starts `nianbao ARGS…` in a folder; stdout and stderr go to files in `scratch`.
    ///
    /// - Parameter environment: Variables to set (or, with `nil`, to remove) over the test's environment, where
    ///   `$NIANBAO_REPO` is unset and `$NIANBAO_AUTHOR` is ``author``.
    init(_ arguments: [String], in folder: URL, scratch: URL, environment changes: [String: String?] = [:]) throws {
        try self.init(program: try Self.binary(), arguments, in: folder, scratch: scratch, environment: changes)
    }

    /// Starts a program in a folder; stdout and stderr go to files in `scratch`.
    ///
    /// - Parameters:
    ///   - unprivileged: Run it as a user who may write none of the test's files: `nobody` (through `setpriv`) when
    ///     the tests run as root, for whom permission bits mean nothing; the test's own user otherwise.
    ///   - environment: Variables to set (or, with `nil`, to remove) over the test's environment.
    init(
        program: URL, _ arguments: [String], in folder: URL, scratch: URL, unprivileged: Bool = false,
        environment changes: [String: String?] = [:]
    ) throws {
        process = Process()
        if unprivileged, geteuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", program.path] + arguments
        } else {
            process.executableURL = program
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NIANBAO_REPO"] = nil
        environment["NIANBAO_AUTHOR"] = Self.author
        if unprivileged { environment["HOME"] = scratch.path }
        for (name, value) in changes { environment[name] = value }
        process.environment = environment
        let (stream, continuation) = AsyncStream<Void>.makeStream()
        exited = stream
        process.terminationHandler = { _ in continuation.finish() }
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

    /// The port a `nianbao serve` process says it listens on; `nil` when it has not said so within 20 s.
    func servingPort() async -> Int? {
        for _ in 0..<200 where process.isRunning {
            let text = currentStderr
            if let range = text.range(of: "http://127.0.0.1:") {
                return Int(text[range.upperBound...].prefix { $0.isNumber })
            }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return nil
    }

    /// Waits for the process to end.
    func wait() -> Result {
        process.waitUntilExit()
        return result()
    }

    /// Waits for the process to end without holding a thread (for tests that serve the process from this one).
    func finished() async -> Result {
        for await _ in exited {}
        process.waitUntilExit()
        return result()
    }

    /// What the ended process wrote and how it ended: `status` is its exit status, or the signal that ended it
    /// (then `endedBySignal`).
    private func result() -> Result {
        let stdout = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        return Result(
            status: process.terminationStatus, stdout: stdout, stderr: stderr,
            endedBySignal: process.terminationReason == .uncaughtSignal)
    }

    /// Kills the process with SIGKILL and waits for it.
    func kill() -> Result {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        return wait()
    }

    /// Runs `nianbao ARGS…` to the end.
    static func run(
        _ arguments: [String], in folder: URL, scratch: URL, environment: [String: String?] = [:]
    ) throws -> Result {
        try NianbaoProcess(arguments, in: folder, scratch: scratch, environment: environment).wait()
    }
}

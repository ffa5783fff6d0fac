import Foundation
import ProcessSpawn
import ReportFixtures
import Testing

/// Runs the built `nianbao` binary as a separate process, as a person or a script would.
///
/// It starts through `ChildProcess` (posix_spawn), not Foundation's `Process`, whose `run()` in Swift 6.3 now and
/// then crashes the test process (swift-corelibs-foundation #5472), which these tests run hundreds of times.
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

    /// The running program; its stdout and stderr are captured.
    let process: ChildProcess

    /// The author every run has in `$NIANBAO_AUTHOR` unless told otherwise.
    static let author = "测试员"

    /// Starts `nianbao ARGS…` in a folder.
    ///
    /// - Parameter environment: Variables to set (or, with `nil`, to remove) over the test's environment, where
    ///   `$NIANBAO_REPO` is unset and `$NIANBAO_AUTHOR` is ``author``.
    init(_ arguments: [String], in folder: URL, scratch: URL, environment changes: [String: String?] = [:]) throws {
        try self.init(program: try Self.binary(), arguments, in: folder, scratch: scratch, environment: changes)
    }

    /// Starts a program in a folder.
    ///
    /// - Parameters:
    ///   - scratch: A folder of the test's, the HOME of an `unprivileged` run.
    ///   - unprivileged: Run it as a user who may write none of the test's files: `nobody` (through `setpriv`) when
    ///     the tests run as root, for whom permission bits mean nothing; the test's own user otherwise.
    ///   - environment: Variables to set (or, with `nil`, to remove) over the test's environment.
    init(
        program: URL, _ arguments: [String], in folder: URL, scratch: URL, unprivileged: Bool = false,
        environment changes: [String: String?] = [:]
    ) throws {
        var environment = ProcessInfo.processInfo.environment
        environment["NIANBAO_REPO"] = nil
        environment["NIANBAO_AUTHOR"] = Self.author
        if unprivileged { environment["HOME"] = scratch.path }
        for (name, value) in changes { environment[name] = value }
        let (executable, arguments) =
            unprivileged && geteuid() == 0
            ? ("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", program.path] + arguments)
            : (program.path, arguments)
        process = try ChildProcess(
            executable, arguments: arguments, environment: environment, directory: folder.path, output: .capture,
            error: .capture)
    }

    /// What the process wrote to stderr so far.
    var currentStderr: String { String(decoding: process.errorOutput, as: UTF8.self) }

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
        result(process.wait())
    }

    /// Waits for the process to end without holding a thread of the pool (for tests that serve the process from
    /// this one).
    func finished() async -> Result {
        result(await process.ended())
    }

    /// What the ended process wrote and how it ended: `status` is its exit status, or the signal that ended it
    /// (then `endedBySignal`).
    private func result(_ termination: Termination) -> Result {
        let stdout = String(decoding: process.output, as: UTF8.self)
        let stderr = currentStderr
        return switch termination {
        case .exited(let status): Result(status: status, stdout: stdout, stderr: stderr)
        case .signalled(let signal): Result(status: signal, stdout: stdout, stderr: stderr, endedBySignal: true)
        }
    }

    /// Kills the process with SIGKILL and waits for it.
    func kill() -> Result {
        process.send(SIGKILL)
        return wait()
    }

    /// Runs `nianbao ARGS…` to the end.
    static func run(
        _ arguments: [String], in folder: URL, scratch: URL, environment: [String: String?] = [:]
    ) throws -> Result {
        try NianbaoProcess(arguments, in: folder, scratch: scratch, environment: environment).wait()
    }
}

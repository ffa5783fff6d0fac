import CProcessSpawn
import Foundation
import Glibc
import Synchronization

/// A program running as a child of this process, started with glibc's `posix_spawn` rather than Foundation's
/// `Process`.
///
/// Foundation's `Process.run()` in the Swift 6.3 toolchain now and then crashes the process that calls it: before it
/// spawns, it lists `/proc/self/fd` and copies each entry's whole 256-byte name out of glibc's `readdir` buffer,
/// reading past its end (fixed in swift-corelibs-foundation pull request 5472, which our toolchain predates). Every
/// program Nianbao starts (LibreOffice for .doc/.wps files; `nianbao` itself in the tests) starts here instead.
///
/// The child reads its standard input from /dev/null, inherits no other descriptor of this process (the kernel
/// closes them all in the child, `posix_spawn_file_actions_addclosefrom_np`), starts with every signal at its
/// default action and none blocked, and runs in a process group of its own (as with `Process`), so that
/// ``terminate(grace:)`` reaches the processes it starts too, and a Ctrl-C typed at this process does not.
///
/// Call ``wait()`` (or ``wait(timeout:)``, ``ended()``, ``terminate(grace:)``) once it is no longer needed: until
/// then the ended child stays in the process table.
public final class ChildProcess: Sendable {
    /// Where the child's standard output or standard error goes.
    public enum Output: Sendable, Hashable {
        /// Nowhere (/dev/null).
        case discard
        /// Into memory, read as it comes (``output``, ``errorOutput``): a thread of its own empties the pipe, so
        /// the child never waits on it.
        case capture
    }

    /// The child's process id (and the id of its process group).
    public let id: Int32
    /// The program's path.
    public let program: String
    /// How it ended, once it was reaped; reaping and signalling happen under this lock, so that no signal goes to
    /// a process id the system gave to another process since.
    let ending = Mutex<Termination?>(nil)
    private let capturedOutput: CapturedStream?
    private let capturedError: CapturedStream?

    /// Starts a program.
    ///
    /// - Parameters:
    ///   - program: The program's path (the PATH is not searched); also its `argv[0]`.
    ///   - arguments: Its arguments.
    ///   - environment: Its environment (default: this process's).
    ///   - directory: The folder it runs in (default: this process's).
    ///   - output: Where its standard output goes.
    ///   - error: Where its standard error goes.
    /// - Throws: ``ChildProcessError`` when it could not be started: no such program, not allowed, not a program,
    ///   no such folder, no descriptors left.
    public init(
        _ program: String, arguments: [String] = [], environment: [String: String]? = nil, directory: String? = nil,
        output: Output = .discard, error: Output = .discard
    ) throws(ChildProcessError) {
        self.program = program
        if let directory {
            var info = stat()
            guard stat(directory, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
                throw .folderMissing(program: program, folder: directory)
            }
        }
        var opened = OpenedDescriptors()
        defer { opened.closeAll() }
        let null = try opened.nullDevice(program: program)
        let outputPipe = output == .capture ? try opened.pipe(program: program) : nil
        let errorPipe = error == .capture ? try opened.pipe(program: program) : nil
        let standard = [null, outputPipe?.write ?? null, errorPipe?.write ?? null]
        id = try Self.spawn(
            program, arguments: arguments, environment: environment ?? ProcessInfo.processInfo.environment,
            directory: directory, standard: standard)
        capturedOutput = outputPipe.map { CapturedStream(reading: opened.keep($0.read)) }
        capturedError = errorPipe.map { CapturedStream(reading: opened.keep($0.read)) }
    }

    /// What the child wrote to its standard output so far (empty unless it is captured).
    public var output: [UInt8] { capturedOutput?.contents ?? [] }

    /// What the child wrote to its standard error so far (empty unless it is captured).
    public var errorOutput: [UInt8] { capturedError?.contents ?? [] }

    /// Waits until the captured streams end (every writer closed them), at most until `deadline` when one is given.
    func waitForCapturedStreams(until deadline: ContinuousClock.Instant? = nil) {
        for stream in [capturedOutput, capturedError].compactMap({ $0 }) {
            if let deadline { stream.waitForEnd(until: deadline) } else { stream.waitForEnd() }
        }
    }

    /// Runs `posix_spawn` with `standard` as the child's descriptors 0, 1 and 2 and nothing else open.
    ///
    /// - Returns: The child's id.
    private static func spawn(
        _ program: String, arguments: [String], environment: [String: String], directory: String?, standard: [Int32]
    ) throws(ChildProcessError) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        guard posix_spawn_file_actions_init(&actions) == 0 else { throw .cannotStart(program: program, code: ENOMEM) }
        defer { posix_spawn_file_actions_destroy(&actions) }
        guard posix_spawnattr_init(&attributes) == 0 else { throw .cannotStart(program: program, code: ENOMEM) }
        defer { posix_spawnattr_destroy(&attributes) }
        var code = nb_spawnattr_prepare(&attributes)
        // The sources are all above 2 (`OpenedDescriptors`), so no dup2 overwrites the source of a later one.
        for (target, source) in standard.enumerated() where code == 0 {
            code = posix_spawn_file_actions_adddup2(&actions, source, Int32(target))
        }
        if code == 0 { code = nb_spawn_addclosefrom(&actions, 3) }
        if code == 0, let directory { code = nb_spawn_addchdir(&actions, directory) }
        guard code == 0 else { throw .cannotStart(program: program, code: code) }
        let argv = CStringArray([program] + arguments)
        let envp = CStringArray(environment.map { "\($0.key)=\($0.value)" })
        defer {
            argv.free()
            envp.free()
        }
        var id: pid_t = 0
        // A program file that another process still holds open for writing cannot be run (ETXTBSY): a script written
        // a moment ago, whose descriptor a child started meanwhile by another thread has not yet closed. That lasts
        // only until the child's own program starts: tried again, at most 50 times 10 ms apart.
        for attempt in 0..<50 {
            code = posix_spawn(&id, program, &actions, &attributes, argv.pointers, envp.pointers)
            guard code == ETXTBSY, attempt < 49 else { break }
            usleep(10_000)
        }
        guard code == 0 else { throw .cannotStart(program: program, code: code) }
        return id
    }
}

/// A NULL-terminated array of C strings (`argv`, `envp`), freed by ``free()``.
private struct CStringArray {
    let pointers: [UnsafeMutablePointer<CChar>?]

    init(_ strings: [String]) { pointers = strings.map { strdup($0) } + [nil] }

    func free() {
        for pointer in pointers { Glibc.free(pointer) }
    }
}

/// The descriptors a start opens: all above 2 and closed when this process runs a program, and all closed at the
/// end of the start but those it ``keep(_:)``s.
private struct OpenedDescriptors {
    private var descriptors: [Int32] = []

    /// /dev/null, for reading and writing.
    mutating func nullDevice(program: String) throws(ChildProcessError) -> Int32 {
        try add(open("/dev/null", O_RDWR | O_CLOEXEC), program: program)
    }

    /// A pipe.
    mutating func pipe(program: String) throws(ChildProcessError) -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        guard nb_pipe(&ends) == 0 else { throw .cannotStart(program: program, code: errno) }
        let read = try add(ends[0], program: program, orClose: ends[1])
        return (read, try add(ends[1], program: program))
    }

    /// Takes `descriptor` out of those closed at the end.
    mutating func keep(_ descriptor: Int32) -> Int32 {
        descriptors.removeAll { $0 == descriptor }
        return descriptor
    }

    /// Closes what was not kept.
    mutating func closeAll() {
        for descriptor in descriptors { close(descriptor) }
        descriptors = []
    }

    /// Records `descriptor` (a result of `open` or `pipe`, with `errno` set when it is -1), moved above 2 if it is
    /// one of the standard three (which happens when this process runs with one of them closed). `orClose` is closed
    /// when it throws.
    private mutating func add(
        _ descriptor: Int32, program: String, orClose other: Int32 = -1
    ) throws(ChildProcessError) -> Int32 {
        var descriptor = descriptor
        var code = errno
        if descriptor >= 0, descriptor < 3 {
            let moved = fcntl(descriptor, F_DUPFD_CLOEXEC, 3)
            code = errno
            close(descriptor)
            descriptor = moved
        }
        guard descriptor >= 0 else {
            if other >= 0 { close(other) }
            throw .cannotStart(program: program, code: code)
        }
        descriptors.append(descriptor)
        return descriptor
    }
}

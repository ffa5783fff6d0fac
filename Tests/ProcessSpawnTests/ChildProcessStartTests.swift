import Foundation
import Glibc
import ProcessSpawn
import ReportFixtures
import Testing

/// What a child starts with: its environment and folder, no descriptor of the test's but the standard three, and a
/// clear error when it cannot start at all.
@Suite struct ChildProcessStartTests {
    @Test func environmentAndFolderArePassed() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let folder = temporary.url
        let given = ["NIANBAO_TEST": "常张乡 人民政府", "LANG": "C.UTF-8"]
        let child = try ChildProcess("/usr/bin/env", environment: given, directory: folder.path, output: .capture)
        #expect(try ChildProcessTests.bounded(child) == .exited(0))
        let lines = String(decoding: child.output, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(Set(lines) == ["NIANBAO_TEST=常张乡 人民政府", "LANG=C.UTF-8"], "only the given environment")
        let pwd = try ChildProcess("/bin/pwd", arguments: ["-P"], directory: folder.path, output: .capture)
        #expect(try ChildProcessTests.bounded(pwd) == .exited(0))
        let real = try #require(realpath(folder.path, nil))
        defer { free(real) }
        #expect(String(decoding: pwd.output, as: UTF8.self) == String(cString: real) + "\n")
    }

    @Test func withoutAnEnvironmentTheChildHasThisProcesssOne() throws {
        let child = try ChildProcess("/usr/bin/env", output: .capture)
        #expect(try ChildProcessTests.bounded(child) == .exited(0))
        let path = try #require(ProcessInfo.processInfo.environment["PATH"])
        #expect(String(decoding: child.output, as: UTF8.self).split(separator: "\n").contains("PATH=\(path)"[...]))
    }

    @Test func theChildInheritsNoOtherDescriptor() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let folder = temporary.url
        // A file and a listening socket, both opened without close-on-exec, as a library might leave them.
        let path = folder.appendingPathComponent("open-file").path
        let file = open(path, O_WRONLY | O_CREAT, 0o644)
        try #require(file >= 0)
        defer { close(file) }
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(listener >= 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        try #require(bound == 0 && listen(listener, 1) == 0)
        let numbers = try ChildProcess("/bin/ls", arguments: ["/proc/self/fd"], output: .capture)
        #expect(try ChildProcessTests.bounded(numbers) == .exited(0))
        // `ls` sees 0, 1 and 2 and the descriptor it reads the folder through.
        #expect(String(decoding: numbers.output, as: UTF8.self) == "0\n1\n2\n3\n")
        let targets = try ChildProcess("/bin/sh", arguments: ["-c", "ls -l /proc/self/fd"], output: .capture)
        #expect(try ChildProcessTests.bounded(targets) == .exited(0))
        let listing = String(decoding: targets.output, as: UTF8.self)
        #expect(!listing.contains(path) && !listing.contains("socket:"), "\(listing)")
    }

    @Test func aProgramThatCannotStartSaysWhyInChinese() throws {
        #expect(throws: ChildProcessError.cannotStart(program: "/nonexistent/soffice", code: ENOENT)) {
            try ChildProcess("/nonexistent/soffice")
        }
        #expect(
            "\(ChildProcessError.cannotStart(program: "/nonexistent/soffice", code: ENOENT))"
                == "无法启动程序 /nonexistent/soffice：找不到这个程序")
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let folder = temporary.url
        // An executable file that is no program (no `#!`, no ELF header)
        let notAProgram = folder.appendingPathComponent("soffice")
        try Data("不是程序\n".utf8).write(to: notAProgram)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: notAProgram.path)
        let error = #expect(throws: ChildProcessError.self) { try ChildProcess(notAProgram.path) }
        #expect(error == .cannotStart(program: notAProgram.path, code: ENOEXEC))
        #expect(error.map { "\($0)" } == "无法启动程序 \(notAProgram.path)：它不是可以运行的程序")
        let gone = folder.appendingPathComponent("gone").path
        #expect(throws: ChildProcessError.folderMissing(program: "/bin/sh", folder: gone)) {
            try ChildProcess("/bin/sh", directory: gone)
        }
    }
}

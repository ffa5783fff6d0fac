import Foundation
import Glibc
import ProcessSpawn
import ReportFixtures
import Testing

/// How a child ends and what it writes: exit status, signals, captured output of any size, the timeout that ends a
/// child which will not end by itself. Every wait is bounded, so that a regression fails instead of hanging.
@Suite struct ChildProcessTests {
    /// Starts `/bin/sh -c SCRIPT` with both streams captured.
    static func shell(_ script: String) throws -> ChildProcess {
        try ChildProcess("/bin/sh", arguments: ["-c", script], output: .capture, error: .capture)
    }

    /// Waits at most 30 s; a child still running then is killed with its group, and the test fails.
    static func bounded(_ child: ChildProcess) throws -> Termination {
        guard let termination = child.wait(timeout: .seconds(30)) else {
            _ = child.terminate(grace: .zero)
            throw ChildStillRunning()
        }
        return termination
    }

    struct ChildStillRunning: Error {}

    @Test func exitStatusAndBothStreamsAreReported() throws {
        let child = try Self.shell("echo 输出; echo 错误 >&2; exit 3")
        #expect(try Self.bounded(child) == .exited(3))
        #expect(String(decoding: child.output, as: UTF8.self) == "输出\n")
        #expect(String(decoding: child.errorOutput, as: UTF8.self) == "错误\n")
        #expect(!child.isRunning)
    }

    @Test func aMegabyteOnEachStreamAtOnceDoesNotBlockTheChild() throws {
        // Both streams written at the same time, each far beyond a pipe's 64 KiB: a reader that emptied one pipe
        // only after the other ended would leave the child waiting for ever.
        let child = try Self.shell(
            """
            head -c 1048576 /dev/zero | tr '\\0' o &
            head -c 1048576 /dev/zero | tr '\\0' e >&2
            wait
            """)
        #expect(try Self.bounded(child) == .exited(0))
        #expect(child.output.count == 1_048_576 && child.output.allSatisfy { $0 == UInt8(ascii: "o") })
        #expect(child.errorOutput.count == 1_048_576 && child.errorOutput.allSatisfy { $0 == UInt8(ascii: "e") })
    }

    @Test func standardInputIsEmpty() throws {
        // `cat` would wait for the test's own standard input if the child inherited it.
        let child = try ChildProcess("/bin/cat", output: .capture)
        #expect(try Self.bounded(child) == .exited(0))
        #expect(child.output.isEmpty)
    }

    @Test func aSignalDeathIsReportedAsSuch() throws {
        let killed = try Self.shell("kill -KILL $$")
        #expect(try Self.bounded(killed) == .signalled(SIGKILL))
        let sleeping = try ChildProcess("/bin/sleep", arguments: ["30"])
        #expect(sleeping.isRunning)
        sleeping.send(SIGTERM)
        #expect(try Self.bounded(sleeping) == .signalled(SIGTERM))
        #expect("\(Termination.signalled(SIGTERM))" == "被信号 15 终止")
        #expect("\(Termination.exited(2))" == "退出码 2")
    }

    @Test func waitingWithATimeoutAnswersWhenTheChildEnds() async throws {
        let quick = try Self.shell("exit 7")
        #expect(await quick.ended() == .exited(7))
        #expect(quick.wait() == .exited(7), "a second wait answers the same")
        let slow = try ChildProcess("/bin/sleep", arguments: ["30"])
        let started = ContinuousClock.now
        #expect(slow.wait(timeout: .milliseconds(200)) == nil)
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(slow.terminate(grace: .seconds(5)) == .signalled(SIGTERM))
    }

    @Test func terminateKillsAChildThatIgnoresSIGTERMAndWhatItStarted() throws {
        // A child that ignores SIGTERM and has started a process of its own that ignores it too (as LibreOffice's
        // `soffice` starts `soffice.bin`), and says the other's id.
        let child = try Self.shell(
            """
            trap '' TERM
            sleep 30 >/dev/null 2>&1 &
            echo $!
            wait
            """)
        var grandchild: Int32?
        for _ in 0..<300 where grandchild == nil {
            let said = String(decoding: child.output, as: UTF8.self)
            if said.hasSuffix("\n") { grandchild = Int32(said.dropLast()) }
            Thread.sleep(forTimeInterval: 0.01)
        }
        let other = try #require(grandchild, "the child did not say its child's id")
        let started = ContinuousClock.now
        #expect(child.terminate(grace: .milliseconds(300)) == .signalled(SIGKILL))
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(ProcessTable.hasEnded(other), "the child's own child was left running")
    }
}

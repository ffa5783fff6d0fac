// Waiting for a child process, signalling it, and ending it: `ChildProcess`'s methods for how it ends.
import CProcessSpawn
import Foundation
import Glibc
import Synchronization

extension ChildProcess {
    /// Whether the child is still running (reaped when it is not).
    public var isRunning: Bool {
        if ending.withLock({ $0 }) != nil { return false }
        guard nb_child_has_ended(id, 0) == 0 else {
            _ = reap()
            return false
        }
        return true
    }

    /// Waits for the child to end and, when its output is captured, for that output to end too (every process
    /// that holds the pipe, the child's own children included, closed it). Holds the calling thread.
    ///
    /// - Returns: How it ended.
    public func wait() -> Termination {
        _ = nb_child_has_ended(id, 1)
        let termination = reap()
        waitForCapturedStreams()
        return termination
    }

    /// Waits as ``wait()`` does, at most for `timeout`.
    ///
    /// - Returns: How it ended, or `nil` when it is still running (captured output still being written after the
    ///   child ended does not hold the answer past `timeout`).
    public func wait(timeout: Duration) -> Termination? {
        let deadline = ContinuousClock.now + timeout
        guard hasEnded(before: deadline) else { return nil }
        let termination = reap()
        waitForCapturedStreams(until: deadline)
        return termination
    }

    /// Waits as ``wait()`` does without holding a thread of Swift's concurrency pool (a thread of its own waits).
    ///
    /// - Returns: How it ended.
    public func ended() async -> Termination {
        await withCheckedContinuation { continuation in
            let waiter = Thread { continuation.resume(returning: self.wait()) }
            waiter.name = "nianbao-child-wait"
            waiter.start()
        }
    }

    /// Sends `signal` to the child (`SIGTERM`, `SIGKILL`…), unless it has ended and was reaped.
    public func send(_ signal: Int32) {
        ending.withLock { ending in
            if ending == nil { _ = kill(id, signal) }
        }
    }

    /// Ends the child and every process of its group (the processes it started, unless they left it): `SIGTERM`,
    /// then, after `grace` or as soon as the child ended, `SIGKILL` to whatever is left of the group.
    ///
    /// - Parameter grace: How long the child has to end after `SIGTERM`.
    /// - Returns: How it ended (`signalled(SIGTERM)` or `signalled(SIGKILL)`, unless it ended by itself first).
    public func terminate(grace: Duration) -> Termination {
        sendToGroup(SIGTERM)
        _ = hasEnded(before: ContinuousClock.now + grace)
        // The child is not reaped yet (only ``reap()`` reaps), so its id still names its group.
        sendToGroup(SIGKILL)
        return wait()
    }

    /// Sends `signal` to the child's process group, unless the child was reaped (its id may then name another).
    private func sendToGroup(_ signal: Int32) {
        ending.withLock { ending in
            if ending == nil { _ = kill(-id, signal) }
        }
    }

    /// Whether the child ends before `deadline` (without reaping it), looking every few milliseconds.
    private func hasEnded(before deadline: ContinuousClock.Instant) -> Bool {
        var pause = Duration.milliseconds(1)
        while nb_child_has_ended(id, 0) == 0 {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { return false }
            Thread.sleep(forTimeInterval: Double(min(pause, left) / .seconds(1)))
            pause = min(pause * 2, .milliseconds(25))
        }
        return true
    }

    /// Reaps the ended child and records how it ended; called once it has ended (`nb_child_has_ended`), so that
    /// `waitpid` returns at once.
    private func reap() -> Termination {
        ending.withLock { ending in
            if let ending { return ending }
            var status: Int32 = 0
            var reaped: pid_t
            repeat { reaped = waitpid(id, &status, 0) } while reaped == -1 && errno == EINTR
            let termination = reaped == id ? Termination(waitStatus: status) : .exited(-1)
            ending = termination
            return termination
        }
    }
}

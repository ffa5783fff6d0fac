/// How a child process ended.
public enum Termination: Sendable, Hashable, CustomStringConvertible {
    /// It exited with this status (0 for success). A child that something outside ``ChildProcess`` reaped
    /// (a `waitpid(-1)`, or SIGCHLD ignored) has no known status and is reported as `exited(-1)`.
    case exited(Int32)
    /// A signal ended it (its number: `SIGKILL` is 9).
    case signalled(Int32)

    /// The end a `waitpid` status describes (`WIFEXITED`/`WEXITSTATUS`, `WTERMSIG`, which Swift does not import).
    init(waitStatus status: Int32) {
        let signal = status & 0x7f
        self = signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }

    public var description: String {
        switch self {
        case .exited(let status): "退出码 \(status)"
        case .signalled(let signal): "被信号 \(signal) 终止"
        }
    }
}

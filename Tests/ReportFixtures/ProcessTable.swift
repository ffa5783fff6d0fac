import Foundation

/// What the system's process table says of a process, for tests that check that a process was ended.
public enum ProcessTable {
    /// Whether process `id` ends within `time`: it is gone, or a zombie (ended, and not yet reaped by the process
    /// that adopted it).
    public static func hasEnded(_ id: Int32, within time: Duration = .seconds(2)) -> Bool {
        let deadline = ContinuousClock.now + time
        repeat {
            guard let stat = try? String(contentsOfFile: "/proc/\(id)/stat", encoding: .utf8) else { return true }
            // `pid (comm) state …`: the state follows the last parenthesis and a space.
            if let close = stat.lastIndex(of: ")"), stat[close...].dropFirst(2).first == "Z" { return true }
            Thread.sleep(forTimeInterval: 0.01)
        } while ContinuousClock.now < deadline
        return false
    }
}

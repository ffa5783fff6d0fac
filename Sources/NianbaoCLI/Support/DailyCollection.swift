import Foundation
import ReportRepository

/// `nianbao serve`'s own `gc`: checked every hour, run when the last one is a day old or more
/// (``ReportRepository/collectGarbageIfDue(time:)``), so that a county's file stays packed and the batches of pushes
/// that never finished are removed without anyone running `nianbao gc`.
enum DailyCollection {
    /// How long after the server starts the first check comes: not while it starts, nor in a short run (a test, a
    /// benchmark).
    static let firstCheck: Duration = .seconds(600)
    /// How long between checks.
    static let interval: Duration = .seconds(3600)

    /// Checks after `first`, then every `interval`, until the task is cancelled (the server stops). What a `gc` did,
    /// or why it could not run (another process writing), goes to standard error; the next check tries again.
    static func run(
        _ repository: ReportRepository, first: Duration = firstCheck, every interval: Duration = interval
    )
        async
    {
        var wait = first
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: wait)
            } catch {
                return
            }
            wait = interval
            do {
                if let report = try await repository.collectGarbageIfDue() {
                    Output.diagnose(Message.dailyCollection(summary: Message.gcSummary(report).text).text)
                }
            } catch {
                Output.diagnose(Message.warning(error.description).text)
            }
        }
    }
}

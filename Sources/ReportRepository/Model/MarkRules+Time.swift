// When a mark set on this node is recorded as set: the report's status is decided by the mark set last, and refs keep
// whole seconds.

public import Foundation
public import ReportModel
public import RevisionStore

extension MarkRules {
    /// The time a mark set on this node now is recorded with: `time`, or one second after the latest of the report's
    /// marks when `time` is not later than it (``Ref/moved`` keeps whole seconds), so that the mark set last is always
    /// the latest one — a submission in the same second as a return is the report's news, not lost under the tie rule
    /// (``ReportStatus/latestMark(in:)``: rv108 F24, the report stayed 已退回).
    ///
    /// A mark this node sets itself (``ReportRepository/mark(_:as:comment:author:overriding:scope:role:time:)``) and
    /// one a push sets here (recorded at its arrival) follow it; one a pull takes keeps the time the remote set it
    /// (`Schema/sync-protocol.md`), so that both nodes decide the report's status on the same facts.
    ///
    /// - Parameters:
    ///   - time: When it is set.
    ///   - report: Whose mark it is.
    ///   - reader: The store, read in the transaction that moves the mark.
    public static func settingTime(
        _ time: Date, of report: ReportKey, in reader: some StoreReading
    ) throws -> Date {
        let marks = try reader.refs(of: report).filter { $0.name.kind == .mark }
        guard let latest = marks.map(\.moved).max() else { return time }
        let next = latest.addingTimeInterval(1)
        return time < next ? next : time
    }
}

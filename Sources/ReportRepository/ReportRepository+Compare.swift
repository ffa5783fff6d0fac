public import ReportDiff
public import ReportModel

extension ReportRepository {
    /// What changed between two reports, compared in the comparisons' lane (``WorkLanes``): two long versions take a
    /// second or more to compare, and a server's pages and syncs go on meanwhile.
    ///
    /// - Parameters:
    ///   - old: The older report.
    ///   - new: The newer report.
    ///   - person: Who asked (a page's signed-in person), so that one person's comparisons never fill the lane.
    public func comparison(from old: Report, to new: Report, for person: String? = nil) async -> ReportEditScript {
        await lanes.comparisons.run(for: person) { DiffEngine().diff(from: old, to: new) }
    }
}

// Who reported late: the board's 「逾期 N 天报送」 once a late report has arrived (user review rv115, M9).

import Foundation
import ReportModel

extension ReportRepository {
    /// How many days after the deadline a report was first submitted (报送), or `nil` when it was submitted by the
    /// deadline, or never (a report the county published without a 报送 is not the township's late one).
    ///
    /// The first 报送 is the earlier of the current 已报送 mark's own time (set on the township's node, so a township
    /// that submitted offline by the deadline and synced later is on time) and the first 报送 of the report's steps
    /// (``workflowSteps(of:scope:)``: a report returned and submitted again counts from its first 报送). The steps
    /// are read only when the current mark is itself late.
    ///
    /// - Parameters:
    ///   - report: The report.
    ///   - deadline: The county's deadline.
    func daysLate(of report: ReportSummary, deadline: ReportingDeadline) async throws(RepositoryError) -> Int? {
        guard let submitted = report.mark(.submitted) else { return nil }
        let year = report.report.year
        guard deadline.daysLeft(year: year, from: submitted.moved) < 0 else { return nil }
        let steps = try await workflowSteps(of: report.report)
        let first = steps.first { $0.mark == .submitted }.map { min($0.time, submitted.moved) } ?? submitted.moved
        let days = -deadline.daysLeft(year: year, from: first)
        return days > 0 ? days : nil
    }
}

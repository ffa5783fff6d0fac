// The reports of one year across agencies, as the county collects them.

import ReportModel
import RevisionStore

extension ReportRepository {
    /// The report of every agency for a year, each at its published revision, or at its draft head when nothing is
    /// published yet, in the order of agency ids.
    ///
    /// - Parameters:
    ///   - year: The year.
    ///   - scope: What the reader reaches: agencies outside it are left out.
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func reports(
        ofYear year: Int, scope: AccessScope = .all
    ) async throws(RepositoryError)
        -> [RevisionDetails]
    {
        var found: [RevisionDetails] = []
        for summary in try await reports()
        where summary.report.year == year && scope.allows(agency: summary.report.agency) {
            let revision = summary.published ?? summary.head.id
            found.append(try await show(revision.hex, scope: scope))
        }
        return found
    }
}

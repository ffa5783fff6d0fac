// The reports of one year across agencies, as the county collects them.

import ReportModel
public import RevisionStore

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

    /// The reports of a year as ``reports(ofYear:scope:)`` gives them, each with the same agency's report of the
    /// year before (published, else its draft head) when there is one: the county's workbook puts last year's
    /// figures beside this year's.
    ///
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func reportsWithPreviousYear(
        ofYear year: Int, scope: AccessScope = .all
    ) async throws(RepositoryError) -> [(current: RevisionDetails, previous: RevisionDetails?)] {
        let current = try await reports(ofYear: year, scope: scope)
        var previous: [String: RevisionDetails] = [:]
        if year - 1 >= ReportKey.years.lowerBound {
            for details in try await reports(ofYear: year - 1, scope: scope) {
                previous[details.revision.report.agency] = details
            }
        }
        return current.map { ($0, previous[$0.revision.report.agency]) }
    }
}

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
            found.append(try await show(summary.countedRevision.hex, scope: scope))
        }
        return found
    }

    /// The county's view of a year, agency by agency: each agency's report of the year as ``reports(ofYear:scope:)``
    /// gives it, with its report of the year before (published, else its draft head) when there is one — the county's
    /// workbook puts last year's figures beside this year's — and each agency that must report
    /// (``expectedAgencies(year:)``) and has not, without a report. In the order of agency ids.
    ///
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func yearEntries(ofYear year: Int, scope: AccessScope = .all) async throws(RepositoryError) -> [YearEntry] {
        let current = try await reports(ofYear: year, scope: scope)
        var previous: [String: RevisionDetails] = [:]
        if year - 1 >= ReportKey.years.lowerBound {
            for details in try await reports(ofYear: year - 1, scope: scope) {
                previous[details.revision.report.agency] = details
            }
        }
        var entries = current.map { details in
            let id = details.revision.report.agency
            return YearEntry(
                agency: id, name: details.agency?.name ?? details.report.agency ?? id, current: details,
                previous: previous[id])
        }
        let reported = Set(entries.map(\.agency))
        for agency in try await expectedAgencies(year: year).agencies
        where !reported.contains(agency.id) && scope.allows(agency: agency.id) {
            entries.append(YearEntry(agency: agency.id, name: agency.name, current: nil, previous: previous[agency.id]))
        }
        return entries.sorted { $0.agency < $1.agency }
    }
}

/// One agency in the county's view of a year (``ReportRepository/yearEntries(ofYear:scope:)``).
public struct YearEntry: Sendable {
    /// The agency's id.
    public var agency: String
    /// Its name, as people know it: the registered name, else the name its report gives, else its id.
    public var name: String
    /// Its report of the year, or `nil` when it must report and has not.
    public var current: RevisionDetails?
    /// Its report of the year before, when there is one.
    public var previous: RevisionDetails?
}

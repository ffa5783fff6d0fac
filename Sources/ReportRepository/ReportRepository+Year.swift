// The reports of one year across agencies, as the county collects them.

public import CountyWorkbook
import ReportChecks
public import ReportModel
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
        try await counted(ofYear: year, scope: scope).map(\.details)
    }

    /// ``reports(ofYear:scope:)`` with where each report stands.
    private func counted(
        ofYear year: Int, scope: AccessScope
    ) async throws(RepositoryError) -> [(details: RevisionDetails, status: ReportStatus)] {
        var found: [(details: RevisionDetails, status: ReportStatus)] = []
        for summary in try await reports()
        where summary.report.year == year && scope.allows(agency: summary.report.agency) {
            found.append((try await show(summary.countedRevision.hex, scope: scope), summary.status))
        }
        return found
    }

    /// The county's view of a year, agency by agency: each agency's report of the year as ``reports(ofYear:scope:)``
    /// gives it, with its report of the year before (published, else its draft head) when there is one — the county's
    /// workbook puts last year's figures beside this year's — and each agency that must report
    /// (``expectedAgencies(year:)``) and has not, without a report. In the order of agency ids.
    ///
    /// Each report of the year comes with where it stands and, when its figures are not a published revision's,
    /// the number of errors the checks find in them: the workbook says which rows the county has not accepted.
    ///
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func yearEntries(ofYear year: Int, scope: AccessScope = .all) async throws(RepositoryError) -> [YearEntry] {
        let current = try await counted(ofYear: year, scope: scope)
        var previous: [String: (details: RevisionDetails, status: ReportStatus)] = [:]
        if year - 1 >= ReportKey.years.lowerBound {
            for counted in try await counted(ofYear: year - 1, scope: scope) {
                previous[counted.details.revision.report.agency] = counted
            }
        }
        let unaccepted = current.filter { !$0.details.isPublished }.map(\.details.revision)
        // (after the report's decisions, as the board counts: a dismissed finding no longer counts)
        let counts = try await findingCounts(of: unaccepted)
        var entries = current.map { details, status in
            let id = details.revision.report.agency
            return YearEntry(
                agency: id, name: details.agency?.name ?? details.report.agency ?? id, current: details,
                previous: previous[id]?.details, status: status, previousStatus: previous[id]?.status,
                errors: counts[details.revision.id]?.errors ?? 0)
        }
        let reported = Set(entries.map(\.agency))
        for agency in try await expectedAgencies(year: year).agencies
        where !reported.contains(agency.id) && scope.allows(agency: agency.id) {
            entries.append(
                YearEntry(
                    agency: agency.id, name: agency.name, current: nil, previous: previous[agency.id]?.details,
                    previousStatus: previous[agency.id]?.status))
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
    /// Where its report of the year stands (``ReportStatus``); `nil` when it has none.
    public var status: ReportStatus? = nil
    /// Where its report of the year before stands; `nil` when it has none.
    public var previousStatus: ReportStatus? = nil
    /// How many errors the checks find in the year's figures when they are not a published revision's (0 when they
    /// are: the county accepted them), those the county dismissed (不予采纳) left out.
    public var errors = 0

    /// How far the year's figures are from being accepted, for the county's workbook: `nil` when they are a
    /// published revision's (or there is no report), else the report's status (`已退回`) — a draft changed after
    /// publication counts its published revision, which is accepted.
    public var unpublishedStatus: String? { unpublishedStatus(in: .chinese) }

    /// ``unpublishedStatus`` in a language (`Returned`).
    public func unpublishedStatus(in language: Language) -> String? {
        guard let current, !current.isPublished, let status else { return nil }
        return language == .english ? status.englishLabel : status.label
    }

    /// The county workbook's row of this agency (``CountyWorkbook``): its name, the figures of both years, and how
    /// far this year's are from being accepted, with their errors.
    public var workbookEntry: WorkbookEntry { workbookEntry(in: .chinese) }

    /// ``workbookEntry`` with its status in a language, for a workbook in that language.
    public func workbookEntry(in language: Language) -> WorkbookEntry {
        let unpublished = unpublishedStatus(in: language)
        let previousUnpublished = previous.flatMap { previous in
            previous.isPublished
                ? nil : previousStatus.map { language == .english ? $0.englishLabel : $0.label }
        }
        var entry = WorkbookEntry(
            agency: name, report: current?.report, previous: previous?.report, unpublished: unpublished,
            errors: unpublished == nil ? 0 : errors, previousUnpublished: previousUnpublished,
            isReported: status?.isReported(published: current?.isPublished == true) ?? false)
        // (the published figures counted while the draft is another text: the row says so, rv120 M9)
        entry.draftBeside = current?.isPublished == true && status == .draft
        return entry
    }
}

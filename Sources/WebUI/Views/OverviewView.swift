import Foundation
import ReportChecks
import ReportModel
import ReportRepository

/// What the overview shows: every report the token reaches (agency × year) with its status, last revision and
/// check counts, and the filters by status and year.
struct OverviewView {
    /// One report's row.
    struct Row {
        let agency: String
        let agencyName: String
        let year: Int
        let href: String
        let historyHref: String
        let diffHref: String
        let conflictHref: String
        let status: String
        let statusLabel: String
        let isConflict: Bool
        let revision: String
        let message: String
        let author: String
        let time: String
        let errors: Int
        let warnings: Int
        let hasErrors: Bool
        let hasWarnings: Bool
        let isClean: Bool
    }

    /// A choice of a filter.
    struct Option {
        let value: String
        let label: String
        let selected: Bool
    }

    let heading: String
    let action: String
    let statuses: [Option]
    let years: [Option]
    let rows: [Row]
    let hasRows: Bool
    let shown: Int
    let total: Int
    let filtered: Bool
    let isAgency: Bool
    /// The board's upload form, for one who may change reports.
    var upload: BoardUploadView?
    let empty: String

    /// The overview of some reports, filtered.
    ///
    /// - Parameters:
    ///   - states: Every report the session may see (of one agency on an agency's page).
    ///   - counts: Their check counts.
    ///   - status: The status asked for, if any.
    ///   - year: The year asked for, if any.
    ///   - agency: The agency of an agency's page.
    init(
        states: [ReportSummary], counts: [ReportKey: FindingCounts], status: ReportStatus?, year: Int?,
        agency: (id: String, name: String)?
    ) {
        heading = agency.map { "\($0.name)的报告" } ?? "概览"
        action = agency.map { "/reports/\($0.id)" } ?? "/"
        isAgency = agency != nil
        var byStatus: [ReportStatus: Int] = [:]
        for state in states { byStatus[state.status, default: 0] += 1 }
        statuses = ReportStatus.allCases.map { candidate in
            Option(
                value: candidate.rawValue, label: "\(candidate.label)（\(byStatus[candidate] ?? 0)）",
                selected: candidate == status)
        }
        years = Set(states.map(\.report.year)).sorted(by: >).map {
            Option(value: String($0), label: "\($0) 年", selected: $0 == year)
        }
        let kept = states.filter { state in
            (status == nil || state.status == status) && (year == nil || state.report.year == year)
        }.sorted { ($0.report.year, $1.displayName) > ($1.report.year, $0.displayName) }
        rows = kept.map { state in
            let counts = counts[state.report] ?? FindingCounts([])
            return Row(
                agency: state.report.agency, agencyName: state.displayName, year: state.report.year,
                href: ReportAddress.href(state.report), historyHref: ReportAddress.href(state.report, "history"),
                diffHref: ReportAddress.href(state.report, "diff"),
                conflictHref: ReportAddress.href(state.report, "conflict"),
                status: state.status.rawValue, statusLabel: state.status.label, isConflict: state.status == .conflict,
                revision: DisplayFormat.short(state.head.id), message: state.head.content.message,
                author: state.head.content.author, time: DisplayFormat.time(state.head.content.time),
                errors: counts.errors, warnings: counts.warnings, hasErrors: counts.errors > 0,
                hasWarnings: counts.warnings > 0, isClean: counts.errors == 0 && counts.warnings == 0)
        }
        hasRows = !rows.isEmpty
        shown = rows.count
        total = states.count
        filtered = status != nil || year != nil
        empty = states.isEmpty ? "还没有可查看的报告。" : "没有符合筛选条件的报告。"
    }
}

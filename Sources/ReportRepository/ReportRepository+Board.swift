// The county's board: one row per expected agency × year, reports that have not arrived included.

public import Foundation
import ReportChecks
import ReportModel
public import RevisionStore

extension ReportRepository {
    /// The board's rows: every report of the year that a scope reaches, and a 未报送 row for every agency expected
    /// that year (``expectedAgencies(year:)``) whose report has not arrived, filtered, searched and sorted by a query.
    ///
    /// A scope limited to some agencies (a township clerk's) sees only those agencies' rows, missing ones included.
    /// Without a year the rows are every report of every year (no 未报送 rows: which year would they be?).
    ///
    /// - Parameters:
    ///   - year: The reporting year, or `nil` for every report.
    ///   - scope: Whose reach.
    ///   - query: Filters, search and order.
    ///   - now: The moment days to the deadline count from.
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func board(
        year: Int?, scope: AccessScope = .all, query: BoardQuery = BoardQuery(), now: Date = Date()
    ) async throws(RepositoryError) -> [BoardRow] {
        let reports = try await reports(scope: scope).filter { year == nil || $0.report.year == year }
        let (agencies, set) = try await read { reader in
            (try reader.agencies(), try year.flatMap { try reader.expectedAgencies(year: $0) })
        }
        let deadline = try await deadline()
        // (and of the published revision of a draft beside it: what the public reads)
        let beside = reports.compactMap { $0.status == .draft ? $0.published : nil }
        let published = try await read { reader in try beside.map { try reader.requireRevision($0) } }
        // (counted after the report's decisions, as its page and `check REF` count: a finding the county dismissed
        // (不予采纳) no longer counts, rv108 F14)
        let counts = try await findingCounts(of: reports.map(\.head) + published)
        let byID = Dictionary(agencies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var late: [ReportKey: Int] = [:]
        // (only of the year being collected: an earlier year's reports the county entered as history were 报送ed
        // years after its deadline, and called 逾期 675 天报送 — rv118 F2)
        let collecting = try await reportingYear(scope: scope, now: now)
        for report in reports where report.hasArrived && report.report.year == collecting {
            late[report.report] = try await daysLate(of: report, deadline: deadline)
        }
        func row(_ agency: Agency, year: Int, report: ReportSummary?) -> BoardRow {
            // (a report published or submitted, be it changed since, is not overdue: rv115 F8, rv119 F8)
            let done = report?.hasArrived ?? false
            var row = BoardRow(
                agency: agency, parentName: agency.parent.map { byID[$0]?.name ?? $0 }, year: year, report: report,
                counts: report.flatMap { counts[$0.head.id] } ?? FindingCounts([]),
                daysLeft: done ? nil : deadline.daysLeft(year: year, from: now))
            row.submittedLate = report.flatMap { late[$0.report] }
            if let report, report.status == .draft, let published = report.published {
                row.publishedErrors = counts[published]?.errors ?? 0
            }
            return row
        }
        var rows = reports.map { report in
            row(
                byID[report.report.agency] ?? Agency(id: report.report.agency, name: report.displayName),
                year: report.report.year, report: report)
        }
        if let year {
            let arrived = Set(reports.map(\.report.agency))
            for agency in Self.expected(of: agencies, set: set)
            where !arrived.contains(agency.id) && scope.allows(agency: agency.id) {
                rows.append(row(agency, year: year, report: nil))
            }
        }
        return Self.arranged(rows, by: query)
    }

    /// The year being reported, the board's year when none is asked for.
    ///
    /// - The county's own choice first: the latest year it listed the agencies expected for
    ///   (``setExpectedAgencies(_:year:)``, `nianbao agency expect`), with
    /// - the year being collected by the calendar (``collectedYear(now:)``) when an office the scope reaches is
    ///   expected to report it — by the default list too (``expectedAgencies(year:)``): on the first day of a
    ///   collection, before any report of it has come in, the board opens at it with every office 未报送, not at last
    ///   year's published reports, where an upload of this year's file had no report to go to (user review ux98,
    ///   finding A) — once the node holds a report of that year or before; and with
    /// - the latest year of a report that is being collected by the calendar: a report is written in the year after
    ///   the year it reports on, so in 2025 (Beijing time) the year collected is 2024 and a report of 2025 is a draft
    ///   started early. One township starting next year's draft (the report page offers it once a year is published)
    ///   must not turn every reviewer's board to a year not yet due, 16 offices 未报送 (user review ux96, finding 8).
    /// - Only where none is found, the latest year of a report at all (a node holding nothing but early drafts),
    ///   never a year to come (``reportableYears(now:)``); with nothing, last calendar year.
    ///
    /// A clerk's year is that of their own offices' reports and lists: another office's later report must not show
    /// through as the year their board opens at.
    ///
    /// - Parameters:
    ///   - scope: The reports and lists that count: a session's or token's scope.
    ///   - now: The moment whose Beijing-time year, less one, is the year collected.
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func reportingYear(scope: AccessScope, now: Date = Date()) async throws(RepositoryError) -> Int {
        let possible = Self.reportableYears(now: now)
        let collected = Self.collectedYear(now: now)
        let (expected, awaited) = try await read { reader in
            (
                try reader.latestExpectedYear(scope: scope),
                Self.expected(of: try reader.agencies(), set: try reader.expectedAgencies(year: collected))
                    .contains { scope.allows(agency: $0.id) }
            )
        }
        let years = try await reports(scope: scope).map(\.report.year).filter(possible.contains)
        let due = years.filter { $0 <= collected }.max()
        // (a node holding nothing but early drafts is not turned to the year before them: below)
        let current = awaited && due != nil ? collected : nil
        if let latest = [expected, current, due].compactMap({ $0 }).max() { return latest }
        return years.max() ?? collected
    }

    /// The years the county listed an office of a scope as expected to report (``setExpectedAgencies(_:year:)``,
    /// `nianbao agency expect`), which the board's 年度 menu offers beside the year being reported
    /// (``reportingYear(scope:now:)``) whether or not any report of them has come in: a late round (2024's reports
    /// collected in 2026, the year reported being 2025) was reached only by typing `?year=2024` (rv103 F1). Never a
    /// year to come (``reportableYears(now:)``).
    ///
    /// - Parameters:
    ///   - scope: Whose offices: a session's or token's scope.
    ///   - now: The moment the years count from.
    /// - Returns: The years, latest first.
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func expectedYears(scope: AccessScope, now: Date = Date()) async throws(RepositoryError) -> [Int] {
        let listed = try await read { reader in try reader.expectedYears(scope: scope) }
        return listed.filter(Self.reportableYears(now: now).contains).sorted(by: >)
    }

    /// The year whose reports are being collected at a moment, by the calendar: last year in Beijing time (2024's
    /// reports are written and collected in 2025). A report of a later year is a draft started early.
    public static func collectedYear(now: Date = Date()) -> Int { reportableYears(now: now).upperBound - 1 }

    /// The years a report can be of at a moment: from 2008, when the regulation's reports began, to this year in
    /// Beijing time. A report of a year to come (2099, a slip) is kept and listed, but awaited by no one and never
    /// the board's year (review rr95, finding 6: one township's report of 2099 made 2099 the county's board).
    public static func reportableYears(now: Date = Date()) -> ClosedRange<Int> {
        2008...max(2008, BeijingTime.year(of: now))
    }

    /// Whether a report is awaited: no report of it is held, and its agency, registered here and within `scope`, is
    /// expected to report that year (``expectedAgencies(year:)``: the board's 未报送 row). The
    /// web pages let such a report be started by an upload.
    ///
    /// A year to come is awaited by no one, nor one before 2008 (``reportableYears(now:)``): an upload cannot start a
    /// report of 2031.
    public func isAwaited(
        _ key: ReportKey, scope: AccessScope, now: Date = Date()
    ) async throws(RepositoryError) -> Bool {
        guard Self.reportableYears(now: now).contains(key.year) else { return false }
        guard scope.allows(agency: key.agency), try await report(key) == nil else { return false }
        return try await expectedAgencies(year: key.year).agencies.contains { $0.id == key.agency }
    }

    /// Board rows filtered, searched and sorted by a query (the rule of ``board(year:scope:query:now:)``).
    public static func arranged(_ rows: [BoardRow], by query: BoardQuery) -> [BoardRow] {
        let search = query.search.map(AgencyNaming.normalized).flatMap { $0.isEmpty ? nil : $0.lowercased() }
        let kept = rows.filter { row in
            (query.agency == nil || row.agency.id == query.agency)
                && (query.status == nil || row.status == query.status) && (query.kind == nil || row.kind == query.kind)
                && (query.parent == nil || row.agency.parent == query.parent)
                && (!query.hasErrors || row.counts.errors > 0)
                && (search.map { AgencySearch.matches(row.agency, search: $0) } ?? true)
        }
        let byName: (BoardRow, BoardRow) -> Bool = { one, other in
            if one.agency.name == other.agency.name { return (one.agency.id, one.year) < (other.agency.id, other.year) }
            return AgencyOrder.names(one.agency.name, other.agency.name)
        }
        func ordered(_ one: BoardRow, _ other: BoardRow) -> ComparisonResult {
            switch query.sort {
            case .name: return .orderedSame
            case .year: return compare(one.year, other.year)
            case .status: return compare(one.status.rank, other.status.rank)
            case .errors:
                return compare((one.counts.errors, one.counts.warnings), (other.counts.errors, other.counts.warnings))
            case .changed: return compare(optional: one.changedAt, other.changedAt)
            case .days: return compare(optional: one.daysLeft, other.daysLeft)
            case .kind:
                return compare(
                    AgencyKind.allCases.firstIndex(of: one.kind) ?? 0,
                    AgencyKind.allCases.firstIndex(of: other.kind) ?? 0)
            case .parent:
                return compare(optional: one.parentName, other.parentName) { AgencyOrder.names($0, $1) }
            }
        }
        // Rows without a value in the sorted column (no report yet, nothing left to do, no parent) come last either way.
        func lacksValue(_ row: BoardRow) -> Bool {
            switch query.sort {
            case .changed: row.changedAt == nil
            case .days: row.daysLeft == nil
            case .parent: row.parentName == nil
            default: false
            }
        }
        return kept.sorted { one, other in
            let (oneLacks, otherLacks) = (lacksValue(one), lacksValue(other))
            if oneLacks != otherLacks { return otherLacks }
            let order = ordered(one, other)
            if order != .orderedSame {
                return query.descending ? order == .orderedDescending : order == .orderedAscending
            }
            return query.descending && query.sort == .name ? byName(other, one) : byName(one, other)
        }
    }

    private static func compare<T: Comparable>(_ one: T, _ other: T) -> ComparisonResult {
        one < other ? .orderedAscending : (other < one ? .orderedDescending : .orderedSame)
    }

    private static func compare<T: Comparable>(_ one: (T, T), _ other: (T, T)) -> ComparisonResult {
        one < other ? .orderedAscending : (other < one ? .orderedDescending : .orderedSame)
    }

    private static func compare<T: Comparable>(optional one: T?, _ other: T?) -> ComparisonResult {
        compare(optional: one, other, by: <)
    }

    /// Compares two optional values; a missing one comes last in ascending order.
    private static func compare<T>(optional one: T?, _ other: T?, by less: (T, T) -> Bool) -> ComparisonResult {
        switch (one, other) {
        case (nil, nil): .orderedSame
        case (nil, _): .orderedDescending
        case (_, nil): .orderedAscending
        case (let a?, let b?): less(a, b) ? .orderedAscending : (less(b, a) ? .orderedDescending : .orderedSame)
        }
    }
}

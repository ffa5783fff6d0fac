public import Foundation
public import ReportChecks
public import ReportModel
public import RevisionStore

/// One row of the county's board: an agency × year, with its report when there is one.
public struct BoardRow: Sendable, Hashable {
    /// The agency (as registered; an agency only reports name is shown by its id).
    public var agency: Agency
    /// The name of the office above it, when it has one.
    public var parentName: String?
    /// The reporting year.
    public var year: Int
    /// The report, or `nil` when it has not arrived (未报送).
    public var report: ReportSummary?
    /// The check counts of its draft, after the report's decisions (zero without a report).
    public var counts: FindingCounts
    /// Days to the deadline (0 on the day, negative after it), or `nil` once submitted or published.
    public var daysLeft: Int?
    /// Days after the deadline the report was first submitted (报送), when it was late: once it has arrived, who was
    /// late still shows (user review rv115, M9).
    public var submittedLate: Int?
    /// The errors the checks find in the published revision (those the county dismissed left out), when the report is
    /// a draft beside it (the counts above are the draft's): what the public reads may be wrong while the draft is
    /// right (user review rv103, F9 addendum).
    public var publishedErrors = 0

    /// Creates a row.
    public init(
        agency: Agency, parentName: String?, year: Int, report: ReportSummary?, counts: FindingCounts, daysLeft: Int?
    ) {
        self.agency = agency
        self.parentName = parentName
        self.year = year
        self.report = report
        self.counts = counts
        self.daysLeft = daysLeft
    }

    /// Which report the row is.
    public var key: ReportKey { ReportKey(agency: agency.id, year: year) }

    /// Its status as people read it: 未报送, or the report's ``ReportSummary/statusLabel``.
    public var statusLabel: String { report?.statusLabel ?? status.label }

    /// Its status, or `.missing` without a report.
    public var status: BoardStatus { report.map { .report($0.status) } ?? .missing }

    /// The kind shown: registered, else the kind the name suggests.
    public var kind: AgencyKind { agency.kind ?? AgencyNaming.guessedKind(of: agency.name) }

    /// Who changed the report last (the draft head's maker as this node knows it, ``ChangeMaker/name(in:)``: one
    /// another node brought says who sent it, `王审核（常张乡 同步送来）`), if it has arrived.
    public func changedBy(in language: Language = .current) -> String? { report?.headMaker.name(in: language) }

    /// When the report was changed last, if it has arrived.
    public var changedAt: Date? { report?.head.content.time }
}

/// The status of a board row: a report's, or 未报送 when none has arrived.
public enum BoardStatus: Sendable, Hashable {
    /// No report yet.
    case missing
    /// The report's status.
    case report(ReportStatus)

    /// Every status, in the order the board ranks them (what needs doing first).
    public static let allCases: [BoardStatus] =
        [.missing, .report(.returned), .report(.conflict), .report(.draft), .report(.submitted), .report(.published)]

    /// `missing` or the report status's raw value, as the query string writes it.
    public var rawValue: String {
        switch self {
        case .missing: "missing"
        case .report(let status): status.rawValue
        }
    }

    /// Reads `missing` or a report status.
    public init?(rawValue: String) {
        if rawValue == "missing" {
            self = .missing
        } else if let status = ReportStatus(rawValue: rawValue) {
            self = .report(status)
        } else {
            return nil
        }
    }

    /// In Chinese.
    public var label: String {
        switch self {
        case .missing: "未报送"
        case .report(let status): status.label
        }
    }

    /// In English.
    public var englishLabel: String {
        switch self {
        case .missing: "Not submitted"
        case .report(let status): status.englishLabel
        }
    }

    /// Its place in ``allCases``.
    var rank: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }
}

/// What the board shows: filters, a search and an order (`/?year=N&sort=…&order=…&status=…`).
public struct BoardQuery: Sendable, Hashable {
    /// The columns the board sorts by.
    public enum Sort: String, Sendable, Hashable, CaseIterable {
        case name, year, status, errors, changed, days, kind, parent
    }

    /// The column to sort by (name, in pinyin order, by default).
    public var sort: Sort = .name
    /// Whether the order is descending.
    public var descending = false
    /// Only rows of this status.
    public var status: BoardStatus?
    /// Only agencies of this kind.
    public var kind: AgencyKind?
    /// Only agencies under this parent (its id).
    public var parent: String?
    /// Only rows whose checks find errors.
    public var hasErrors = false
    /// Only agencies whose name or alias contains this text, or whose own name it spells in pinyin, syllable by
    /// syllable, whole or by initials (`nz`, `nanz` → 南漳镇: `AgencySearch`).
    public var search: String?
    /// Only this agency's rows (an agency's own page).
    public var agency: String?

    /// A query: every row, by name.
    public init(
        sort: Sort = .name, descending: Bool = false, status: BoardStatus? = nil, kind: AgencyKind? = nil,
        parent: String? = nil, hasErrors: Bool = false, search: String? = nil, agency: String? = nil
    ) {
        self.sort = sort
        self.descending = descending
        self.status = status
        self.kind = kind
        self.parent = parent
        self.hasErrors = hasErrors
        self.search = search
        self.agency = agency
    }

    /// The same query without its filters and search (its order kept): what the filters' counts count.
    public var unfiltered: BoardQuery {
        BoardQuery(sort: sort, descending: descending, agency: agency)
    }

    /// Whether a filter or a search is set (an agency's page is not a filter).
    public var isFiltered: Bool {
        status != nil || kind != nil || parent != nil || hasErrors || !(search ?? "").isEmpty
    }
}

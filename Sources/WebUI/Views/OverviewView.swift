import Foundation
import ReportChecks
import ReportModel
import ReportRepository

/// What the board shows: one row per report (and, for a year, per expected agency that has not reported) with its
/// status, checks, last change and days to the deadline; the filters, the search and the sortable headers. The rows
/// come from ``ReportRepository/board(year:scope:query:now:)``: this only formats them.
struct OverviewView {
    /// One row.
    struct Row {
        let agency: String
        let agencyName: String
        let agencyHref: String
        let kind: String
        let parent: String
        let year: Int
        let href: String
        let historyHref: String
        let diffHref: String
        let conflictHref: String
        let status: String
        let statusLabel: String
        /// Under a returned report's status, the county's correction request, cut short on the board
        /// (``OverviewWords/returnNote(of:)``); empty otherwise.
        let returnNote: String
        /// The whole correction request, on one line (the note's tooltip).
        let returnNoteWhole: String
        let hasReturnNote: Bool
        let isConflict: Bool
        let isMissing: Bool
        /// The draft head's id, which the batch form sends back (`seen:AGENCY/YEAR`); empty for a missing report.
        let headID: String
        let revision: String
        let message: String
        let author: String
        let time: String
        let errors: Int
        let warnings: Int
        let hasErrors: Bool
        let hasWarnings: Bool
        let isClean: Bool
        let days: String
        let isLate: Bool
    }

    /// A choice of a filter.
    struct Option {
        let value: String
        let label: String
        let selected: Bool
    }

    /// The headers that sort, one per column.
    struct Headers {
        let name: Header
        let kind: Header
        let parent: Header
        let year: Header
        let status: Header
        let errors: Header
        let changed: Header
        let days: Header
    }

    /// A column header that sorts.
    struct Header {
        let href: String
        let arrow: String
        let ariaSort: String
    }

    /// A later year's reports started early (next year's draft), named under the heading of the year collected:
    /// they do not turn the board (``ReportRepository/reportingYear(scope:now:)``), nor are they hidden.
    struct EarlyYear {
        let text: String
        let link: String
        let href: String
    }

    let heading: String
    /// The later years whose reports were started early, when the board shows a year.
    var early: [EarlyYear] = []
    let action: String
    let statuses: [Option]
    let kinds: [Option]
    let parents: [Option]
    let years: [Option]
    /// Around a year in the workbook's download button: `下载` … `全县 Excel`, or `本机关 Excel` for a clerk, whose
    /// workbook holds her offices only (user review ux98, N).
    let downloadBefore: String
    let downloadAfter: String
    let hasParents: Bool
    let headers: Headers
    let sort: String
    let order: String
    let search: String
    let errorsOnly: Bool
    let rows: [Row]
    let hasRows: Bool
    let shown: Int
    let missing: Int
    let hasMissing: Bool
    let total: Int
    let filtered: Bool
    /// Whether the count says how many reports there are in all (the rows are filtered, or of one year).
    let showsTotal: Bool
    let isAgency: Bool
    let isYear: Bool
    let yearLabel: String
    let deadline: String
    /// The board's upload form, for one who may change reports.
    var upload: BoardUploadView?
    /// The notice that the repository went back to a backup, for some days after.
    var restoredBackup: RestoredBackupNotice?
    /// The 打印 link: the board's print view (``PrintView``).
    var printHref = ""
    let empty: String
    /// Whether the rows can be ticked, for a batch export (anyone who reads) and a batch of marks.
    let canBatch: Bool
    /// Whether the ticked rows can be returned or published (a reviewer's or an administrator's board).
    let canMark: Bool
    /// The anti-forgery token of the batch form.
    let csrf: String
    /// The most characters the batch's return note may have (``ReportRepository/maxNoteLength``).
    let noteLimit = ReportRepository.maxNoteLength
    /// `份报告` after the number shown, `report(s)` in English.
    let reportsNoun: String

    /// The board.
    ///
    /// - Parameters:
    ///   - all: Every row of the year (or of every year) the session may see, unfiltered: what the counts count.
    ///   - rows: The rows shown, filtered and sorted.
    ///   - reports: Every report the session may see (for the years and the total).
    ///   - registry: The registered agencies (for the parents' names).
    ///   - query: The order, filters and search asked for.
    ///   - year: The year shown, if any.
    ///   - reporting: The years the session is asked to report for — the year being reported
    ///     (``ReportRepository/reportingYear(scope:now:)``) and those its offices are listed as expected for
    ///     (``ReportRepository/expectedYears(scope:now:)``) — in the 年度 menu before any report of them has come in.
    ///   - allYears: Whether the board shows every year because `year=all` was asked for (its links keep it).
    ///   - deadline: The reporting deadline.
    ///   - agency: The agency of an agency's page.
    ///   - batch: The anti-forgery token of the batch form (export, and marks when `marks`).
    ///   - marks: Whether the session may return or publish the ticked reports.
    ///   - generations: The generations of the rows' head revisions, the numbers they are shown by (第 3 版).
    ///   - messages: The messages of the rows' head revisions as shown (``ReportRepository/shownMessages(of:)``).
    ///   - ownOffices: Whether the session reaches some offices only (a clerk's): its workbook is theirs, not the
    ///     county's.
    ///   - words: The words of the board, in the language of the page.
    init(
        all: [BoardRow], rows: [BoardRow], reports: [ReportSummary], registry: [Agency], query: BoardQuery,
        year: Int?, reporting: [Int] = [], allYears: Bool = false, deadline: ReportingDeadline,
        agency: (id: String, name: String)?,
        batch: String? = nil,
        marks: Bool = false, generations: [ObjectID: Int] = [:], messages: [ObjectID: ShownMessage] = [:],
        ownOffices: Bool = false,
        words: OverviewWords = PageWords.chinese.overview
    ) {
        (downloadBefore, downloadAfter) =
            ownOffices
            ? (words.downloadOwnBefore, words.downloadOwnAfter) : (words.downloadBefore, words.downloadAfter)
        canBatch = batch != nil
        canMark = batch != nil && marks
        csrf = batch ?? ""
        heading = words.heading(agency: agency?.name, year: year)
        let action = agency.map { "/reports/\($0.id)" } ?? "/"
        self.action = action
        isAgency = agency != nil
        isYear = year != nil
        yearLabel = year.map { "\($0) 年度" } ?? ""
        self.deadline = words.deadline(deadline, year: year)
        var byStatus: [BoardStatus: Int] = [:]
        for row in all { byStatus[row.status, default: 0] += 1 }
        statuses = BoardStatus.allCases.filter { $0 != .missing || year != nil }.map { candidate in
            Option(
                value: candidate.rawValue,
                label: words.language.choose(
                    "\(words.label(candidate))（\(byStatus[candidate] ?? 0)）",
                    "\(words.label(candidate)) (\(byStatus[candidate] ?? 0))"),
                selected: candidate == query.status)
        }
        kinds = AgencyKind.allCases.map {
            Option(value: $0.rawValue, label: words.label($0), selected: $0 == query.kind)
        }
        let parentIDs = Set(all.compactMap(\.agency.parent))
        let names = Dictionary(registry.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        parents = parentIDs.map { ($0, names[$0] ?? $0) }.sorted { AgencyOrder.names($0.1, $1.1) }.map {
            Option(value: $0.0, label: $0.1, selected: $0.0 == query.parent)
        }
        hasParents = !parents.isEmpty
        years = Set(reports.map(\.report.year) + [year].compactMap { $0 } + reporting).sorted(by: >).map {
            Option(value: String($0), label: words.year($0), selected: $0 == year)
        }
        sort = query.sort.rawValue
        order = query.descending ? "desc" : "asc"
        search = query.search ?? ""
        errorsOnly = query.hasErrors
        func header(_ column: BoardQuery.Sort) -> Header {
            let current = column == query.sort
            return Header(
                href: Self.link(
                    action, query: query, year: year.map(String.init) ?? (allYears ? "all" : nil), sort: column,
                    descending: current && !query.descending),
                arrow: current ? (query.descending ? " ▼" : " ▲") : "",
                ariaSort: current ? (query.descending ? "descending" : "ascending") : "none")
        }
        headers = Headers(
            name: header(.name), kind: header(.kind), parent: header(.parent), year: header(.year),
            status: header(.status), errors: header(.errors), changed: header(.changed), days: header(.days))
        self.rows = rows.map { Self.row($0, generations: generations, messages: messages, words: words) }
        hasRows = !rows.isEmpty
        shown = rows.count
        missing = rows.filter { $0.report == nil }.count
        hasMissing = missing > 0
        // The rows of the year (or years) shown before the filters: a year's board counted every year's reports.
        total = all.count
        filtered = query.isFiltered
        showsTotal = query.isFiltered
        reportsNoun = words.reports(rows.count)
        empty = all.isEmpty ? words.emptyNone : words.emptyFiltered
        if let year, agency == nil {
            let started = Dictionary(
                grouping: reports.filter { $0.report.year > max(year, ReportRepository.collectedYear()) },
                by: \.report.year)
            early = started.keys.sorted().map { later in
                let names = (started[later] ?? []).map(\.displayName).sorted { AgencyOrder.names($0, $1) }
                let (text, link) = words.early(year: later, names: names)
                return EarlyYear(text: text, link: link, href: "/?year=\(later)")
            }
        }
    }

    private static func row(
        _ row: BoardRow, generations: [ObjectID: Int], messages: [ObjectID: ShownMessage], words: OverviewWords
    ) -> Row {
        let key = row.key
        let head = row.report?.head
        let note = words.returnNote(of: row)
        return Row(
            agency: key.agency, agencyName: row.report?.displayName ?? row.agency.name,
            agencyHref: "/reports/\(key.agency)", kind: words.label(row.kind), parent: row.parentName ?? "—",
            year: key.year,
            href: ReportAddress.href(key), historyHref: ReportAddress.href(key, "history"),
            diffHref: ReportAddress.href(key, "diff"), conflictHref: ReportAddress.href(key, "conflict"),
            status: row.status.rawValue,
            statusLabel: words.status(
                of: row, returned: row.report?.mark(.returned).flatMap { generations[$0.revision] }),
            returnNote: note?.shown ?? "", returnNoteWhole: note?.whole ?? "", hasReturnNote: note != nil,
            isConflict: row.status == .report(.conflict),
            isMissing: row.report == nil, headID: head?.id.hex ?? "",
            revision: words.revision(head.flatMap { generations[$0.id] }),
            message: head.map { (messages[$0.id] ?? ShownMessage($0)).text(in: words.language) } ?? "",
            author: row.changedBy(in: words.language) ?? "—",
            time: row.changedAt.map(DisplayFormat.time) ?? "—", errors: row.counts.errors,
            warnings: row.counts.warnings, hasErrors: row.counts.errors > 0, hasWarnings: row.counts.warnings > 0,
            isClean: row.report != nil && row.counts.errors == 0 && row.counts.warnings == 0,
            days: row.daysLeft.map(words.days) ?? row.submittedLate.map(words.submittedLate) ?? "—",
            isLate: (row.daysLeft ?? 0) < 0 || row.submittedLate != nil)
    }

    /// The board's address with a query's filters and another order (`year`: `2024`, `all` or none).
    static func link(
        _ action: String, query: BoardQuery, year: String?, sort: BoardQuery.Sort, descending: Bool
    ) -> String {
        var items: [(String, String)] = []
        if let year { items.append(("year", year)) }
        if let status = query.status { items.append(("status", status.rawValue)) }
        if let kind = query.kind { items.append(("kind", kind.rawValue)) }
        if let parent = query.parent { items.append(("parent", parent)) }
        if query.hasErrors { items.append(("errors", "1")) }
        if let search = query.search, !search.isEmpty { items.append(("q", search)) }
        items.append(("sort", sort.rawValue))
        items.append(("order", descending ? "desc" : "asc"))
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+#?")
        return action + "?"
            + items.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
            .joined(separator: "&")
    }
}

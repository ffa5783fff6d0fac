import DocumentLayout
import ReportModel

/// The one step that gives a laid-out table's cells their template keys, whatever the source: .docx, PDF, HTML,
/// and (after the text detectors emit ``GridTable``s) plain text.
///
/// 1. **Rows by label.** A grid row with a value cell is a data row; its label cells (left of the values,
///    merged cells from above included) form its label path, outermost first. The innermost label is matched to
///    a template row's label or variants by loose key (``LabelMatch``); the outer labels settle ties
///    (`3.其他` under （六）). A template with one unlabelled data row (table 4) takes the first unlabelled row.
/// 2. **Columns by header.** Each value cell's header path is the chain of label cells above it (nearest first,
///    through merged cells, by x extent when the grid has geometry). When every value cell of a row finds a
///    distinct template column this way, that is the mapping; otherwise the row's value cells are taken in
///    order when their number equals the row's columns (blank layout cells at the ends dropped first), and a
///    row that still disagrees keeps what its headers resolved and leaves the rest missing. Headers that put two
///    cells of a row in the other order than the template's columns (swapped columns) stop every row of the table
///    from being read by order: a column whose header is not read is missing (``GridRowPlacement``). Raw grid
///    column indices are never used: edited and converted documents have extra grid columns.
/// 3. **Which template.** Every template of the catalog is tried; the one with most rows and header columns
///    matched wins (ties: the newest format). A grid that matches none is kept as a plain grid table keyed by its
///    own first row and first column.
///
/// Cell text is kept exactly as written; a template cell the grid does not fill is *missing*, never 0.
enum GridTableMapper {
    /// A mapped table and what mapping noticed.
    struct Result {
        var table: Table
        var diagnostics: [Diagnostic]
        /// What the grid holds outside the template's rows and columns, to keep after the table.
        var kept: [KeptText] = []
        /// The rows found whose cells were all left missing (their own warning says why): found, not missing from
        /// the grid.
        var unreadRows: Set<String> = []
    }

    /// Maps a grid onto the template it matches best, or keeps it as a plain grid; `unitsAbove` are the paragraphs
    /// above it that state its unit (``HeaderUnit/statements(above:)``).
    static func map(
        _ grid: GridTable, unitsAbove: [String] = [], templates: [TemplateMatcher] = TemplateMatcher.standard
    ) -> Result {
        let context = GridContext(grid: grid, templates: templates, unitsAbove: unitsAbove)
        var best: (score: Int, format: Int, candidate: Candidate)?
        for matcher in templates {
            let template = matcher.template
            let candidate = Candidate(matcher: matcher, context: context)
            guard candidate.isPlausible else { continue }
            let score = candidate.score
            if best.map({ (score, template.format) > ($0.score, $0.format) }) ?? true {
                best = (score, template.format, candidate)
            }
        }
        guard let best else { return Result(table: plainTable(grid), diagnostics: []) }
        return best.candidate.result()
    }

    /// The template rows of a table no grid filled (every cell missing), as a diagnostic; `except` the rows that
    /// were found but whose numbers were left missing (their own diagnostic says why).
    static func missingRows(of table: Table, except found: Set<String> = []) -> Diagnostic? {
        guard let template = table.templateDefinition else { return nil }
        let missing = template.dataRows.filter { row in
            !row.optional && !found.contains(row.key)
                && (table.rows.first { $0.key == row.key }?.cells.allSatisfy(\.isMissing) ?? true)
        }
        guard !missing.isEmpty else { return nil }
        let names = missing.prefix(5).map(\.label).joined(separator: "、")
        return Diagnostic(
            .warning, line: nil, code: .rowsMissing,
            "\(template.shortName)有\(missing.count)行没有找到（\(names)\(missing.count > 5 ? "等" : "")）",
            subject: DiagnosticSubject(table: template.table))
    }

    /// A grid that matches no template, every cell kept once in the place it starts: a column for each grid column
    /// (keyed by the first row's cell over it), a row for each later grid row (keyed by the cell over its first
    /// column). A merged cell's text is in its first row and column only; the places it covers further are blank,
    /// and a place no cell covers is missing. Nothing is dropped, whatever the shape of the header (a merged header
    /// cell over several columns once cost the table every column but one).
    static func plainTable(_ grid: GridTable) -> Table {
        let header = (0..<grid.columnCount).map { grid.cell(atRow: 0, column: $0)?.text.trimmingLayoutSpace() ?? "" }
        var seen: [String: Int] = [:]
        func unique(_ label: String, fallback: String) -> String {
            let base = label.isEmpty ? fallback : label
            seen[base, default: 0] += 1
            let count = seen[base, default: 1]
            return count == 1 ? base : "\(base)#\(count)"
        }
        let columns = header.enumerated().map { index, label in
            TableColumn(key: unique(label, fallback: "列\(index + 1)"), path: [label])
        }
        seen = [:]
        var rows: [TableRow] = []
        for row in 1..<max(1, grid.rowCount) {
            guard !grid.cells(coveringRow: row).isEmpty else { continue }
            let label = grid.cell(atRow: row, column: 0)?.text.trimmingLayoutSpace() ?? ""
            let tableCells = columns.enumerated().map { index, column in
                guard let cell = grid.cell(atRow: row, column: index) else {
                    return Cell(column: column.key, text: nil)
                }
                guard cell.row == row, cell.column == index else { return Cell(column: column.key, text: "") }
                return Cell(column: column.key, text: CellText.isMissingMark(cell.text) ? nil : cell.text)
            }
            rows.append(TableRow(key: unique(label, fallback: "行\(rows.count + 1)"), path: [label], cells: tableCells))
        }
        return Table(template: nil, columns: columns, rows: rows)
    }
}

/// What every template candidate needs of a grid, computed once: data rows, keys of label cells, header paths.
struct GridContext {
    let grid: GridTable
    let labels: GridLabels
    let dataRows: [(row: Int, labels: [GridCell], values: [GridCell])]
    /// The rows of blank cells only, or of one phrase for "nothing happened" (``GridLabels/nothingRow(_:)``),
    /// which no data row is: what table 4's one row may have been made of by a clerk with no case.
    let nothingRows: [(row: Int, values: [GridCell])]
    /// The label keys of each data row's label cells, outermost first (beside ``dataRows``).
    let rowLabelKeys: [[LabelMatch]]
    /// The header path of each value cell, by its grid slot (``slot(of:)``).
    let headers: [Int: [LabelMatch]]
    /// The distinct header paths (most value cells of a column share theirs), for naming template columns.
    let distinctHeaderPaths: [[LabelMatch]]
    /// The text of each value cell's nearest header cell, by its grid slot (``slot(of:)``): what names a column the
    /// template does not have (`备注`).
    let headerTexts: [Int: String]
    /// The header cells above each value cell (by its grid slot), nearest first: what names the unit of its column
    /// (``HeaderUnit``).
    let headerPaths: [Int: [Int]]
    /// The paragraphs above the table that state its unit (`单位：元`), nearest first (``HeaderUnit``).
    let unitsAbove: [String]
    /// The rows of one cell at the top of the table that state its unit, its title typed in it
    /// (``UnitsAbove/titleRows(of:)``): headers of every column.
    let titleRows: [String]

    /// - Parameters:
    ///   - grid: The laid-out table.
    ///   - templates: The templates it may be, whose labels tell a row of words from a header row
    ///     (``isWordsRow(_:templates:)``).
    ///   - unitsAbove: The paragraphs above the table that state its unit.
    init(grid: GridTable, templates: [TemplateMatcher], unitsAbove: [String] = []) {
        self.grid = grid
        self.unitsAbove = unitsAbove
        titleRows = UnitsAbove.titleRows(of: grid)
        let labels = GridLabels(grid: grid)
        self.labels = labels
        var keys: [Int: LabelMatch] = [:]
        func key(_ index: Int) -> LabelMatch {
            if let known = keys[index] { return known }
            let made = LabelMatch(grid.cells[index].text)
            keys[index] = made
            return made
        }
        // A header that states a unit of money names its column without it (`本年收费金额（单位：元）`): whether the
        // unit is the column's is ``HeaderUnit``'s to say, not the match's.
        func headerKey(_ index: Int) -> LabelMatch {
            HeaderUnit.withoutUnit(grid.cells[index].text).map(LabelMatch.init) ?? key(index)
        }
        var rows: [(row: Int, labels: [GridCell], values: [GridCell])] = []
        var rowKeys: [[LabelMatch]] = []
        var headers: [Int: [LabelMatch]] = [:]
        var headerTexts: [Int: String] = [:]
        var headerPaths: [Int: [Int]] = [:]
        var distinct: [[LabelMatch]] = []
        var seen: Set<[Int]> = []
        let entries = (0..<grid.rowCount).compactMap { row -> (Int, (labels: [Int], values: [Int]))? in
            if let entry = labels.dataRow(row) {
                let blank = entry.values.allSatisfy { grid.cells[$0].text.trimmingLayoutSpace().isEmpty }
                guard !(blank && Self.isHeaderRow(entry.labels.map(key), templates: templates)) else { return nil }
                return (row, entry)
            }
            guard let cells = labels.textRow(row), Self.isWordsRow(cells.map(key), templates: templates) else {
                return nil
            }
            return (row, (cells, []))
        }
        let dataRowSet = Set(entries.map(\.0))
        for (row, entry) in entries {
            rows.append((row, entry.labels.map { grid.cells[$0] }, entry.values.map { grid.cells[$0] }))
            rowKeys.append(entry.labels.map(key))
            // (a label cell after the first may turn out to be a value typed as text: `100（其中99件）`; the first may
            // stand under a column, typed one cell to the right, rv112 F17: its header does not name the table's
            // columns)
            for (place, value) in (entry.labels + entry.values).enumerated() {
                let cell = grid.cells[value]
                guard headers[Self.slot(of: cell, in: grid)] == nil else { continue }
                let path = labels.headerPath(above: value, dataRows: dataRowSet)
                let keys = Self.headerKeys(path, grid: grid, templates: templates, key: headerKey)
                headers[Self.slot(of: cell, in: grid)] = keys
                guard place > 0 || entry.labels.isEmpty else { continue }
                headerTexts[Self.slot(of: cell, in: grid)] = path.first.map {
                    grid.cells[$0].text.trimmingLayoutSpace()
                }
                headerPaths[Self.slot(of: cell, in: grid)] = path
                if seen.insert(path).inserted { distinct.append(keys) }
            }
        }
        var blank: [(row: Int, values: [GridCell])] = []
        for row in 0..<grid.rowCount where !dataRowSet.contains(row) {
            guard let cells = labels.nothingRow(row) else { continue }
            blank.append((row, cells.map { grid.cells[$0] }))
            for value in cells {
                let path = labels.headerPath(above: value, dataRows: dataRowSet)
                let keys = Self.headerKeys(path, grid: grid, templates: templates, key: headerKey)
                headers[Self.slot(of: grid.cells[value], in: grid)] = keys
                if seen.insert(path).inserted { distinct.append(keys) }
            }
        }
        nothingRows = blank
        distinctHeaderPaths = distinct
        dataRows = rows
        rowLabelKeys = rowKeys
        self.headers = headers
        self.headerTexts = headerTexts
        self.headerPaths = headerPaths
    }

    /// The keys of a header path (cells by their position in `grid.cells`, innermost first). A header cell a page
    /// break cut in two (LibreOffice's `自然` at the foot of a page, `人` at the head of the next, over the same
    /// columns) is one label: when the innermost cell names no column of a template and the cell right above it,
    /// over the same columns, with it does (`自然人`), the two are read as that one label.
    static func headerKeys(
        _ path: [Int], grid: GridTable, templates: [TemplateMatcher], key: (Int) -> LabelMatch
    ) -> [LabelMatch] {
        let keys = path.map(key)
        guard path.count >= 2 else { return keys }
        let lower = grid.cells[path[0]]
        let upper = grid.cells[path[1]]
        guard upper.columns == lower.columns, upper.row + upper.rowSpan == lower.row,
            !namesColumn(keys[0], score: 2, templates: templates)
        else { return keys }
        let joined = LabelMatch(upper.text + lower.text)
        guard namesColumn(joined, score: 2, templates: templates) else { return keys }
        return [joined] + keys.dropFirst(2)
    }

    /// Whether a label names a column of one of the templates (or a group of columns), at least as well as `score`
    /// (``LabelMatch/score(_:)``).
    static func namesColumn(_ key: LabelMatch, score: Int, templates: [TemplateMatcher]) -> Bool {
        templates.contains { $0.columns.values.contains { key.bestScore(among: $0.keys + $0.parents) >= score } }
    }

    /// Whether a row of text cells only (``GridLabels/textRow(_:)``) is a data row whose cells hold words instead
    /// of numbers (`行政许可 | 不涉及`, `（一）予以公开 | 不涉及 | 不涉及 | …`): a cell before its last names a data
    /// row of a template and is no column's header, and no cell after it names a row or a column (a header row
    /// does: `自然人 | 法人或其他组织 | 其他 | 总计`, `结果维持 | … | 总计 | 未经复议直接起诉 | 复议后起诉`). Such a row is
    /// read as any data row, its words kept in their cells (no value); taken for a header row, it was lost.
    static func isWordsRow(_ keys: [LabelMatch], templates: [TemplateMatcher]) -> Bool {
        func namesRow(_ key: LabelMatch) -> Bool {
            templates.contains { $0.rows.contains { key.bestScore(among: $0.keys) >= 2 } }
        }
        func namesColumn(_ key: LabelMatch, score: Int) -> Bool {
            Self.namesColumn(key, score: score, templates: templates)
        }
        guard let own = keys.dropLast().lastIndex(where: namesRow), !namesColumn(keys[own], score: 3) else {
            return false
        }
        return keys[(own + 1)...].allSatisfy { !namesRow($0) && !namesColumn($0, score: 2) }
    }

    /// Whether the label cells of a row whose other cells are all empty make a header row of a table typed as a
    /// plain grid (merged header cells written as their text and empty cells after them, no merging): two or more
    /// labels, each the very label of a column of a template or of a group of columns, as ``LabelMatch/score(_:)``
    /// 3 has it (`自然人 |  | 法人或其他组织 |  | … | 总计`, `行政复议 |  | … | 行政诉讼 | …`, table 3's 申请人情况
    /// too; a row's own label holding one, `（七）总计`, is none), but the first, which may be the corner's note if
    /// it names no row. Read as a data row, such a row hid the headers above the numbers, and the numbers were
    /// placed by their order in the row.
    static func isHeaderRow(_ keys: [LabelMatch], templates: [TemplateMatcher]) -> Bool {
        func namesColumn(_ key: LabelMatch) -> Bool {
            key.full == TableRegion.table3Applicants || Self.namesColumn(key, score: 3, templates: templates)
        }
        guard keys.count >= 2, let first = keys.first else { return false }
        let namesRow = templates.contains { $0.rows.contains { first.bestScore(among: $0.keys) >= 2 } }
        return keys.dropFirst().allSatisfy(namesColumn) && (namesColumn(first) || !namesRow)
    }

    /// A cell's top-left slot, row-major: the key of ``headers``.
    static func slot(of cell: GridCell, in grid: GridTable) -> Int { cell.row * grid.columnCount + cell.column }

    /// The header path of a value cell.
    func header(of cell: GridCell) -> [LabelMatch] { headers[Self.slot(of: cell, in: grid)] ?? [] }

    /// The texts of the header cells above a value cell, nearest first.
    func headerTexts(above cell: GridCell) -> [String] {
        (headerPaths[Self.slot(of: cell, in: grid)] ?? []).map { grid.cells[$0].text }
    }
}

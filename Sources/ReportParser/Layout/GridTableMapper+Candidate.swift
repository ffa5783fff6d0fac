import DocumentLayout
import Foundation
import ReportModel

/// A template's row and column labels as match keys, made once per process for the standard catalog: every grid
/// of every document is tried against every template.
struct TemplateMatcher: Sendable {
    struct RowMatcher: Sendable {
        let row: RowTemplate
        let keys: [LabelMatch]
        let parents: [LabelMatch]
    }

    struct ColumnMatcher: Sendable {
        let column: ColumnTemplate
        let keys: [LabelMatch]
        let parents: [LabelMatch]
    }

    let template: TableTemplate
    let rows: [RowMatcher]
    /// Column key → its matcher.
    let columns: [String: ColumnMatcher]

    init(_ template: TableTemplate) {
        self.template = template
        columns = Dictionary(
            template.columns.map { column in
                (
                    column.key,
                    ColumnMatcher(
                        column: column, keys: ([column.label] + column.variants).map(LabelMatch.init),
                        parents: column.path.dropLast().map(LabelMatch.init))
                )
            }, uniquingKeysWith: { first, _ in first })
        rows = template.dataRows.map { row in
            RowMatcher(
                row: row, keys: ([row.label] + row.variants).map(LabelMatch.init),
                parents: row.path.dropLast().map(LabelMatch.init))
        }
    }

    /// The matchers of ``TemplateCatalog/standard``'s tables.
    static let standard: [TemplateMatcher] = TemplateCatalog.standard.tables.map(TemplateMatcher.init)
}

/// One template tried against a grid: which grid rows are which template rows, and how each row's value cells
/// map to the row's columns (see ``GridTableMapper``).
struct Candidate {
    let template: TableTemplate
    let context: GridContext
    /// Template row key → the grid row, its label cells and value cells, in grid order.
    private(set) var rows: [(key: String, row: Int, labels: [GridCell], values: [GridCell])] = []
    /// Rows whose label names no row of the template, with the cells that start on them (labels and values).
    private(set) var unknownRows: [(row: Int, label: String, cells: [GridCell])] = []
    private(set) var repeatedRows: [(row: Int, label: String)] = []
    /// Template columns some header path names.
    private(set) var namedColumns: Set<String> = []

    /// The label keys of the template's columns.
    let columnMatchers: [String: TemplateMatcher.ColumnMatcher]

    init(matcher: TemplateMatcher, context: GridContext) {
        template = matcher.template
        self.context = context
        columnMatchers = matcher.columns
        let rowMatchers = matcher.rows
        var used: Set<String> = []
        var unlabelled: [(row: Int, labels: [GridCell], values: [GridCell])] = []
        for (dataRow, labelKeys) in zip(context.dataRows, context.rowLabelKeys) {
            guard let own = dataRow.labels.last, !labelKeys.isEmpty else {
                unlabelled.append(dataRow)
                continue
            }
            // The innermost label names the row. When it names none, an outer one that does on this grid row alone
            // names it, if the text cells after it sit under the headers of the template's columns: values typed
            // as text (`100（其中99件）`, kept in their place, not a number). A clerk's own sub-row (`其中：网上申请`
            // under 一、本年新收 merged over two rows) sits under no column and is no value: its figures are a part
            // of the row's, and the row stays unknown rather than wrong.
            var found = Self.bestRow(labelKeys[labelKeys.count - 1], outer: labelKeys.dropLast(), among: rowMatchers)
                .map { (label: labelKeys.count - 1, key: $0) }
            for index in labelKeys.indices.dropLast().reversed() where found == nil {
                let after = dataRow.labels[(index + 1)...]
                guard dataRow.labels[index].rowSpan == 1, after.allSatisfy(isUnderAColumn) else { break }
                found = Self.bestRow(labelKeys[index], outer: labelKeys[..<index], among: rowMatchers).map {
                    (index, $0)
                }
            }
            guard let found else {
                // A row of words that names no row of this template is another table's, not an unknown row.
                // A caption of the template's own words over blank cells (`第二十条第（一）项` typed as a row of a
                // plain grid) holds nothing to keep.
                let blank = dataRow.values.allSatisfy { $0.text.trimmingLayoutSpace().isEmpty }
                if !dataRow.values.isEmpty, !(blank && LabelVocabulary.of(template.table).isTemplateText(own.text)) {
                    let cells = (dataRow.labels + dataRow.values).filter { $0.row == dataRow.row }
                    unknownRows.append((dataRow.row, own.text, cells))
                }
                continue
            }
            let label = dataRow.labels[found.label]
            guard used.insert(found.key).inserted else {
                repeatedRows.append((dataRow.row, label.text))
                continue
            }
            rows.append(
                (
                    found.key, dataRow.row, Array(dataRow.labels[...found.label]),
                    dataRow.labels[(found.label + 1)...] + dataRow.values
                ))
        }
        if template.dataRows.count == 1, rows.isEmpty, let row = template.dataRows.first {
            let filled = unlabelled.first {
                $0.values.contains {
                    GridLabels.holdsNumber($0.text.trimmingLayoutSpace()) || $0.text.trimmingLayoutSpace().isEmpty
                }
            }
            if let first = filled ?? nothingToReport(among: unlabelled, width: template.columns(of: row).count) {
                rows.append((row.key, first.row, first.labels, first.values))
            }
        }
        for path in context.distinctHeaderPaths {
            for matcher in columnMatchers.values where Self.columnScore(path, matcher) > 0 {
                namedColumns.insert(matcher.column.key)
            }
        }
    }

    /// The first unlabelled row (blank rows included) with no number in it, only marks for "nothing here" (`无`,
    /// `/`, `—`, blank) or phrases for "nothing happened" (`不涉及`), under headers that name the template's
    /// columns: each cell under one, or as many cells as the row has columns with one of them under one (a header whose labels a PDF cuts over two lines names few
    /// columns). Table 4 of an agency with no case: its headers, not its numbers, tell the table; the cells keep
    /// their marks (no value, never 0).
    private func nothingToReport(
        among unlabelled: [(row: Int, labels: [GridCell], values: [GridCell])], width: Int
    ) -> (row: Int, labels: [GridCell], values: [GridCell])? {
        let rows = (unlabelled + context.nothingRows.map { ($0.row, [], $0.values) }).sorted { $0.row < $1.row }
        return rows.first { row in
            guard row.values.allSatisfy({ CellText.isPlaceholder($0.text) || CellText.isNothingApplies($0.text) })
            else { return false }
            let under = row.values.count(where: isUnderAColumn)
            return under > 0 && (under == row.values.count || row.values.count == width)
        }
    }

    /// Whether a cell lies under headers that name one of the template's columns.
    private func isUnderAColumn(_ cell: GridCell) -> Bool {
        let path = context.header(of: cell)
        return !path.isEmpty && columnMatchers.values.contains { Self.columnScore(path, $0) > 0 }
    }

    /// The template row a label names best (its outer labels break ties), or `nil` for none.
    private static func bestRow(
        _ key: LabelMatch, outer: ArraySlice<LabelMatch>, among matchers: [TemplateMatcher.RowMatcher]
    ) -> String? {
        var best: (score: Int, key: String)?
        for matcher in matchers {
            let score = key.bestScore(among: matcher.keys)
            guard score > 0 else { continue }
            let bonus = matcher.parents.count { parent in outer.contains { $0.score(parent) >= 2 } }
            if best.map({ score * 4 + bonus > $0.score }) ?? true { best = (score * 4 + bonus, matcher.row.key) }
        }
        return best?.key
    }

    /// Rows count twice, columns named by headers once.
    var score: Int { rows.count * 2 + namedColumns.count }

    /// Whether the grid is this table at all: three of its rows (or half of them), or rows of it under a header
    /// that names one of its columns (a piece of table 2 cut per item, table 4's one row).
    var isPlausible: Bool {
        (rows.count >= 2 && (rows.count * 2 >= template.dataRows.count || rows.count >= 3))
            || (!rows.isEmpty && !namedColumns.isEmpty && rows.count + namedColumns.count >= 2)
    }

    /// How well a header path names a template column: the leaf must match (score ≥ 2); each outer label of the
    /// column found in the path adds one.
    static func columnScore(_ path: [LabelMatch], _ column: TemplateMatcher.ColumnMatcher) -> Int {
        guard let leaf = path.first else { return 0 }
        let score = leaf.bestScore(among: column.keys)
        guard score >= 2 else { return 0 }
        let bonus = column.parents.count { parent in path.dropFirst().contains { $0.score(parent) >= 2 } }
        return score * 4 + bonus
    }

    /// The template table filled from the grid, with diagnostics.
    func result() -> GridTableMapper.Result {
        var table = Table(template: template)
        var diagnostics: [Diagnostic] = []
        let name = template.shortName
        let placements = rows.compactMap { entry in
            template.row(entry.key).map { row in
                (row: row, placement: placement(of: entry.values, columns: template.columns(of: row)), entry.row)
            }
        }
        // Headers that put a cell in another column than its place in the row does: the columns are not in the
        // format's order, and no row of the table is read by position.
        let outOfOrder = placements.contains { $0.placement.contradictsOrder }
        var unplaced: [String: Int] = [:]
        var extra = ExtraColumns()
        for (row, placement, gridRow) in placements {
            let columns = template.columns(of: row)
            var (cells, complete) = placement.cells(byOrder: !outOfOrder)
            if !complete, placement.byHeader.count == columns.count {
                // Every column found by its header: what is left is in columns the format does not have.
                complete = true
            }
            extra.take(placement.values, placed: cells.map(\.1), allPlaced: complete, in: context)
            for (column, cell) in cells {
                // The mark an export writes for a cell that could not be read reads back as missing; so does a cell
                // whose number depends on text the reader cannot tell is shown.
                let uncertain = UncertainCells.warning(for: cell, row: row, column: column, in: template)
                // A figure under a header in another unit than the column's (`（单位：元）` over 万元), or in a table
                // under a paragraph that says so (`单位：元`), is no value of it.
                let stated =
                    column.decimal
                    ? HeaderUnit.foreign(
                        in: context.headerTexts(above: cell) + context.titleRows, above: context.unitsAbove,
                        of: column) : nil
                let withheld = stated.flatMap {
                    HeaderUnit.note(for: cell.text, under: $0, row: row, column: column, in: template)
                }
                let missing =
                    CellText.isMissingMark(cell.text.trimmingLayoutSpace()) || uncertain != nil || withheld != nil
                table.setText(missing ? nil : cell.text, row: row.key, column: column.key)
                diagnostics += [uncertain ?? withheld].compactMap { $0 }
            }
            if !complete, outOfOrder, placement.byOrder != nil {
                let placed = Set(cells.map { $0.0.key })
                for column in columns where !placed.contains(column.key) { unplaced[column.key, default: 0] += 1 }
            } else if !complete {
                diagnostics.append(incomplete(row, placement: placement, placed: cells.count, gridRow: gridRow))
            }
        }
        for column in template.columns where unplaced[column.key] != nil {
            diagnostics.append(
                Diagnostic(
                    .warning, line: nil, code: .columnsOutOfOrder,
                    "\(name)的栏目顺序与规定格式不同，已按表头读取；「\(template.columnName(column))」栏的表头无法识别，"
                        + "无法确定哪些数字属于这一栏，\(unplaced[column.key, default: 0])个单元格未读取（请核对原件）",
                    subject: DiagnosticSubject(table: template.table, column: column.key)))
        }
        var kept = extra.kept
        for unknown in unknownRows {
            let texts = unknown.cells.map { $0.text.trimmingLayoutSpace() }.filter { !$0.isEmpty }
            kept.append(
                KeptText(origin: .row(label: unknown.label), line: nil, paragraphs: [texts.joined(separator: "\t")]))
        }
        diagnostics += kept.map { $0.diagnostic(table: template) }
        for repeated in repeatedRows {
            diagnostics.append(
                Diagnostic(
                    .warning, line: nil, code: .tableRowRepeated,
                    "\(name)的「\(repeated.label.replacingOccurrences(of: "\n", with: ""))」行出现了两次，"
                        + "只读取了第一次",
                    subject: DiagnosticSubject(table: template.table, text: repeated.label)))
        }
        let unread = rows.map(\.key).filter { key in
            table.rows.first { $0.key == key }?.cells.allSatisfy(\.isMissing) ?? false
        }
        return GridTableMapper.Result(table: table, diagnostics: diagnostics, kept: kept, unreadRows: Set(unread))
    }

    /// The warning for a row whose cells were not all placed: how many cells it has, how many of its columns are
    /// left missing, and the numbers it has that stand over several columns or rows (a row a cell short, as a web
    /// page lays it out; numbers merged by a clerk), as written.
    private func incomplete(_ row: RowTemplate, placement: GridRowPlacement, placed: Int, gridRow: Int) -> Diagnostic {
        let columns = template.columns(of: row).count
        // (a cell of several numbers, one a line, as `120/130/140`)
        let shared = context.labels.sharedNumbers(startingIn: gridRow).map {
            context.grid.cells[$0].text.trimmingLayoutSpace().split(whereSeparator: \.isNewline).joined(separator: "/")
        }
        let straddling =
            shared.isEmpty
            ? "" : "；其中\(shared.count)个数（\(shared.joined(separator: "、"))）跨了几栏或几行，无法确定属于哪一栏"
        return Diagnostic(
            .warning, line: nil, code: .rowIncomplete,
            "\(template.shortName)「\(row.label)」行有\(placement.values.count + shared.count)个单元格，应有\(columns)个："
                + "\(columns - placed)个无法确定，按缺失处理\(straddling)（请核对原件）",
            subject: DiagnosticSubject(table: template.table, row: row.key))
    }
}

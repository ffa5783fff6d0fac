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

    /// The matcher of a template: the one of ``standard`` for a table of the catalog, built once a process (each
    /// text table read built its own: 2.6 M instructions of a `nianbao diff`), or one made now for any other.
    static func of(_ template: TableTemplate) -> TemplateMatcher {
        standard.first { $0.template.id == template.id && $0.template == template } ?? TemplateMatcher(template)
    }
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
    /// Rows of the template typed again with the same texts as their first time: read once.
    private(set) var repeatedRows: [(row: Int, label: String)] = []
    /// Template rows typed more than once with differing texts — or, in a table of one data row (table 4), several
    /// grid rows of figures: which is the report's cannot be told, so the row is missing and every copy is kept
    /// as a paragraph (rv112 F2, F3). Template row key → its label and the texts of each copy, in grid order.
    private(set) var disagreeingRows: [(key: String, label: String, copies: [[String]])] = []
    /// Rows without a label and without a figure in a table of one data row (a note merged across table 4, `注：…`):
    /// their texts, kept as paragraphs.
    private(set) var strayRows: [[String]] = []
    /// Template columns some header path names.
    private(set) var namedColumns: Set<String> = []
    /// Template rows whose label stands under a column of the template (`3.其他` typed in 自然人's cell, the numbers
    /// one cell to the right): their numbers stand under other columns' headers than their own (rv112 F17).
    private(set) var shiftedRows: Set<String> = []

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
            guard !dataRow.labels.isEmpty, !labelKeys.isEmpty else {
                unlabelled.append(dataRow)
                continue
            }
            // Words in a cell under one of the template's columns are a value typed as words (`总计`, `5（注）`,
            // `3.其他` typed in 自然人's cell), never the row's name: a row's label stands left of the columns
            // (rv112 F17, F7). A row of table 4 whose first cell holds a note (`0（注）`) is its unlabelled row
            // (rv112 F10).
            // But a label that names a row of the template, stands first in the columns, no figure left of it, and
            // follows only a group's label (`4.保护第三方合法权益` typed one cell right under （三）不予公开) is its row's,
            // shifted: the shifted-row rule decides whether its figures can be read in order (rv114 F1, F2). After a
            // label that names a row of its own (`（一）予以公开 | 总计 | …`), it is a value.
            var inner = labelKeys.count - 1
            while inner > 0, dataRow.labels[inner].rowSpan == 1, isUnderAColumn(dataRow.labels[inner]) {
                let outerNamesARow =
                    dataRow.labels[inner - 1].rowSpan == 1
                    && Self.bestRow(labelKeys[inner - 1], outer: labelKeys[..<(inner - 1)], among: rowMatchers) != nil
                if Self.startsTheColumns(dataRow.labels[inner], of: dataRow), !outerNamesARow,
                    Self.bestRow(labelKeys[inner], outer: labelKeys[..<inner], among: rowMatchers) != nil
                {
                    break
                }
                inner -= 1
            }
            if inner == 0, template.dataRows.count == 1, isUnderAColumn(dataRow.labels[0]) {
                unlabelled.append((dataRow.row, [], cells(after: nil, row: dataRow.row)))
                continue
            }
            let own = dataRow.labels[inner]
            // The innermost label names the row. When it names none, an outer one that does on this grid row alone
            // names it, if the text cells after it sit under the headers of the template's columns: values typed
            // as text (`100（其中99件）`, kept in their place, not a number). A clerk's own sub-row (`其中：网上申请`
            // under 一、本年新收 merged over two rows) sits under no column and is no value: its figures are a part
            // of the row's, and the row stays unknown rather than wrong.
            var found = Self.bestRow(labelKeys[inner], outer: labelKeys[..<inner], among: rowMatchers)
                .map { (label: inner, key: $0) }
            for index in labelKeys.indices[..<inner].reversed() where found == nil {
                let after = dataRow.labels[(index + 1)...]
                // A group label merged down from a row above that stands right of the row's own (its rowspan one row
                // too long above it, the row's cells one place to the left: rv114 F1 addendum) is no part of the row.
                guard dataRow.labels[index].rowSpan == 1,
                    after.allSatisfy({ isUnderAColumn($0) || $0.row < dataRow.row })
                else { break }
                found = Self.bestRow(labelKeys[index], outer: labelKeys[..<index], among: rowMatchers).map {
                    (index, $0)
                }
            }
            guard let found else {
                // A row of words that names no row of this template is another table's, not an unknown row.
                // A caption of the template's own words over blank cells (`第二十条第（一）项` typed as a row of a
                // plain grid) holds nothing to keep.
                // Words of the clerk's own on a row with no figure (a note merged across the table, `注：…`) are
                // kept as words.
                let blank = dataRow.values.allSatisfy { $0.text.trimmingLayoutSpace().isEmpty }
                let templateText = LabelVocabulary.of(template.table).isTemplateText(own.text)
                let cells = (dataRow.labels + dataRow.values).filter { $0.row == dataRow.row }
                if !dataRow.values.isEmpty, !(blank && templateText) {
                    unknownRows.append((dataRow.row, own.text, cells))
                } else if blank, !templateText, own.row == dataRow.row, !Self.texts(cells).isEmpty {
                    strayRows.append(Self.texts(cells))
                }
                continue
            }
            let label = dataRow.labels[found.label]
            // Every cell right of the label is the row's, the marks and numbers between words too (`—`, `1 234`), but
            // a group's label merged down from a row above.
            let values = cells(after: label, row: dataRow.row).filter {
                $0.row == dataRow.row || !dataRow.labels.contains($0)
            }
            // A label standing in a column's place: the row is shifted, its numbers under other columns' headers.
            if isUnderAColumn(label) { shiftedRows.insert(found.key) }
            guard used.insert(found.key).inserted else {
                let copy = Self.texts(values)
                guard let at = rows.firstIndex(where: { $0.key == found.key }) else { continue }
                let first = rows[at]
                let firstCopy = Self.texts(first.values)
                // A blank copy says nothing (a row deleted with tracked changes, saved as .doc, comes back blank
                // above the real one: rv113 F1b): the filled one is the row, as a column's is.
                if copy == firstCopy || copy.isEmpty {
                    repeatedRows.append((dataRow.row, label.text))
                } else if firstCopy.isEmpty, !disagreeingRows.contains(where: { $0.key == found.key }) {
                    repeatedRows.append((first.row, first.labels.last?.text ?? label.text))
                    rows[at] = (found.key, dataRow.row, Array(dataRow.labels[...found.label]), values)
                } else if let index = disagreeingRows.firstIndex(where: { $0.key == found.key }) {
                    disagreeingRows[index].copies.append(Self.texts(dataRow.labels[...found.label] + values))
                } else {
                    disagreeingRows.append(
                        (
                            found.key, label.text,
                            [
                                Self.texts(first.labels + first.values),
                                Self.texts(dataRow.labels[...found.label] + values),
                            ]
                        ))
                }
                continue
            }
            rows.append((found.key, dataRow.row, Array(dataRow.labels[...found.label]), values))
        }
        strayRows += Self.notesAfterRows(of: template, in: context)
        if template.dataRows.count == 1, rows.isEmpty, let row = template.dataRows.first {
            let filled = unlabelled.first {
                $0.values.contains {
                    GridLabels.holdsNumber($0.text.trimmingLayoutSpace()) || $0.text.trimmingLayoutSpace().isEmpty
                }
            }
            if let first = filled ?? nothingToReport(among: unlabelled, width: template.columns(of: row).count) {
                rows.append((row.key, first.row, first.labels, first.values))
                // The table's other rows: more figures make the row a guess; words are a note, kept.
                var copies = [Self.texts(first.labels + first.values)]
                for other in unlabelled where other.row != first.row {
                    let texts = Self.texts(other.labels + other.values)
                    if texts.contains(where: GridLabels.holdsNumber) {
                        copies.append(texts)
                    } else if !texts.isEmpty {
                        strayRows.append(texts)
                    }
                }
                if copies.count > 1 { disagreeingRows.append((row.key, row.label, copies)) }
            }
        }
        // A row of a table of several rows whose label a clerk emptied is no row of it that can be told: its figures
        // go nowhere, its text is kept (rv112 F2).
        if template.dataRows.count > 1 {
            for row in unlabelled {
                let cells = (row.labels + row.values).filter { $0.row == row.row }
                if !Self.texts(cells).isEmpty { unknownRows.append((row.row, "", cells)) }
            }
            unknownRows.sort { $0.row < $1.row }
        }
        for path in context.distinctHeaderPaths {
            for matcher in columnMatchers.values where Self.columnScore(path, matcher) > 0 {
                namedColumns.insert(matcher.column.key)
            }
        }
    }

    /// The first unlabelled row (blank rows included) with no number in it, only marks for "nothing here" (`无`,
    /// `/`, `—`, blank), phrases for "nothing happened" (`不涉及`) or `一` typed for a dash
    /// (``CellText/isNoFigure(_:)``), under headers that name the template's columns: each cell under one, or as many
    /// cells as the row has columns with one of them under one (a header whose labels a PDF cuts over two lines names
    /// few columns). Table 4 of an agency with no case: its headers, not its numbers, tell the table; the cells keep
    /// their marks (no value, never 0).
    private func nothingToReport(
        among unlabelled: [(row: Int, labels: [GridCell], values: [GridCell])], width: Int
    ) -> (row: Int, labels: [GridCell], values: [GridCell])? {
        let rows = (unlabelled + context.nothingRows.map { ($0.row, [], $0.values) }).sorted { $0.row < $1.row }
        return rows.first { row in
            guard row.values.allSatisfy({ CellText.isNoFigure($0.text) }) else { return false }
            let under = row.values.count(where: isUnderAColumn)
            return under > 0 && (under == row.values.count || row.values.count == width)
        }
    }

    /// The cells of a grid row right of `label` (all of them for `nil`), in order, but numbers merged over several
    /// places (``GridLabels/isSharedNumber(_:)``).
    private func cells(after label: GridCell?, row: Int) -> [GridCell] {
        let indices = context.grid.cellIndices(coveringRow: row)
        let start =
            label.flatMap { label in indices.firstIndex { context.grid.cells[$0] == label } }.map { $0 + 1 } ?? 0
        return indices[start...].filter { !context.labels.isSharedNumber($0) }.map { context.grid.cells[$0] }
    }

    /// Whether a cell lies under headers that name one of the template's columns.
    private func isUnderAColumn(_ cell: GridCell) -> Bool {
        let path = context.header(of: cell)
        return !path.isEmpty && columnMatchers.values.contains { Self.columnScore(path, $0) > 0 }
    }

    /// Whether no cell of the row left of `cell` under the columns holds a figure or a word: `cell` is the first
    /// filled one right of the row's labels.
    private static func startsTheColumns(
        _ cell: GridCell, of dataRow: (row: Int, labels: [GridCell], values: [GridCell])
    ) -> Bool {
        !dataRow.values.contains { $0.column < cell.column && !$0.text.trimmingLayoutSpace().isEmpty }
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
        // A label that only starts with a row's (score 1) and holds another row's label too names two rows a clerk
        // merged (`行政处罚和行政强制`, `3.要求提供公开出版物、4.无正当理由大量反复申请`): its figure is no one row's
        // (rv112 F24).
        if let best, best.score < 8, namesSeveralRows(key, among: matchers) { return nil }
        return best?.key
    }

    /// Whether a label holds the labels of two or more template rows (each at least four letters long).
    private static func namesSeveralRows(_ key: LabelMatch, among matchers: [TemplateMatcher.RowMatcher]) -> Bool {
        let named = matchers.filter { matcher in
            matcher.keys.contains { $0.core.count >= 4 && key.core.contains($0.core) }
        }
        return Set(named.map(\.row.key)).count >= 2
    }

    /// The rows after a grid's last data row that hold words of the clerk's own only — a note merged across the
    /// table (`注：行政诉讼2件均为上年结转案件。`) — as their cells' texts: no row of the table and no header, kept as
    /// words (rv112 F2). Rows of the template's own words or of marks for "nothing here" are not notes.
    private static func notesAfterRows(of template: TableTemplate, in context: GridContext) -> [[String]] {
        guard let last = context.dataRows.last?.row, last + 1 < context.grid.rowCount else { return [] }
        let vocabulary = LabelVocabulary.of(template.table)
        return ((last + 1)..<context.grid.rowCount).compactMap { row in
            let cells = context.grid.cellIndices(coveringRow: row).map { context.grid.cells[$0] }.filter {
                $0.row == row
            }
            let texts = texts(cells)
            guard !texts.isEmpty, !texts.contains(where: GridLabels.holdsNumber),
                !texts.allSatisfy(CellText.isNoFigure),
                !vocabulary.isTemplateText(texts.joined())
            else { return nil }
            return texts
        }
    }

    /// The texts of cells, trimmed, the empty ones left out.
    private static func texts(_ cells: some Sequence<GridCell>) -> [String] {
        cells.map { $0.text.trimmingLayoutSpace() }.filter { !$0.isEmpty }
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
}

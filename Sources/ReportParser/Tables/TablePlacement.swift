import ReportModel

/// What the text's layout proves about a template table, before any cell is given a template column key: for each
/// row, the values that belong to it in column order (the i-th value is the row's i-th column), and what could not
/// be placed.
///
/// Steps 2 and 3 of reading a template table are apart: ``RowPlacement`` and ``Table4Placement`` decide from the
/// layout alone which row and which position each value provably has; ``TemplateMapping`` then turns positions into
/// the template's column keys.
struct TablePlacement {
    /// A row whose values were placed: one position per column of the row, in column order; `nil` where the text
    /// has nothing for the position (table 4's groups the text lacks).
    struct Row {
        let key: String
        let label: String
        let cells: [CellToken?]
        /// Whether every value stood on the label's own line (such a row is trusted even in scrambled text).
        let isOnLabelLine: Bool
    }

    /// A row the text has values for whose positions are not certain.
    struct Unplaced {
        let key: String
        let label: String
        let line: Int?
        let count: Int
        let width: Int
        let reason: Reason
        /// The table's lines (their indexes) the row was typed on: its label's first line to its last value's.
        let lines: ClosedRange<Int>
    }

    /// Why a row's values could not be placed.
    enum Reason {
        /// Fewer values than columns.
        case short
        /// More values than columns.
        case overfull
        /// The right number, but not on the label's line in a text whose reading order is scrambled.
        case scrambled
    }

    /// The placed rows.
    var rows: [Row] = []
    /// The rows with values that could not be placed.
    var unplaced: [Unplaced] = []
    /// Values that belong to no row (before any label, after a complete row): the reading order is not the table's.
    var orphans: [CellToken] = []
    /// Rows the template does not have (`其中：网上申请⇥803⇥…` under 一、): a label that names no row, first on a line
    /// whose cells are marked off (tabs, `|`), and the values after it on that line. They are kept as the line,
    /// never placed in a row of the template, and are no orphans: the line's layout says whose they are.
    var extraRows: [(label: CellToken, values: [CellToken])] = []
    /// Why the table's reading order cannot be trusted, when it cannot (set by table 4's placement).
    var unreadable = false
    /// The keys of the rows the text has values for, placed or not, in the order met.
    var rowsWithValues: [String] = []

    /// Lone page numbers found among the table's lines (``takePageNumbers(among:)``): no values.
    var pageNumbers: [CellToken] = []

    /// The numbers among the orphans.
    var numericOrphans: [CellToken] { orphans.filter(\.isNumeric) }

    /// Whether the text's reading order cannot be trusted: numbers that belong to no row, or table 4's runs that fit
    /// no layout of its columns.
    var isScrambled: Bool { unreadable || orphans.contains(where: \.isNumeric) }

    /// Drops the blanks a layout adds around a row's values (a label spanning two columns, trailing tabs): from the
    /// end, then from the start, while there are more values than columns.
    static func droppingLayoutBlanks(_ values: [CellToken], width: Int) -> [CellToken] {
        var values = values
        while values.count > width, values.last?.isBlank == true { values.removeLast() }
        while values.count > width, values.first?.isBlank == true { values.removeFirst() }
        return values
    }

    /// Whether which of a row's blanks are the layout's cannot be told: blanks at both ends of its values (`label`,
    /// an empty cell under a label spanning two columns, the numbers, a trailing tab) and fewer numbers than would
    /// fill the columns once every blank at the ends is dropped. A blank at an end is then the layout's or an empty
    /// first or last cell (自然人, 总计): placing the row would shift every number of it one column, so it is left
    /// missing.
    static func hasAmbiguousBlanks(_ values: [CellToken], width: Int) -> Bool {
        let leading = values.prefix(while: \.isBlank).count
        guard leading > 0, leading < values.count else { return false }
        let trailing = values.reversed().prefix(while: \.isBlank).count
        return trailing > 0 && values.count - width < leading + trailing
    }

    /// One or two numbers that belong to no row, on the line right below a row read whole from its label's line,
    /// may be the ends of the row's numbers wrapped in a narrow column of a table drawn without rules (`1234` over
    /// `5`, `1.23` over `4`): the row is then not certain, and in the scrambled text such numbers make, it is left
    /// missing rather than read as 1234. (More numbers there are another row's, whose label wrapped or was lost, or
    /// a row broken by words in a cell: the row above stays read.)
    mutating func doubtRowsAboveNumbers() {
        var numbers: [Int: Int] = [:]
        for token in orphans where token.isNumeric { numbers[token.lineIndex, default: 0] += 1 }
        guard !numbers.isEmpty else { return }
        rows = rows.map { row in
            guard row.isOnLabelLine, let line = row.cells.lazy.compactMap({ $0?.lineIndex }).first,
                let below = numbers[line + 1], below <= 2
            else { return row }
            return Row(key: row.key, label: row.label, cells: row.cells, isOnLabelLine: false)
        }
    }
}

extension CellToken {
    /// Whether the token says a number (plain, with a unit, or in Chinese numerals).
    var isNumeric: Bool { isValue && CellText.value(text) != nil }
}

/// Step 2 for tables 2 and 3, whose rows have labels: which values provably belong to which row.
///
/// A row label is followed by its values: on its own line (`| 规章 | 0 | 0 | 0 |`, `规章 0 0 0`), on the lines after
/// it (one cell per line, a label wrapped over lines, the numbers alone on a line), or both. The values that follow
/// a label with nothing but fragments of labels before them and nothing at all between them are the row's *run*.
/// A run is placed only when it has exactly as many values as the row has columns (after the layout's blanks around
/// it): then the i-th value is in the i-th column. A shorter or longer run does not say which value is in which
/// column, so the row is left unplaced. Values that follow no label mean the text's reading order is not the
/// table's: the table is scrambled, and only rows whose values all stand on their label's own line are kept.
enum RowPlacement {
    private struct Run {
        let row: RowTemplate
        let label: CellToken
        var values: [CellToken] = []
        /// The label as read so far, loose: a label wrapped over lines grows by its pieces.
        var labelText: [UInt32]

        /// - Parameter width: The number of the table's columns: room for a row's values at once, not grown one by one.
        init(row: RowTemplate, label: CellToken, width: Int) {
            self.row = row
            self.label = label
            labelText = LooseKey.scalars(label.text)
            values.reserveCapacity(width)
        }

        /// Whether a text read after the label is the label's next piece (`一、本年新收政府信息公开申请` / `数量`).
        mutating func continuesLabel(with text: String) -> Bool {
            let joined = labelText + LooseKey.scalars(text)
            guard row.labelKeys.contains(where: { LooseKey.scalars($0.text).starts(with: joined) }) else {
                return false
            }
            labelText = joined
            return true
        }
    }

    /// - Parameters:
    ///   - markedLines: The indexes of the lines whose cells are marked off (tabs, `|`), where a label that names no
    ///     row starts a row the template does not have (``TablePlacement/extraRows``).
    ///   - blankLines: The indexes of the blank lines, which bound a row typed one cell a line.
    static func place(
        _ entries: [TableTokens.Entry], template: TableTemplate, vocabulary: LabelVocabulary,
        markedLines: Set<Int> = [], blankLines: Set<Int> = []
    ) -> TablePlacement {
        var placement = TablePlacement()
        let dataRows = Dictionary(uniqueKeysWithValues: template.dataRows.map { ($0.key, $0) })
        var open: Run?
        var extra: (label: CellToken, values: [CellToken])?
        var previousLine: Int?
        for entry in entries {
            defer { previousLine = entry.token.lineIndex }
            if let row = extra, entry.token.lineIndex != row.label.lineIndex || !entry.token.isValue {
                if !row.values.isEmpty { placement.extraRows.append(row) }
                extra = nil
            }
            if entry.token.isValue {
                if open != nil {
                    open?.values.append(entry.token)
                } else if extra != nil {
                    extra?.values.append(entry.token)
                } else {
                    placement.orphans.append(entry.token)
                }
            } else if case .row(let key) = entry.match, let row = dataRows[key] {
                if let run = open { finish(run, template: template, blankLines: blankLines, into: &placement) }
                // A label met again after its row had values: what follows it is not that row's.
                open =
                    placement.rowsWithValues.contains(key)
                    ? nil : Run(row: row, label: entry.token, width: template.columns.count)
            } else if var run = open {
                // The rest of a label wrapped over lines, group labels and fragments of the table's labels may stand
                // between a label and its values; anything else, or anything at all once the values have started,
                // ends the run.
                let isFragment: Bool
                if run.values.isEmpty, run.continuesLabel(with: entry.token.text) {
                    open = run
                    continue
                }
                switch entry.match {
                case .row: isFragment = true
                case .header: isFragment = false
                case .unknown: isFragment = vocabulary.isTemplateText(entry.token.text)
                }
                if !run.values.isEmpty || !isFragment {
                    finish(run, template: template, blankLines: blankLines, into: &placement)
                    open = nil
                }
            }
            if open == nil, !entry.token.isValue, entry.match == .unknown, entry.token.lineIndex != previousLine,
                markedLines.contains(entry.token.lineIndex), !vocabulary.isTemplateText(entry.token.text)
            {
                extra = (entry.token, [])
            }
        }
        if let run = open { finish(run, template: template, blankLines: blankLines, into: &placement) }
        if let row = extra, !row.values.isEmpty { placement.extraRows.append(row) }
        placement.takePageNumbers(among: entries)
        placement.doubtRowsAboveNumbers()
        if placement.isScrambled {
            // Only rows read wholly from their label's own line are certain in a scrambled text.
            let doubtful = placement.rows.filter { !$0.isOnLabelLine }
            placement.rows.removeAll { !$0.isOnLabelLine }
            for row in doubtful {
                let lines = row.cells.compactMap { $0?.lineIndex }
                placement.unplaced.append(
                    TablePlacement.Unplaced(
                        key: row.key, label: row.label, line: row.cells.first??.line, count: row.cells.count,
                        width: row.cells.count, reason: .scrambled,
                        lines: (lines.min() ?? 0)...(lines.max() ?? 0)))
            }
        }
        return placement
    }

    private static func finish(
        _ run: Run, template: TableTemplate, blankLines: Set<Int>, into placement: inout TablePlacement
    ) {
        let width = template.columns(of: run.row).count
        let labelLine = run.label.lineIndex
        let own = Array(run.values.prefix { $0.lineIndex == labelLine })
        var values = run.values
        if !own.isEmpty, own.count < values.count {
            let ownValues = TablePlacement.droppingLayoutBlanks(own, width: width)
            if ownValues.count == width, !TablePlacement.hasAmbiguousBlanks(own, width: width) {
                // A complete row on its label's line; what follows on later lines is not this row's.
                place(run, ownValues, onLabelLine: true, into: &placement)
                placement.orphans += run.values.dropFirst(own.count)
                return
            }
        }
        let ambiguous = TablePlacement.hasAmbiguousBlanks(values, width: width)
        values = TablePlacement.droppingLayoutBlanks(values, width: width)
        guard values.contains(where: { !$0.isBlank }) || values.count == width else { return }
        if ambiguous { values = values.filter { !$0.isBlank } }
        if values.count == width, !ambiguous {
            place(run, values, onLabelLine: values.allSatisfy { $0.lineIndex == labelLine }, into: &placement)
            return
        }
        placement.rowsWithValues.append(run.row.key)
        placement.unplaced.append(
            TablePlacement.Unplaced(
                key: run.row.key, label: run.row.label, line: values.first?.line ?? run.label.line,
                count: values.count, width: width, reason: values.count < width ? .short : .overfull,
                lines: labelLine...max(labelLine, run.values.last?.lineIndex ?? labelLine)))
        if values.count > width, values.contains(where: { $0.lineIndex != labelLine }), !isBounded(values, blankLines) {
            // More values than columns running on past the label's line: values of rows whose labels the text lost.
            placement.orphans += values
        }
    }

    /// Whether a row's values stand one after another on lines with no blank line between, and a blank line right
    /// after the last: a row typed one cell a line, with a cell too many (rv112 F9), not values of rows whose labels
    /// the text lost (those come after a blank line).
    private static func isBounded(_ values: [CellToken], _ blankLines: Set<Int>) -> Bool {
        guard let first = values.first?.lineIndex, let last = values.last?.lineIndex, blankLines.contains(last + 1)
        else { return false }
        return !(first...last).contains(where: blankLines.contains)
    }

    private static func place(
        _ run: Run, _ values: [CellToken], onLabelLine: Bool, into placement: inout TablePlacement
    ) {
        placement.rowsWithValues.append(run.row.key)
        placement.rows.append(
            TablePlacement.Row(
                key: run.row.key, label: run.row.label, cells: values.map(Optional.some), isOnLabelLine: onLabelLine))
    }
}

import ReportModel

/// Reads the lines of a template table (2, 3 or 4) into a ``Table`` by anchoring on the template's labels, not on
/// positions in the text, in three steps:
/// 1. ``TableTokens``: the cells of the lines, in reading order, each a value or a label matched to the template;
/// 2. ``RowPlacement`` (tables 2 and 3) or ``Table4Placement``: which values provably belong to which row and which
///    position of it, from the layout alone;
/// 3. ``TemplateMapping``: positions become the template's column keys; what could not be placed is missing, with a
///    diagnostic, never guessed.
struct TemplateTableReader {
    /// What reading gave: the table, text that was not part of it (``KeptText``), and diagnostics.
    struct Result {
        var table: Table
        var kept: [KeptText]
        var diagnostics: [Diagnostic]
        /// Whether the lines hold a table at all: a value, or labels of the table (a line of prose that only
        /// starts like one holds neither).
        var isTable: Bool
        /// The rows whose numbers were found but left missing, their columns out of the format's order or their
        /// header in another unit (``HeaderUnit``): found, not missing from the text.
        var unreadRows: [String] = []
        /// The line numbers of lone page numbers between the table's rows (``TablePlacement/takePageNumbers(among:)``).
        var pageNumbers: [Int] = []
    }

    let vocabulary: LabelVocabulary

    init(number: Int) {
        vocabulary = LabelVocabulary.of(number)
    }

    /// Reads a table from its lines; `above` are the lines before its first, where a header that does not start
    /// the table may stand (``HeaderOrder``), and a paragraph that states its unit (``HeaderUnit``).
    func read(_ lines: [SourceLine], above: [SourceLine] = []) -> Result {
        let tokens = TableTokens(lines: lines, vocabulary: vocabulary)
        let template = chooseTemplate(tokens.entries)
        var placement =
            template.table == 4
            ? Table4Placement.place(tokens.entries, template: template)
            : RowPlacement.place(
                tokens.entries, template: template, vocabulary: vocabulary,
                markedLines: Set(lines.indices.filter { lines[$0].hasTab || lines[$0].hasPipe }),
                blankLines: Set(lines.indices.filter { lines[$0].isBlank }))
        let disorder = HeaderOrder(tokens.entries, lines: lines, above: above, template: template).contradiction
        var unread: (rows: [String], cells: Int) = ([], 0)
        // Header cells over each row's cells place them by the columns they name (rv112 F12); what the header lines
        // say of the order holds for the other rows.
        let byHeader = HeaderColumns.apply(to: &placement, lines: lines, template: template)
        if disorder != nil {
            unread = Self.unplacingColumns(of: &placement, template: template, except: byHeader.namedRows)
        }
        let mapping = TemplateMapping(template: template)
        let words = tokens.entries.filter { !$0.token.isValue }.map(\.token.text)
        let (table, mapped, withheld) = mapping.map(
            placement, lines: lines, headers: words, unitsAbove: HeaderUnit.statements(above: above).units)
        var diagnostics = mapped + byHeader.diagnostics
        if let disorder, unread.cells > 0 {
            // One warning for the table, naming the two columns; no column in its subject: every column of the
            // rows is unread.
            let header =
                switch disorder.kind {
                case .order:
                    "\(mapping.tableName)的栏目顺序与规定格式不同（表头中「\(disorder.left)」在「\(disorder.right)」之前）"
                case .staggered:
                    "\(mapping.tableName)的表头分几行交错排列（「\(disorder.left)」和「\(disorder.right)」在同一行，"
                        + "两者之间的栏目在另一行），无法确认栏目顺序与规定格式相同"
                }
            diagnostics.append(
                Diagnostic(
                    .warning, line: disorder.line, code: .columnsOutOfOrder,
                    header + "，从文本中无法确定各数字属于哪一栏：\(unread.rows.count)行共\(unread.cells)个单元格未读取（请核对原件）",
                    subject: DiagnosticSubject(table: template.table)))
        }
        // A row the template does not have is kept as its line, as typed; its label is no stray words of its own.
        let extraRows = placement.extraRows.map { row in
            KeptText(
                origin: .row(label: row.label.text), line: row.label.line, paragraphs: [lines[row.label.lineIndex].text]
            )
        }
        let extraLines = Set(placement.extraRows.map(\.label.line))
        let kept =
            tokens.stray.filter { !extraLines.contains($0.line) }.map {
                KeptText(origin: .words, line: $0.line, paragraphs: [$0.text])
            } + extraRows
        diagnostics += kept.map { $0.diagnostic(table: template) }
        let labels = tokens.entries.filter { $0.match != .unknown }.count
        let isTable = tokens.entries.contains { $0.token.isFilledValue } || labels >= 3
        return Result(
            table: table, kept: kept, diagnostics: diagnostics, isTable: isTable,
            unreadRows: unread.rows + byHeader.unreadRows + withheld,
            pageNumbers: placement.pageNumbers.map(\.line))
    }

    /// Leaves missing every cell of the placed rows that have more than one column: their values were placed by
    /// their order in the row, which headers out of the format's order (``HeaderOrder``) say is not the order of
    /// the format's columns. A row of one column keeps its value, and so does a row in `placed`, whose every value
    /// its header cell placed (``HeaderColumns``). Returns the rows values were taken out of, and how many.
    static func unplacingColumns(
        of placement: inout TablePlacement, template: TableTemplate, except placed: Set<String> = []
    ) -> (rows: [String], cells: Int) {
        var rows: [String] = []
        var cells = 0
        placement.rows = placement.rows.map { row in
            guard row.cells.count > 1, template.row(row.key) != nil, !placed.contains(row.key) else { return row }
            let taken = row.cells.count { $0 != nil }
            if taken > 0 {
                rows.append(row.key)
                cells += taken
            }
            return TablePlacement.Row(
                key: row.key, label: row.label, cells: row.cells.map { _ in nil }, isOnLabelLine: row.isOnLabelLine)
        }
        return (rows, cells)
    }

    /// The format whose marker labels the text uses most; the newest on a tie. Table 3 is the 2019 format when
    /// （六）其他处理 holds numbers itself instead of heading rows 1–3.
    func chooseTemplate(_ tokens: [TableTokens.Entry]) -> TableTemplate {
        let templates = vocabulary.templates
        guard templates.count > 1, let newest = templates.first else {
            return templates.first ?? TemplateCatalog.standard.tables[0]
        }
        if vocabulary.number == 3 {
            let other = Table3Row.other.rawValue
            let hasOtherRows = tokens.contains {
                if case .row(let key) = $0.match { key.hasPrefix(other + ".") } else { false }
            }
            let otherHoldsValues = tokens.indices.contains { index in
                guard case .row(other) = tokens[index].match else { return false }
                let next = tokens[(index + 1)...].first {
                    $0.match != .header && !($0.match == .unknown && !$0.token.isValue)
                }
                return next?.token.isNumeric == true
            }
            if otherHoldsValues, !hasOtherRows, let older = templates.first(where: { $0.format == 2019 }) {
                return older
            }
            return newest
        }
        var best = newest
        var bestCount = -1
        for template in templates {
            let markers = template.markers.map { LooseKey.scalars($0) }.filter { !$0.isEmpty }
            let count = tokens.filter { entry in
                guard !entry.token.isValue else { return false }
                let key = LooseKey.scalars(entry.token.text)
                return markers.contains { LabelVocabulary.contains(key, $0) }
            }.count
            if count > bestCount {
                best = template
                bestCount = count
            }
        }
        return best
    }
}

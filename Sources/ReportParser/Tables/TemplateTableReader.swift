import ReportModel

/// Reads the lines of a template table (2, 3 or 4) into a ``Table`` by anchoring on the template's row labels,
/// not on positions: each value goes to the row whose label came last, in column order.
///
/// A row that gets fewer values than it has columns keeps the rest missing. When values turn up that belong to
/// no row, the text's reading order cannot be trusted: the table is there but unreadable, so every row not read
/// from its own line is left missing rather than guessed.
struct TemplateTableReader {
    /// What reading gave: the table, text lines that were not part of it, and diagnostics.
    struct Result {
        var table: Table
        var strayText: [(line: Int, text: String)]
        var diagnostics: [Diagnostic]
    }

    let vocabulary: LabelVocabulary

    init(number: Int) {
        vocabulary = LabelVocabulary.of(number)
    }

    func read(_ lines: [SourceLine]) -> Result {
        var diagnostics: [Diagnostic] = []
        var stray: [(line: Int, text: String)] = []
        // 1. Cells, classified.
        var tokens: [(token: CellToken, match: LabelVocabulary.Match)] = []  // in reading order
        for (index, line) in lines.enumerated() {
            let cells = line.cells
            let lineTokens = cells.map { CellToken(text: $0, line: line.number, lineIndex: index) }
            let labels = lineTokens.filter { !$0.isValue }
            let matches = labels.map { vocabulary.match($0.text) }
            let numbers = lineTokens.filter(\.isNumber)
            let hasDataRow = matches.contains { if case .row(let key) = $0 { vocabulary.isDataRow(key) } else { false } }
            // Labels without a number or a row label, three or more of them or on a `|` line, are a header row:
            // nothing in it starts a row.
            let isHeaderLine =
                numbers.isEmpty && !hasDataRow && (labels.count >= 3 || (line.hasPipe && !labels.isEmpty))
            var labelIndex = 0
            for token in lineTokens {
                if token.isValue {
                    // Blank cells count only on a row's line (a row's empty cell), never on header or spacer lines.
                    if token.isBlank && (isHeaderLine || (numbers.isEmpty && !hasDataRow)) { continue }
                    tokens.append((token, .unknown))
                    continue
                }
                let match = isHeaderLine ? .header : matches[labelIndex]
                labelIndex += 1
                if match == .unknown, !vocabulary.isTemplateText(token.text) {
                    stray.append((token.line, token.text))
                }
                tokens.append((token, match))
            }
        }
        // 2. Which format.
        let template = chooseTemplate(tokens)
        let dataRows = Dictionary(uniqueKeysWithValues: template.dataRows.map { ($0.key, $0) })
        tokens = Self.droppingLayoutBlanks(tokens, template: template, rows: dataRows)
        // 3. Values to rows.
        var assignment = Assignment(template: template)
        for (token, match) in tokens {
            if token.isValue {
                assignment.add(value: token)
            } else if case .row(let key) = match, let row = dataRows[key] {
                assignment.open(row, at: token)
            }
        }
        assignment.close()
        diagnostics += assignment.diagnostics(tableName: "table \(template.table)")
        for line in stray {
            diagnostics.append(
                Diagnostic(
                    .warning, line: line.line, code: "table-text-kept",
                    "text inside table \(template.table) is not part of it and is kept as a paragraph: \(line.text)"))
        }
        return Result(table: assignment.table, strayText: stray, diagnostics: diagnostics)
    }

    /// A row label followed on its own line by more cells than the row has columns: the extra cells are the
    /// layout's empty cells (a label spanning two columns, trailing tabs). Drops blanks from the end, then from the
    /// start, until the count fits.
    static func droppingLayoutBlanks(
        _ tokens: [(token: CellToken, match: LabelVocabulary.Match)], template: TableTemplate,
        rows: [String: RowTemplate]
    ) -> [(token: CellToken, match: LabelVocabulary.Match)] {
        var result: [(token: CellToken, match: LabelVocabulary.Match)] = []
        var index = 0
        while index < tokens.count {
            let entry = tokens[index]
            result.append(entry)
            index += 1
            guard case .row(let key) = entry.match, let row = rows[key] else { continue }
            var run: [(token: CellToken, match: LabelVocabulary.Match)] = []
            while index < tokens.count, tokens[index].token.isValue,
                tokens[index].token.lineIndex == entry.token.lineIndex
            {
                run.append(tokens[index])
                index += 1
            }
            let width = template.columns(of: row).count
            while run.count > width, run.last?.token.isBlank == true { run.removeLast() }
            while run.count > width, run.first?.token.isBlank == true { run.removeFirst() }
            result += run
        }
        return result
    }

    /// The format whose marker labels the text uses most; the newest on a tie. Table 3 is the 2019 format when
    /// （六）其他处理 holds numbers itself instead of heading rows 1–3.
    func chooseTemplate(_ tokens: [(token: CellToken, match: LabelVocabulary.Match)]) -> TableTemplate {
        let templates = vocabulary.templates
        guard templates.count > 1, let newest = templates.first else {
            return templates.first ?? TemplateCatalog.standard.tables[0]
        }
        if vocabulary.number == 3 {
            let hasOtherRows = tokens.contains { if case .row(let key) = $0.match { key.hasPrefix("other.") } else { false } }
            let otherHoldsValues = tokens.indices.contains { index in
                guard case .row("other") = tokens[index].match else { return false }
                let next = tokens[(index + 1)...].first { $0.match != .header && !($0.match == .unknown && !$0.token.isValue) }
                return next?.token.isNumber == true
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

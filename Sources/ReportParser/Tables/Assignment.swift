import ReportModel

/// Fills a template table with values, row by row, as the reader meets labels and values in reading order.
struct Assignment {
    private(set) var table: Table
    private let template: TableTemplate
    private var open: OpenRow?
    private var filled: [String: OpenRow] = [:]
    private var orphans: [CellToken] = []
    private var seenOrder: [String] = []

    struct OpenRow {
        let row: RowTemplate
        let columns: [ColumnTemplate]
        let labelLine: Int?
        var values: [CellToken] = []
        var isFull: Bool { values.count >= columns.count }
        /// Whether every value came from the label's own line: such a row is trusted even in scrambled text.
        var isFromOwnLine: Bool { labelLine.map { line in values.allSatisfy { $0.lineIndex == line } } ?? false }
    }

    init(template: TableTemplate) {
        self.template = template
        self.table = Table(template: template)
    }

    mutating func open(_ row: RowTemplate, at token: CellToken) {
        close()
        if let previous = filled[row.key], !previous.values.isEmpty { return }
        open = OpenRow(row: row, columns: template.columns(of: row), labelLine: token.lineIndex)
    }

    mutating func add(value token: CellToken) {
        if open == nil, filled.isEmpty, template.table == 4, let row = template.dataRows.first {
            // Table 4's one data row has no label of its own: its numbers follow the header.
            open = OpenRow(row: row, columns: template.columns(of: row), labelLine: nil)
        }
        guard var row = open, !row.isFull else {
            orphans.append(token)
            return
        }
        row.values.append(token)
        open = row
        if row.isFull { close() }
    }

    mutating func close() {
        guard let row = open else { return }
        open = nil
        if filled[row.row.key] == nil { seenOrder.append(row.row.key) }
        filled[row.row.key] = row
    }

    /// The numbers that belong to no row: more than a row has columns, or before any label.
    var numericOrphans: [CellToken] { orphans.filter(\.isNumber) }

    /// Whether the text's reading order cannot be trusted.
    var isScrambled: Bool { !numericOrphans.isEmpty }

    /// Writes the values into the table and describes what could not be read.
    mutating func diagnostics(tableName: String) -> [Diagnostic] {
        close()
        var diagnostics: [Diagnostic] = []
        let scrambled = isScrambled
        var untrusted = 0
        for (key, row) in filled {
            if scrambled, !row.isFromOwnLine, !row.values.isEmpty {
                untrusted += row.values.count
                continue
            }
            for (column, token) in zip(row.columns, row.values) {
                table.setText(token.isMissingMark ? nil : token.text, row: key, column: column.key)
            }
            if !row.values.isEmpty, row.values.count < row.columns.count {
                let line = row.values.last?.line
                diagnostics.append(
                    Diagnostic(
                        .warning, line: line, code: "row-incomplete",
                        "\(tableName), row \(row.row.label): \(row.values.count) of \(row.columns.count) cells; "
                            + "the rest are missing"))
            }
        }
        if scrambled {
            let lines = Set(numericOrphans.map(\.line)).sorted().prefix(6).map(String.init).joined(separator: ", ")
            diagnostics.append(
                Diagnostic(
                    .error, line: numericOrphans.first?.line, code: "table-unreadable",
                    "\(tableName) is there but its numbers are not beside their labels (lines \(lines)): "
                        + "\(numericOrphans.count) numbers belong to no row; \(untrusted) cells read by position are "
                        + "left missing rather than guessed"))
        }
        let missingRows = template.dataRows.filter { !$0.optional && (filled[$0.key]?.values.isEmpty ?? true) }
        if !missingRows.isEmpty, missingRows.count < template.dataRows.count {
            let lastSeen = template.dataRows.lastIndex { !(filled[$0.key]?.values.isEmpty ?? true) }
            let trailing = lastSeen.map { template.dataRows[($0 + 1)...].filter { !$0.optional } } ?? []
            if !trailing.isEmpty, trailing.count == missingRows.count, let last = lastSeen {
                diagnostics.append(
                    Diagnostic(
                        .warning, line: nil, code: "table-truncated",
                        "\(tableName) stops after row \(template.dataRows[last].label): "
                            + "\(trailing.count) rows are missing"))
            } else if !scrambled {
                let names = missingRows.prefix(5).map(\.label).joined(separator: "、")
                diagnostics.append(
                    Diagnostic(
                        .warning, line: nil, code: "rows-missing",
                        "\(tableName): \(missingRows.count) rows not found (\(names)\(missingRows.count > 5 ? "…" : ""))"))
            }
        } else if missingRows.count == template.dataRows.filter({ !$0.optional }).count {
            diagnostics.append(
                Diagnostic(.error, line: nil, code: "table-empty", "\(tableName): no row could be read"))
        }
        return diagnostics
    }
}

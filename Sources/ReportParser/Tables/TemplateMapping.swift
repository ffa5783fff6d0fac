import ReportModel

/// Step 3 of reading a template table: the placed values become the template's cells (position i of a row is the
/// row's i-th template column), and what could not be placed becomes diagnostics. Cells nothing was placed in stay
/// missing, never 0.
struct TemplateMapping {
    let template: TableTemplate

    /// `表三`
    var tableName: String { template.shortName }

    /// The table and what the parser has to say about it; `lines` are the table's lines, which the placement's
    /// line indexes count; `headers` the table's words that are no values, where a header may name the unit of an
    /// amount column (``HeaderUnit``), and `unitsAbove` the paragraphs above the table that state a unit for it
    /// (``HeaderUnit/statements(above:)``).
    /// `withheld` are the rows whose figures were found but not read for their header's unit (found, not missing
    /// from the text).
    func map(
        _ placement: TablePlacement, lines: [SourceLine], headers: [String] = [], unitsAbove: [String] = []
    ) -> (table: Table, diagnostics: [Diagnostic], withheld: [String]) {
        var table = Table(template: template)
        var diagnostics: [Diagnostic] = []
        var withheldRows: [String] = []
        // A figure under a header in another unit than its column's (`（单位：元）` over 万元) is no value of it.
        var stated: [String: HeaderUnit.Stated] = [:]
        for column in template.columns where column.decimal {
            stated[column.key] = HeaderUnit.foreign(in: headers, above: unitsAbove, of: column)
        }
        for row in placement.rows {
            guard let rowTemplate = template.row(row.key) else { continue }
            // The row looked up once, not once for each of its cells.
            let rowIndex = table.rows.firstIndex { $0.key == row.key }
            // The i-th value of a placed row is the i-th of the row's template columns, the i-th cell of its row.
            for (position, (column, token)) in zip(template.columns(of: rowTemplate), row.cells).enumerated() {
                guard let token else { continue }
                let withheld = stated[column.key].flatMap {
                    HeaderUnit.note(
                        for: token.text, under: $0, row: rowTemplate, column: column, in: template,
                        line: token.line)
                }
                if let rowIndex {
                    let missing = token.isMissingMark || withheld != nil
                    table.setText(missing ? nil : token.text, rowAt: rowIndex, cellAt: position)
                }
                if let withheld {
                    diagnostics.append(withheld)
                    withheldRows.append(row.key)
                } else if let note = writtenNumberNote(token, row: rowTemplate, column: column) {
                    diagnostics.append(note)
                }
            }
        }
        for row in placement.unplaced where row.reason != .scrambled {
            diagnostics.append(unplaced(row, lines: lines))
        }
        // Asked once: whether numbers are left over reads each leftover token's value.
        let scrambled = placement.isScrambled
        if scrambled {
            diagnostics.append(unreadable(placement))
        }
        diagnostics += missingRows(placement, scrambled: scrambled)
        return (table, diagnostics, withheldRows)
    }

    /// A row with one number too few or too many: it stays missing (which column is empty, or which number is one too
    /// many, cannot be told), and the diagnostic keeps what the clerk typed — the row's lines exactly as written in
    /// its subject, and in its message without the layout space around them — so the reviewer and the clerk see the
    /// numbers the report has.
    private func unplaced(_ row: TablePlacement.Unplaced, lines: [SourceLine]) -> Diagnostic {
        let typed =
            lines.indices.contains(row.lines.lowerBound) && lines.indices.contains(row.lines.upperBound)
            ? Array(lines[row.lines]) : []
        let shown = typed.map(\.text).filter { !$0.isEmpty }.joined(separator: " / ")
        let difference = abs(row.width - row.count)
        let (code, count, problem) =
            row.reason == .short
            ? (DiagnosticCode.rowIncomplete, "只有", "少了\(difference)个数，无法确定缺的是哪一栏")
            : (DiagnosticCode.rowOverfull, "有", "多了\(difference)个数，无法确定各数属于哪一栏")
        return Diagnostic(
            .warning, line: row.line, code: code,
            "\(tableName)「\(row.label)」行\(count)\(row.count)个数，应有\(row.width)个：\(problem)，"
                + "所以该行未填入表中，按缺失处理（请核对原件）"
                + (shown.isEmpty ? "" : "；原文：\(shown)"),
            subject: DiagnosticSubject(
                table: template.table, row: row.key,
                text: typed.isEmpty ? nil : typed.map(\.raw).joined(separator: "\n")))
    }

    /// `5件`, `一百`: read as the numbers they say, with a note (not `5000元` in the 万元 column: it is not read).
    private func writtenNumberNote(_ token: CellToken, row: RowTemplate, column: ColumnTemplate) -> Diagnostic? {
        guard !CellText.isNumber(token.text),
            case .writtenNumber(let value, let writing) = CellText.reading(token.text, in: column.unit)
        else { return nil }
        let how =
            switch writing {
            case .unit(let unit): "带单位“\(unit)”"
            case .chineseNumerals: "用汉字"
            }
        return Diagnostic(
            .note, line: token.line, code: .cellReadAsNumber,
            "\(tableName)「\(row.label)」行「\(column.label)」列\(how)写作「\(token.text)」，按\(value)读取",
            subject: DiagnosticSubject(table: template.table, row: row.key, column: column.key, text: token.text))
    }

    private func unreadable(_ placement: TablePlacement) -> Diagnostic {
        let orphans = placement.numericOrphans
        let lines = Set(orphans.map(\.line)).sorted().prefix(6).map(String.init).joined(separator: "、")
        let doubtful = placement.unplaced.filter { $0.reason == .scrambled }.reduce(0) { $0 + $1.count }
        var message = "\(tableName)的数字与栏目对不上（文字顺序错乱），无法从文本中可靠读取"
        if !orphans.isEmpty {
            // What was seen, so that the clerk finds it: a page number left alone between two rows reads as one.
            let seen = orphans.prefix(6).map(\.text).joined(separator: "、") + (orphans.count > 6 ? "…" : "")
            message += "：\(orphans.count)个数不属于任何一行（第\(lines)行：\(seen)）"
        }
        if doubtful > 0 { message += "；\(doubtful)个单元格无法确定属于哪一行哪一栏，按缺失处理" }
        return Diagnostic(
            .error, line: orphans.first?.line, code: .tableUnreadable, message + "，请核对原件",
            subject: DiagnosticSubject(table: template.table))
    }

    /// Rows the text has no values for: the table stops early, rows are not there, or nothing could be read.
    private func missingRows(_ placement: TablePlacement, scrambled: Bool) -> [Diagnostic] {
        let seen = Set(placement.rowsWithValues)
        let dataRows = template.dataRows
        let required = dataRows.filter { !$0.optional }
        let missing = required.filter { !seen.contains($0.key) }
        let subject = DiagnosticSubject(table: template.table)
        if !required.isEmpty, missing.count == required.count, !scrambled {
            return [Diagnostic(.error, line: nil, code: .tableEmpty, "\(tableName)：没有读到任何一行", subject: subject)]
        }
        guard !missing.isEmpty else { return [] }
        let lastSeen = dataRows.lastIndex { seen.contains($0.key) }
        let trailing = lastSeen.map { dataRows[($0 + 1)...].filter { !$0.optional } } ?? []
        if let last = lastSeen, !trailing.isEmpty, trailing.count == missing.count {
            return [
                Diagnostic(
                    .warning, line: nil, code: .tableTruncated,
                    "\(tableName)在「\(dataRows[last].label)」行之后中断：缺少\(trailing.count)行", subject: subject)
            ]
        }
        guard !scrambled else { return [] }
        let names = missing.prefix(5).map(\.label).joined(separator: "、")
        return [
            Diagnostic(
                .warning, line: nil, code: .rowsMissing,
                "\(tableName)：有\(missing.count)行没有找到（\(names)\(missing.count > 5 ? "…" : "")）", subject: subject)
        ]
    }
}

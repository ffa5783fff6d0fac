import DocumentLayout
import Foundation
import ReportModel

/// What a ``Candidate`` reads of its grid: the template table filled in, and the diagnostics of what could not be
/// placed, was kept as paragraphs, or was typed twice.
extension Candidate {
    /// The template table filled from the grid, with diagnostics.
    func result() -> GridTableMapper.Result {
        var table = Table(template: template)
        var diagnostics: [Diagnostic] = []
        let name = template.shortName
        // A row typed twice two ways is read from neither copy (both are kept below).
        let disagreeing = Set(disagreeingRows.map(\.key))
        let placements = rows.filter { !disagreeing.contains($0.key) }.compactMap { entry in
            template.row(entry.key).map { row in
                (
                    row: row, placement: placement(of: entry.values, columns: template.columns(of: row)), entry.row,
                    labels: entry.labels.map(\.text)
                )
            }
        }
        // Headers that put a cell in another column than its place in the row does: the columns are not in the
        // format's order, and no row of the table is read by position.
        let outOfOrder = placements.contains { $0.placement.contradictsOrder }
        var unplaced: [String: Int] = [:]
        var extra = ExtraColumns()
        // Each column named over cells that differ, with the row label and those cells' texts of each such row.
        var doubled: [(column: ColumnTemplate, rows: [String])] = []
        var shifted: [KeptText] = []
        for (row, placement, gridRow, labels) in placements {
            let columns = template.columns(of: row)
            // A row whose label stands in a column's place is read only when its cells fill it by their order.
            if shiftedRows.contains(row.key), placement.byOrder == nil || !placement.doubled.isEmpty {
                let texts = (labels + placement.values.map(\.text)).map { $0.trimmingLayoutSpace() }.filter {
                    !$0.isEmpty
                }
                shifted.append(
                    KeptText(
                        origin: .shiftedRow(key: row.key, label: row.label), line: nil,
                        paragraphs: [texts.joined(separator: "\t")]))
                continue
            }
            var (cells, complete) = placement.cells(byOrder: !outOfOrder)
            if !complete, placement.byHeader.count + placement.doubled.count == columns.count {
                // Every column found by its header: what is left is in columns the format does not have.
                complete = true
            }
            for (column, copies) in placement.doubled {
                let line = ([row.label] + copies.map { $0.text.trimmingLayoutSpace() }).joined(separator: "\t")
                if let index = doubled.firstIndex(where: { $0.column.key == column.key }) {
                    doubled[index].rows.append(line)
                } else {
                    doubled.append((column, [line]))
                }
            }
            let placed = cells.map(\.1) + placement.doubled.flatMap(\.1)
            extra.take(placement.values, placed: placed, allPlaced: complete, in: context)
            for (column, cell) in cells {
                // The mark an export writes for a cell that could not be read reads back as missing; so does a cell
                // whose number depends on text the reader cannot tell is shown.
                let uncertain = UncertainCells.warning(for: cell, row: row, column: column, in: template)
                // A figure under a header in another unit than the column's (`（单位：元）` over 万元), beside a row
                // label that states one (`行政事业性收费（元）`, rv112 F15), or in a table under a paragraph that says
                // so (`单位：元`), is no value of it.
                let stated =
                    column.decimal
                    ? HeaderUnit.foreign(
                        in: context.headerTexts(above: cell) + labels + context.titleRows,
                        above: context.unitsAbove, of: column) : nil
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
        var kept = extra.kept + shifted
        for (column, rows) in doubled {
            kept.append(
                KeptText(
                    origin: .disagreeingColumn(key: column.key, header: template.columnName(column)), line: nil,
                    paragraphs: [template.columnName(column)] + rows))
        }
        for unknown in unknownRows {
            let texts = unknown.cells.map { $0.text.trimmingLayoutSpace() }.filter { !$0.isEmpty }
            kept.append(
                KeptText(origin: .row(label: unknown.label), line: nil, paragraphs: [texts.joined(separator: "\t")]))
        }
        for stray in strayRows {
            kept.append(KeptText(origin: .words, line: nil, paragraphs: [stray.joined(separator: "\t")]))
        }
        for disagreeing in disagreeingRows {
            kept.append(
                KeptText(
                    origin: .disagreeingRow(key: disagreeing.key, label: disagreeing.label), line: nil,
                    paragraphs: disagreeing.copies.map { $0.joined(separator: "\t") }))
        }
        // Most rows typed twice: the table appears twice, said once (rv113 F7).
        if let twice = KeptText.tableTwice(kept, rowsFound: rows.count, table: template) {
            diagnostics += kept.filter { if case .disagreeingRow = $0.origin { false } else { true } }.map {
                $0.diagnostic(table: template)
            }
            diagnostics.append(twice)
        } else {
            diagnostics += kept.map { $0.diagnostic(table: template) }
        }
        for repeated in repeatedRows {
            diagnostics.append(
                Diagnostic(
                    .warning, line: nil, code: .tableRowRepeated,
                    "\(name)的「\(KeptText.oneLine(repeated.label))」行出现了两次，"
                        + "两次相同，只读取了一次",
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

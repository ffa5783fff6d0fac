import ReportModel

/// Lays out a report's table as the national template draws it: table 2 in pieces per 第二十条 item (a caption row,
/// a header row, the item's rows), table 3 with its row labels nested in merged cells on the left and its two-level
/// header, table 4 under its three-level header (with its row's label 案件数量 in front, which the template leaves
/// out); a table that follows no template as a plain grid.
///
/// A cell that could not be read is written as `[缺失]`, the mark the readers take back as missing.
enum TableLayout {
    /// The width the tables fill on an A4 page with the margins ``DocxDocument`` sets, in twentieths of a point.
    static let pageWidth = DocxPackageWriter.page.width - DocxPackageWriter.page.left - DocxPackageWriter.page.right

    /// The laid-out table.
    static func layout(_ table: Table) -> WordTable {
        guard let template = table.templateDefinition else { return grid(table) }
        switch template.table {
        case 2: return captioned(table, template)
        case 4 where template.dataRows.count == 1: return headerOnly(table, template)
        default: return nested(table, template)
        }
    }

    static func text(_ table: Table, row: String, column: String) -> String {
        table.cell(row: row, column: column)?.text ?? CellText.missingMark
    }

    /// Value cells spread over `columns` grid columns: one each, the last taking what is left.
    static func spread(_ texts: [String], over columns: Int, isLabel: Bool) -> [WordTable.Cell] {
        texts.enumerated().map { index, text in
            let span = index == texts.count - 1 ? max(1, columns - texts.count + 1) : 1
            return WordTable.Cell(text: text, span: span, isLabel: isLabel)
        }
    }

    /// Table 2: for each group (第二十条第（×）项) a caption row across the table, a header row (信息内容 and the
    /// group's columns), then its rows.
    static func captioned(_ table: Table, _ template: TableTemplate) -> WordTable {
        let drawn = template.drawnRows(in: table)
        let valueColumns = drawn.filter { !$0.group }.map { template.columns(of: $0).count }.max() ?? 1
        let labelWidth = pageWidth / 4
        let valueWidth = (pageWidth - labelWidth) / valueColumns
        var rows: [[WordTable.Cell]] = []
        var header: [String]?
        for row in drawn {
            if row.group {
                rows.append([WordTable.Cell(text: row.label, span: valueColumns + 1)])
                header = nil
                continue
            }
            let columns = template.columns(of: row)
            let labels = columns.map(\.label)
            if header != labels {
                rows.append([WordTable.Cell(text: "信息内容")] + spread(labels, over: valueColumns, isLabel: true))
                header = labels
            }
            let values = columns.map { text(table, row: row.key, column: $0.key) }
            rows.append([WordTable.Cell(text: row.label)] + spread(values, over: valueColumns, isLabel: false))
        }
        return WordTable(
            widths: [labelWidth] + Array(repeating: valueWidth, count: valueColumns), rows: rows, headerRows: 0)
    }

    /// The header rows over a template's columns: each label over the columns whose paths share it, a leaf label
    /// merged down to the last header row.
    static func columnHeader(_ columns: [ColumnTemplate]) -> [[WordTable.Cell]] {
        let depth = columns.map(\.path.count).max() ?? 1
        var rows: [[WordTable.Cell]] = []
        for level in 0..<depth {
            var row: [WordTable.Cell] = []
            var index = 0
            while index < columns.count {
                let path = columns[index].path
                if level < path.count - 1 {
                    let prefix = path[...level]
                    var end = index + 1
                    while end < columns.count, columns[end].path.count - 1 > level,
                        columns[end].path[...level] == prefix
                    {
                        end += 1
                    }
                    row.append(WordTable.Cell(text: path[level], span: end - index))
                    index = end
                    continue
                }
                if level == path.count - 1 {
                    row.append(
                        WordTable.Cell(text: path[level], merge: path.count < depth ? .restart : nil))
                } else {
                    row.append(WordTable.covered())
                }
                index += 1
            }
            rows.append(row)
        }
        return rows
    }

    /// Table 4: the column header, then the one row of values under its label (案件数量). The official template
    /// draws the row without a label; the label is kept so that a row with no number in it (next year's draft, a
    /// table that could not be read) still reads back as table 4's row.
    static func headerOnly(_ table: Table, _ template: TableTemplate) -> WordTable {
        let labelWidth = 1_000
        let width = (pageWidth - labelWidth) / max(1, template.columns.count)
        let header = columnHeader(template.columns)
        var rows: [[WordTable.Cell]] = header.enumerated().map { index, row in
            [index == 0 ? WordTable.Cell(text: "", merge: .restart) : WordTable.covered()] + row
        }
        for row in template.drawnRows(in: table) where !row.group {
            rows.append(
                [WordTable.Cell(text: row.label)]
                    + template.columns(of: row).map { column in
                        WordTable.Cell(text: text(table, row: row.key, column: column.key), isLabel: false)
                    })
        }
        return WordTable(
            widths: [labelWidth] + Array(repeating: width, count: template.columns.count), rows: rows,
            headerRows: header.count)
    }

    /// The widths of table 3's three label columns in the national template (`template-2021.docx`): its longest row
    /// labels (`（二）部分公开（区分处理的，只计这一情形，不计其他情形）`) fit on one line. With the seven value columns the
    /// table is wider than the text, centred on the page, as the template has it.
    static let templateLabelWidths = [754, 921, 3_271]

    /// Table 3: the note in the corner, 申请人情况 over the column header; each row's labels nested on the left, a
    /// group label merged down over its rows. The row labels and the note are left-aligned, as the template sets them.
    static func nested(_ table: Table, _ template: TableTemplate) -> WordTable {
        let labelColumns = template.dataRows.map(\.path.count).max() ?? 1
        let values = template.columns.count
        let valueWidth = 685
        let labelWidths: [Int] =
            labelColumns == templateLabelWidths.count
            ? templateLabelWidths
            : Array(repeating: (pageWidth - values * valueWidth) / labelColumns, count: labelColumns)
        var rows: [[WordTable.Cell]] = []
        let header = columnHeader(template.columns)
        var corner = WordTable.Cell(text: template.note ?? "", span: labelColumns, merge: .restart, isRowLabel: true)
        if template.table == 3 {
            rows.append([corner, WordTable.Cell(text: "申请人情况", span: values)])
            corner = WordTable.covered(span: labelColumns)
        }
        for headerRow in header {
            rows.append([corner] + headerRow)
            corner = WordTable.covered(span: labelColumns)
        }
        let headerRows = rows.count
        var previous: [String] = []
        for row in template.drawnRows(in: table) where !row.group {
            var cells: [WordTable.Cell] = []
            for level in 0..<(row.path.count - 1) {
                let isNew = previous.count <= level || Array(previous[...level]) != Array(row.path[...level])
                cells.append(
                    isNew
                        ? WordTable.Cell(text: row.path[level], merge: .restart, isRowLabel: true) : WordTable.covered()
                )
            }
            cells.append(WordTable.Cell(text: row.label, span: labelColumns - row.path.count + 1, isRowLabel: true))
            let columns = template.columns(of: row)
            cells += spread(columns.map { text(table, row: row.key, column: $0.key) }, over: values, isLabel: false)
            rows.append(cells)
            previous = row.path
        }
        return WordTable(
            widths: labelWidths + Array(repeating: valueWidth, count: values), rows: rows, headerRows: headerRows)
    }

    /// A table that follows no template: its column labels, then its rows as they are, merged where the reader
    /// found merged cells (``Table`` keeps them as ``ReportParser``'s plain grid does): a label over adjacent
    /// columns (`2023年` over 条数 and 金额, columns `2023年` and `2023年#2`) is one header cell across them, and a row
    /// whose first cell is blank under its own label, the label of the row above (`大庄村` merged down over 财务 and
    /// 村务: rows `大庄村` and `大庄村#2`; `村名` merged down over a second header row), has that cell covered by the
    /// cell above. Written unmerged, the lower rows printed without their label and read back under other keys
    /// (`行2`).
    static func grid(_ table: Table) -> WordTable {
        let count = max(1, table.columns.count)
        let labels = table.columns.map { $0.path.last ?? $0.key }
        var header: [WordTable.Cell] = []
        for (index, label) in labels.enumerated() {
            if index > 0, !label.isEmpty, labels[index - 1] == label {
                header[header.count - 1].span += 1
            } else {
                header.append(WordTable.Cell(text: label))
            }
        }
        var rows: [[WordTable.Cell]] = [header]
        var headerRows = 1
        var above = labels.first
        for row in table.rows {
            var cells = table.columns.map { column in
                WordTable.Cell(text: row.cell(column.key)?.text ?? CellText.missingMark, isLabel: false)
            }
            let label = row.path.last ?? ""
            if let first = table.columns.first, !label.isEmpty, label == above,
                row.cell(first.key)?.text == "", let top = rows.last?.first, top.span == 1
            {
                if top.merge == nil { rows[rows.count - 1][0].merge = .restart }
                cells[0] = WordTable.Cell(text: "", merge: .continue, isLabel: false)
                if rows.count == headerRows { headerRows += 1 }
            }
            above = label
            rows.append(cells)
        }
        return WordTable(
            widths: Array(repeating: pageWidth / count, count: count), rows: rows.filter { !$0.isEmpty },
            headerRows: headerRows)
    }
}

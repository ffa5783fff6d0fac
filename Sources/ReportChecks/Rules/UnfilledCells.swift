import Foundation
import ReportModel

/// Cells where a number belongs that hold none: a blank, `—`, `/`, `无` or words (Schema/checks.md,
/// `cell-not-filled`). The reviewer asks for 0, never reads them as 0.
///
/// A table with one such cell gets a finding at that cell. A table with several gets one finding for all of them,
/// saying how many, as what, and in which rows (`表三有 175 格空白，应填写数字（没有则填0）：整张表都没有填数字`): an
/// unfilled draft or a township that writes 无 across table 4 is one thing to fix and to decide, not one per cell.
enum UnfilledCells {
    /// The findings of a table's unfilled cells, in the order the table has them.
    static func findings(
        _ context: CheckContext, _ table: Table, _ section: [String], _ cells: [(TableRow, Cell)]
    ) -> [Finding] {
        guard let template = table.templateDefinition, let (row, cell) = cells.first else { return [] }
        guard cells.count > 1 else { return [single(context, table, template, section, row, cell)] }
        return [grouped(table, template, section, cells)]
    }

    /// What a clerk typed in a cell, as the messages quote it: `""` for a blank.
    static func typed(_ cell: Cell) -> String { cell.text?.trimmingLayoutSpace() ?? "" }

    /// The finding of a table's only unfilled cell, at the cell.
    static func single(
        _ context: CheckContext, _ table: Table, _ template: TableTemplate, _ section: [String], _ row: TableRow,
        _ cell: Cell
    ) -> Finding {
        let typed = typed(cell)
        let shown = typed.isEmpty ? "空白" : "「\(typed)」"
        let rowName = row.path.last ?? row.key
        let columnName = table.columnPath(cell.column).last ?? cell.column
        return Finding(
            rule: "cell-not-filled", severity: .warning,
            place: context.place(table, section: section, row: row.key, column: cell.column),
            message: "\(template.shortName)「\(rowName)」行「\(columnName)」列为\(shown)，应填写数字（没有则填0）",
            english: "\(template.table.englishCell(rowName, columnName))"
                + " is \(typed.isEmpty ? "blank" : "“\(typed)”"): write a number (0 when there is none)")
    }

    /// The one finding of a table's unfilled cells, at the table. Its numbers give how many; its subject lists the
    /// cells and what each holds, so that a decision on it holds only while the same cells are unfilled the same
    /// way (and a decision taken on one cell, before cells were grouped, never passes to the group).
    static func grouped(
        _ table: Table, _ template: TableTemplate, _ section: [String], _ cells: [(TableRow, Cell)]
    ) -> Finding {
        // How many of each writing, in the order they first appear: 空白, 「无」, 「/」…
        var writings: [(text: String, count: Int)] = []
        for (_, cell) in cells {
            let text = typed(cell)
            if let index = writings.firstIndex(where: { $0.text == text }) {
                writings[index].count += 1
            } else {
                writings.append((text, 1))
            }
        }
        let how = writings.prefix(3).map { $0.text.isEmpty ? "\($0.count) 格空白" : "\($0.count) 格写作「\($0.text)」" }
        let howEnglish = writings.prefix(3).map {
            $0.text.isEmpty ? "\($0.count) blank cells" : "\($0.count) cells written “\($0.text)”"
        }
        let more = writings.count > 3 ? "等" : ""
        let moreEnglish = writings.count > 3 ? " and others" : ""
        // Which rows: all of the table, or each row with its count, the first four named.
        var rows: [(name: String, count: Int)] = []
        for (row, _) in cells {
            let name = row.path.last ?? row.key
            if rows.last?.name == name, let last = rows.indices.last {
                rows[last].count += 1
            } else {
                rows.append((name, 1))
            }
        }
        let whole = cells.count == table.cells.count
        let named = rows.prefix(4)
        let (whereText, whereEnglish): (String, String) =
            whole
            ? ("整张表都没有填数字", "none of the table holds a number")
            : (
                named.map { "「\($0.name)」行 \($0.count) 格" }.joined(separator: "、")
                    + (rows.count > named.count ? " 等 \(rows.count) 行" : ""),
                named.map { "row “\($0.name)” (\($0.count))" }.joined(separator: ", ")
                    + (rows.count > named.count ? ", \(rows.count) rows in all" : "")
            )
        let subject = cells.map { row, cell in "\(row.key)/\(cell.column)=\(typed(cell))" }.joined(separator: ";")
        return Finding(
            rule: "cell-not-filled", severity: .warning, place: Place(section: section, table: template.table),
            numbers: ["未填写格数": Decimal(cells.count)],
            message: "\(template.shortName)有 \(how.joined(separator: "、"))\(more)，应填写数字（没有则填0）：\(whereText)",
            english: "\(TableTemplate.englishName(template.table)) has \(howEnglish.joined(separator: ", "))"
                + "\(moreEnglish): write numbers (0 when there is none); \(whereEnglish)",
            subject: subject)
    }
}

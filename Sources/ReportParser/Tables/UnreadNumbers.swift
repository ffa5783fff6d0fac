import ReportModel

/// The cells of a report's template tables typed as numbers that have no value (``CellText/unread(_:in:)``): a unit
/// the column is not counted in (`77302800元` where it says 万元) or a decimal comma (`7730,28`). Each gets a note that
/// says why, whatever the file's format: such a cell was missing without a word. Its text stays as typed; the number
/// is never converted.
enum UnreadNumbers {
    /// A note for each such cell of the report.
    static func diagnostics(in report: Report) -> [Diagnostic] {
        var notes: [Diagnostic] = []
        for (_, table) in report.tables {
            guard let template = table.templateDefinition else { continue }
            for row in table.rows {
                for cell in row.cells {
                    guard let text = cell.text, let why = CellText.unread(text, in: cell.unit) else { continue }
                    let column = template.column(cell.column).map(\.label) ?? cell.column
                    let reason =
                        switch why {
                        case .foreignUnit(let unit):
                            "单位是\(unit)，" + (cell.unit?.name.map { "本栏以\($0)计" } ?? "本栏未注明单位")
                        case .malformedNumber: "不是规范的数字写法（小数点应写作“.”，千位分隔符“,”每三位一个）"
                        }
                    let typed = text.trimmingLayoutSpace()
                    notes.append(
                        Diagnostic(
                            .note, line: nil, code: .cellNumberUnread,
                            "\(template.shortName)「\(template.row(row.key)?.label ?? row.key)」行「\(column)」列写作"
                                + "「\(typed)」：\(reason)，未读取数值，按原文保留（请核对）",
                            subject: DiagnosticSubject(
                                table: template.table, row: row.key, column: cell.column, text: typed)))
                }
            }
        }
        return notes
    }
}

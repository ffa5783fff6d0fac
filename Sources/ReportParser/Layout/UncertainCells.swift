import DocumentLayout
import ReportModel

/// The value cells of a laid-out table holding text the reader cannot tell is shown or hidden (``UncertainText``):
/// when the cell reads otherwise without that text (`12` and a white `3`: 123 or 12), its number is missing, with a
/// note that says both readings; when it reads the same (a white space), it is read as written.
enum UncertainCells {
    /// The warning for a value cell that reads otherwise with and without its uncertain text; `nil` when it has none
    /// or reads the same either way.
    static func warning(
        for cell: GridCell, row: RowTemplate, column: ColumnTemplate, in template: TableTemplate
    ) -> Diagnostic? {
        guard let uncertain = cell.uncertain else { return nil }
        let with = Cell(column: column.key, text: cell.text)
        let without = Cell(column: column.key, text: uncertain.textWithout)
        guard with.reading != without.reading else { return nil }
        let typed = cell.text.trimmingLayoutSpace()
        if uncertain.reason == .annotated {
            return Diagnostic(
                .warning, line: nil, code: .cellTextUncertain,
                "\(template.shortName)「\(row.label)」行「\(template.columnName(column))」列的「\(typed)」上盖着PDF批注"
                    + "（文本框、遮盖框、图章或涂改），页面上显示的可能是批注里的数字而不是它，无法确定，按缺失处理"
                    + "（请核对原件；如要改数字，请在Word中改好后重新导出PDF）",
                subject: DiagnosticSubject(table: template.table, row: row.key, column: column.key, text: typed))
        }
        let kind =
            switch uncertain.reason {
            case .webHidden: "设为“网页视图中隐藏”的文字（Word打印时显示，LibreOffice和网页中不显示）"
            case .faint, .annotated: "可能看不见的文字（与背景颜色相同或相近，或不确定是否隐藏）"
            }
        return Diagnostic(
            .warning, line: nil, code: .cellTextUncertain,
            "\(template.shortName)「\(row.label)」行「\(template.columnName(column))」列有\(kind)：连同它读作「\(typed)」，"
                + "不算它读作「\(uncertain.textWithout.trimmingLayoutSpace())」，无法确定，按缺失处理（请核对原件）",
            subject: DiagnosticSubject(table: template.table, row: row.key, column: column.key, text: typed))
    }
}

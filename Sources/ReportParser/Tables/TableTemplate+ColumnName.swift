import ReportModel

extension TableTemplate {
    /// A column's name in a message: its label, with the group over it when another column of the table has the
    /// same label (`行政复议结果维持`).
    func columnName(_ column: ColumnTemplate) -> String {
        let shared = columns.contains { $0.key != column.key && $0.label == column.label }
        guard shared, column.path.count >= 2 else { return column.label }
        return column.path[column.path.count - 2] + column.label
    }
}

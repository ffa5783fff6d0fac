import Foundation
import ReportDiff
import ReportModel

/// A unit of a report (a section, a paragraph, a table cell…) named for a person, in Chinese: `三 › 表3 ›
/// 一、本年新收政府信息公开申请数量 × 总计`, `一 › （一） › 第 2 段`.
enum UnitLabel {
    /// The label of a unit; cells take their row and column labels from the report's table, else from the
    /// templates.
    static func label(of unit: UnitID, in report: Report?) -> String {
        var parts: [String] = []
        var depth = 0
        var tableNumber: Int?
        for component in unit.components {
            switch component {
            case .title: parts.append("标题")
            case .agency: parts.append("机关名称")
            case .year: parts.append("年度")
            case .preamble: parts.append("导语")
            case .heading: parts.append("标题行")
            case .order: parts.append("各部分的顺序")
            case .section(let name):
                depth += 1
                parts.append(depth == 1 ? name : "（\(name)）")
            case .paragraph(let ordinal): parts.append("第 \(ordinal) 段")
            case .table(let name):
                if name.hasPrefix("table"), let number = Int(name.dropFirst(5)) {
                    tableNumber = number
                    parts.append(TableTemplate.shortName(number))
                } else {
                    parts.append("表格 \(name.replacingOccurrences(of: "grid", with: ""))")
                }
            case .cell(let row, let column):
                parts.append(cellLabel(row: row, column: column, table: tableNumber, in: report))
            }
        }
        return parts.isEmpty ? "全文" : parts.joined(separator: " › ")
    }

    /// `row label × column label`, from the report's table of that number, else from the templates.
    static func cellLabel(row: String, column: String, table number: Int?, in report: Report?) -> String {
        let table = number.flatMap { report?.table(number: $0) }
        let rowPath =
            table?.rows.first { $0.key == row }?.path
            ?? number.flatMap { templateRow(row, table: $0) } ?? [row]
        let columnPath = table.map { $0.columnPath(column) } ?? [column]
        return (rowPath.last ?? row) + " × " + columnPath.joined(separator: "·")
    }

    private static func templateRow(_ key: String, table number: Int) -> [String]? {
        for id in ["table\(number)-2021", "table\(number)", "table\(number)-2019"] {
            if let row = TemplateCatalog.standard.table(id: id)?.row(key) { return row.path }
        }
        return nil
    }
}

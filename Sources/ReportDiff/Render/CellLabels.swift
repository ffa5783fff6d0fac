import Foundation
import ReportModel

/// Short labels for rows, columns and numbers, shared by the renderers.
enum CellLabels {
    /// A row's label: its path without the outermost group when the path is deeper than two
    /// (`（三）不予公开 1.属于国家秘密`).
    static func row(_ path: [String]) -> String {
        (path.count >= 3 ? Array(path.dropFirst()) : path).joined(separator: " ")
    }

    /// A column's label: its path joined (`法人或其他组织·商业企业`).
    static func column(_ path: [String]) -> String {
        path.joined(separator: "·")
    }

    /// A delta with its sign (`+17`, `-3`, `0`).
    static func delta(_ value: Decimal?) -> String {
        guard let value else { return "" }
        let text = "\(value)"
        return value > 0 ? "+" + text : text
    }

    /// A cell's text for display: `（缺失）` for a cell that could not be read, `（空）` for a blank one.
    static func text(_ text: String?) -> String {
        guard let text else { return "（缺失）" }
        let trimmed = text.trimmingLayoutSpace()
        return trimmed.isEmpty ? "（空）" : trimmed
    }

    /// A section's number path for display (`三、（二）`).
    static func section(_ numberPath: [String]) -> String {
        numberPath.joined()
    }
}

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

    /// A cell's text for display: `（缺失）` for a cell that could not be read, `（空）` for a blank one (`(missing)`,
    /// `(blank)` in English); the cell's own text as written.
    static func text(_ text: String?, language: Language = .chinese) -> String {
        let english = language == .english
        guard let text else { return english ? "(missing)" : "（缺失）" }
        let trimmed = text.trimmingLayoutSpace()
        return trimmed.isEmpty ? (english ? "(blank)" : "（空）") : trimmed
    }

    /// A change of a cell's text for display: `10→12（+2）`, `—→5`.
    static func change(_ change: CellChange) -> String {
        let delta = change.delta.map { "（\(Self.delta($0))）" } ?? ""
        return text(change.old) + "→" + text(change.new) + delta
    }

    /// A template's edition for a person: `2021 年版`, `2019 年版`; `自定表格` for a table that matches no template
    /// (`2021 format`, `own table` in English).
    static func format(_ template: String?, language: Language = .chinese) -> String {
        let english = language == .english
        guard let template else { return english ? "own table" : "自定表格" }
        guard let definition = TemplateCatalog.standard.table(id: template) else {
            return english ? "another format" : "其他格式"
        }
        return english ? "\(definition.format) format" : "\(definition.format) 年版"
    }

    /// A table's title for a person: `表三`, with the editions when they differ (`表二（2019 年版 → 2021 年版）`;
    /// `Table 2 (2019 format → 2021 format)` in English).
    static func table(_ table: TableDiff, language: Language = .chinese) -> String {
        let name = UnitPlace.tableName(table.name, language: language)
        guard table.templateChanged else { return name }
        let (old, new) = (format(table.oldTemplate, language: language), format(table.newTemplate, language: language))
        return language == .english ? "\(name) (\(old) → \(new))" : "\(name)（\(old) → \(new)）"
    }

    /// A section's number path for display (`三、（二）`).
    static func section(_ numberPath: [String]) -> String {
        numberPath.joined()
    }
}

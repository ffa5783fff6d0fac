// Finding units the way a person names them on the command line: a cell by its table's number and its row and
// column (keys or labels), a section by its numbers.

import Foundation
public import ReportModel

extension UnitID {
    /// The unit of a cell of template table 2, 3 or 4 in a report, with its row and column given by key
    /// (`received`, `total`), by label as the form prints it (`一、本年新收政府信息公开申请数量`, `总计`) or as Nianbao's
    /// outputs print it (`本年新收`, `自然人`: ``TableLabels``).
    ///
    /// - Returns: The cell's unit, or `nil` when the report has no such table, row or column.
    public static func cell(table number: Int, row: String, column: String, in report: Report) -> UnitID? {
        for (path, table) in report.tables where UnitNaming.templateNumber(of: table) == number {
            // (the short labels every output prints, `本年新收`, `自然人`, are read back too: rv117 F9)
            let labels = TableLabels(table)
            guard
                let rowKey = key(of: row, among: table.rows.map { ($0.key, $0.path) }, short: labels.row),
                let columnKey = key(of: column, among: table.columns.map { ($0.key, $0.path) }, short: labels.column),
                table.cell(row: rowKey, column: columnKey) != nil
            else { return nil }
            let container: BlockContainer = path.isEmpty ? .preamble : .section(path)
            guard let blocks = report.blocks(in: container),
                let index = blocks.firstIndex(where: { $0.table == table })
            else { return nil }
            return UnitNaming.blockID(container, index, in: report).appending(.cell(row: rowKey, column: columnKey))
        }
        return nil
    }

    /// The unit of a section given by the numbers or titles along its path, separated by `/`
    /// (`三`, `一/二`, `存在的主要问题及改进情况`).
    ///
    /// - Returns: The section's unit, or `nil` when the report has no such section.
    public static func section(path: String, in report: Report) -> UnitID? {
        let unit = UnitID(path.split(separator: "/").map { .section(String($0)) })
        guard !unit.components.isEmpty, UnitIndex(report).location(of: unit) != nil else { return nil }
        return unit
    }

    /// Whether a report has this unit.
    ///
    /// - Complexity: O(n) for a report of n sections and blocks (its ``UnitIndex``): for many units of one report,
    ///   ``UnitIndex/position(of:)``.
    public func exists(in report: Report) -> Bool {
        UnitIndex(report).location(of: self) != nil
    }

    /// A key among keys and label paths: the key itself, else the one whose last label (or whole path) reads the
    /// same, ignoring spaces, bracket width and punctuation.
    private static func key(
        of name: String, among entries: [(key: String, path: [String])], short: (String) -> String
    ) -> String? {
        if entries.contains(where: { $0.key == name }) { return name }
        let wanted = LooseKey.make(name)
        guard !wanted.isEmpty else { return nil }
        return entries.first { LooseKey.make($0.path.last ?? "") == wanted }?.key
            ?? entries.first { LooseKey.make($0.path.joined()) == wanted }?.key
            ?? entries.first { LooseKey.make(LabelKey($0.path.last ?? "").withoutNumber.text) == wanted }?.key
            ?? entries.first { LooseKey.make(short($0.key)) == wanted }?.key
    }

    /// The number of template table 2, 3 or 4 as a person writes it: `3`, `三`, `表三`, `table3`; `nil` for anything
    /// else.
    public static func tableNumber(_ text: String) -> Int? {
        var name = text.trimmingCharacters(in: .whitespaces)
        for prefix in ["table", "表"] where name.hasPrefix(prefix) { name.removeFirst(prefix.count) }
        let numerals = ["二": 2, "三": 3, "四": 4]
        guard let number = Int(name) ?? numerals[name], (2...4).contains(number) else { return nil }
        return number
    }
}

// Finding units the way a person names them on the command line: a cell by its table's number and its row and
// column (keys or labels), a section by its numbers.

import Foundation
public import ReportModel

extension UnitID {
    /// The unit of a cell of template table 2, 3 or 4 in a report, with its row and column given by key
    /// (`received`, `total`), by label as the form prints it (`一、本年新收政府信息公开申请数量`, `总计`) or as Nianbao's
    /// outputs print it (`本年新收`, `自然人`: ``TableLabels``).
    ///
    /// - Parameter copy: Which copy of the table in its section (`表三（第 2 个）`, `table3#2`: a clerk who pasted last
    ///   year's table 3 above this year's), 1 for the first.
    /// - Returns: The cell's unit, or `nil` when the report has no such table, row or column.
    public static func cell(
        table number: Int, copy: Int = 1, row: String, column: String, in report: Report
    ) -> UnitID? {
        guard let found = templateTable(number, copy: copy, in: report) else { return nil }
        let (table, unit) = found
        // (the short labels every output prints, `本年新收`, `自然人`, are read back too: rv117 F9)
        let labels = TableLabels(table)
        guard
            let rowKey = key(of: row, among: table.rows.map { ($0.key, $0.path) }, short: labels.row),
            let columnKey = key(of: column, among: table.columns.map { ($0.key, $0.path) }, short: labels.column),
            table.cell(row: rowKey, column: columnKey) != nil
        else { return nil }
        return unit.appending(.cell(row: rowKey, column: columnKey))
    }

    /// The `copy`-th template table `number` of a section (the first section that has one), with its unit.
    static func templateTable(_ number: Int, copy: Int, in report: Report) -> (Table, UnitID)? {
        var seen = Set<[Int]>()
        for (path, _) in report.tables where seen.insert(path).inserted {
            let container: BlockContainer = path.isEmpty ? .preamble : .section(path)
            guard let blocks = report.blocks(in: container) else { continue }
            for (index, component) in UnitNaming.blockComponents(of: blocks).enumerated() {
                guard case .table(let name) = component, case .template(number, copy)? = TableUnitName(name),
                    let table = blocks[index].table
                else { continue }
                return (table, UnitNaming.containerID(container, in: report).appending(component))
            }
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
    /// else (``tableReference(_:)`` reads which copy too).
    public static func tableNumber(_ text: String) -> Int? {
        tableReference(text)?.number
    }
}

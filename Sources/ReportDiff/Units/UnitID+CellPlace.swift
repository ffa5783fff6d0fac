// Reading back a cell's place as every output prints it (`三、表三 · 本年新收 · 自然人`, `表三（第 2 个） · 本年新收 ·
// 自然人`: ``UnitPlace``), and the words of a table's rows and columns for a place that names none of them.

import Foundation
public import ReportModel

extension UnitID {
    /// Which template table a person names, and which copy of it in its section: `3`, `三`, `表三`, `table3`, a
    /// place's `三、表三`, and a second copy as the outputs print it, `表三（第 2 个）`, or as its unit names it, `3#2`,
    /// `table3#2`; `nil` for anything else.
    public static func tableReference(_ text: String) -> (number: Int, copy: Int)? {
        var name = String(text.filter { !$0.isWhitespace }).lowercased()
        var copy = 1
        if let mark = name.lastIndex(of: "#") {
            guard let ordinal = Int(name[name.index(after: mark)...]), ordinal >= 1 else { return nil }
            copy = ordinal
            name = String(name[..<mark])
        } else if let last = name.last, "）)".contains(last), let open = name.lastIndex(where: { "（(".contains($0) }) {
            var inner = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
            for affix in ["第", "no."] where inner.hasPrefix(affix) { inner.removeFirst(affix.count) }
            if inner.hasSuffix("个") { inner.removeLast() }
            guard let ordinal = Int(inner) ?? ChineseNumerals.value(of: inner), ordinal >= 1 else { return nil }
            copy = ordinal
            name = String(name[..<open])
        }
        // (a place names the section before the table: 三、表三)
        if let start = name.range(of: "表") ?? name.range(of: "table") { name = String(name[start.lowerBound...]) }
        for prefix in ["table", "表"] where name.hasPrefix(prefix) { name.removeFirst(prefix.count) }
        let numerals = ["二": 2, "三": 3, "四": 4]
        guard let number = Int(name) ?? numerals[name], (2...4).contains(number) else { return nil }
        return (number, copy)
    }

    /// The unit of a cell named by its place as the outputs print it (``UnitPlace``): the table, its row and its
    /// column, separated by `·` (`三、表三 · 本年新收 · 自然人`, `表三（第 2 个）·本年新收·自然人`); the row and column
    /// are read as ``cell(table:copy:row:column:in:)`` reads them (keys, the form's labels, the short labels).
    ///
    /// - Returns: The cell's unit, or `nil` when the text names no cell of the report.
    public static func cell(place text: String, in report: Report) -> UnitID? {
        guard let parts = cellPlaceParts(text) else { return nil }
        let (table, labels) = parts
        // (a label may hold a `·` of its own, 行政复议·结果维持: every split of the rest into a row and a column)
        for split in 1..<labels.count {
            let row = labels[..<split].joined(separator: "·")
            let column = labels[split...].joined(separator: "·")
            if let unit = cell(table: table.number, copy: table.copy, row: row, column: column, in: report) {
                return unit
            }
        }
        return nil
    }

    /// The table a text written as a cell's place names (its first part, ``tableReference(_:)``), with the parts
    /// after it; `nil` for a text that is no cell's place (fewer than three parts, or no table first).
    public static func cellPlaceParts(_ text: String) -> (table: (number: Int, copy: Int), labels: [String])? {
        let parts = text.split(whereSeparator: { "·・•".contains($0) }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard parts.count >= 3, let table = tableReference(parts[0]) else { return nil }
        return (table, Array(parts.dropFirst()))
    }

    /// The words the outputs print for the rows and the columns of a template table of a report (``TableLabels``:
    /// `本年新收`, `自然人`), in the table's order: what a place that names none of them can name.
    ///
    /// - Returns: The words, or `nil` when the report has no such table.
    public static func cellWords(
        table number: Int, copy: Int = 1, in report: Report
    ) -> (rows: [String], columns: [String])? {
        guard let table = templateTable(number, copy: copy, in: report)?.0 else { return nil }
        let labels = TableLabels(table)
        func distinct(_ words: [String]) -> [String] {
            var seen = Set<String>()
            return words.filter { seen.insert($0).inserted }
        }
        return (distinct(table.rows.map { labels.row($0.key) }), distinct(table.columns.map { labels.column($0.key) }))
    }
}

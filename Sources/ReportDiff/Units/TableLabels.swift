public import ReportModel

/// The short labels of one table's rows and columns, as ``UnitPlace`` gives them (`本年新收`, `自然人`,
/// `行政复议·结果维持`): each label is the shortest run of the last labels of its path that no other row (or column)
/// of the table ends with. A row that needs its group's words for that, or whose label says only 总计 or 其他, is named
/// as its table prints it, with its number (`（七）总计`, `（六）3.其他`), and such a column with its group's words
/// (`法人或其他组织·其他`): `三、表三 · 本年度办理结果·总计 · 总计` matched no row of the table, and `三、表三 · 其他 · 其他`
/// did not say which 其他 (rv115 M3).
///
/// Every row's path is shortened once for the table, so labelling each changed cell of a table costs a pass over the
/// table's paths rather than a re-reading of every row label per cell.
///
/// ```swift
/// let labels = TableLabels(table)
/// labels.row("received")   // "本年新收"
/// ```
public struct TableLabels: Sendable {
    private let rowKeys: [String]
    private let rowPaths: [[String]]
    /// Each row as its table prints it, with its number (``printedRowLabel(_:)``).
    private let printedRows: [String?]
    private let columnKeys: [String]
    private let columnPaths: [[String]]

    /// The labels of `table`; without a table every label is its key.
    public init(_ table: Table?) {
        rowKeys = table?.rows.map(\.key) ?? []
        rowPaths = table?.rows.map { $0.path.map(Self.shortRowLabel) } ?? []
        printedRows = table?.rows.map { Self.printedRowLabel($0.path) } ?? []
        columnKeys = table?.columns.map(\.key) ?? []
        columnPaths = table?.columns.map(\.path) ?? []
    }

    /// A row's label, shortened to what tells it apart in its table (`本年新收`, `属于国家秘密`, `（七）总计`);
    /// the key itself for a row the table does not have.
    public func row(_ key: String) -> String {
        guard let index = rowKeys.firstIndex(of: key) else { return key }
        let short = Self.shortest(rowPaths[index], among: rowPaths)
        guard short.contains("·") || Self.sayingNothing.contains(short), let printed = printedRows[index] else {
            return short
        }
        return printed
    }

    /// Labels that say nothing of a row or column on their own.
    static let sayingNothing: Set<String> = ["总计", "合计", "其他"]

    /// A row as its table prints it: its own label with its number (`（七）总计`), an item numbered `3.` under a
    /// group with the group's number in front (`（六）3.其他`), without the format's long tail or closing remark
    /// (``shortRowLabel(_:)``); `nil` for a row whose label has no number.
    static func printedRowLabel(_ path: [String]) -> String? {
        guard let last = path.last, let number = Heading(last).number else { return nil }
        let own = number.text + shortRowLabel(last)
        guard [NumberingStyle.arabicDot, .arabicComma, .arabicParen].contains(number.style), path.count > 1,
            let group = Heading(path[path.count - 2]).number
        else { return own }
        return group.text + own
    }

    /// A column's label, shortened the same way (`自然人`, `商业企业`, `行政复议·结果维持`); the key itself for a column
    /// the table does not have.
    public func column(_ key: String) -> String {
        guard let index = columnKeys.firstIndex(of: key) else { return key }
        let short = Self.shortest(columnPaths[index], among: columnPaths)
        let path = columnPaths[index]
        return Self.sayingNothing.contains(short) && path.count > 1 ? path.joined(separator: "·") : short
    }

    /// The shortest run of last labels of a path that no other path ends with; never `总计` alone.
    static func shortest(_ path: [String], among paths: [[String]]) -> String {
        let others = paths.filter { $0 != path }
        for length in 1...max(1, path.count) {
            let suffix = path.suffix(length)
            if suffix.elementsEqual(["总计"]), path.count > 1 { continue }
            if !others.contains(where: { $0.suffix(length).elementsEqual(suffix) }) {
                return suffix.joined(separator: "·")
            }
        }
        return path.joined(separator: "·")
    }

    /// A row label without its number, the national format's long tail and a closing remark in brackets
    /// (`一、本年新收政府信息公开申请数量` → `本年新收`).
    static func shortRowLabel(_ label: String) -> String {
        var text = Heading(label).title
        for tail in ["政府信息公开申请数量"] where text.hasSuffix(tail) && text.count > tail.count {
            text.removeLast(tail.count)
        }
        if text.hasSuffix("）"), let open = text.firstIndex(of: "（"), open > text.startIndex {
            text = String(text[..<open])
        }
        return text.isEmpty ? label : text
    }
}

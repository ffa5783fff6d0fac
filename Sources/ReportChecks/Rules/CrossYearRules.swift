import Foundation
import ReportModel

/// Last year's report against this year's: Schema/checks.md, consistency rules 7 and 8.
enum CrossYearRules {
    static func check(_ context: CheckContext) -> [Finding] {
        guard let previous = context.previous, let year = context.year, previous.year == year - 1 else { return [] }
        var findings: [Finding] = []
        let before = CheckContext(report: previous, previous: nil)
        if let (table, path) = context.table(3), let (old, _) = before.table(3) {
            for column in Table3Column.allCases {
                guard let carried = table.value(Table3Row.carriedOver, column),
                    let forward = old.value(Table3Row.carryForward, column), carried != forward
                else { continue }
                findings.append(
                    Finding(
                        rule: "cross-year-carryover", severity: .error,
                        place: context.place(
                            table, section: path, row: Table3Row.carriedOver.rawValue, column: column.rawValue),
                        numbers: ["本年上年结转": carried, "上年结转下年度": forward],
                        message: "表三「\(ArithmeticRules.label(table, column.rawValue))」列：上年结转\(carried)件，"
                            + "但\(year - 1)年度报告的“结转下年度继续办理”为\(forward)件",
                        english:
                            "Table 3, column 「\(ArithmeticRules.label(table, column.rawValue))」: \(carried) carried"
                            + " over from last year, but the \(year - 1) report carried \(forward) forward"))
            }
        }
        if let (table, path) = context.table(2), let (old, _) = before.table(2) {
            for rowKey in Table2Row.allCases {
                let row = rowKey.rawValue
                guard let inForce = table.value(rowKey, Table2Column.inForce),
                    let issued = table.value(rowKey, Table2Column.issued),
                    let repealed = table.value(rowKey, Table2Column.repealed),
                    let oldInForce = old.value(rowKey, Table2Column.inForce)
                else { continue }
                let expected = oldInForce + issued - repealed
                if inForce != expected {
                    findings.append(
                        Finding(
                            rule: "cross-year-in-force", severity: .warning,
                            place: context.place(table, section: path, row: row, column: Table2Column.inForce.rawValue),
                            numbers: ["现行有效件数": inForce, "上年现行有效＋本年制发－本年废止": expected],
                            message: "表二“\(table.rows.first { $0.key == row }?.path.last ?? row)”：现行有效\(inForce)件，"
                                + "按上年\(oldInForce)件加本年制发\(issued)件减废止\(repealed)件应为\(expected)件（修订、失效可能造成差异）",
                            english: "Table 2 “\(table.rows.first { $0.key == row }?.path.last ?? row)”: \(inForce) in"
                                + " force, but last year's \(oldInForce) plus \(issued) issued minus \(repealed) repealed"
                                + " make \(expected) (revisions and documents that lapsed may explain it)"))
                }
            }
        }
        return findings
    }
}

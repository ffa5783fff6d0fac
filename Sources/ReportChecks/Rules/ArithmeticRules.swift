import Foundation
import ReportModel

/// 勾稽关系 and totals: Schema/checks.md, consistency rules 1–4. A rule is checked only where every number it needs was read.
enum ArithmeticRules {
    static let parts = ["natural-person", "business", "research", "nonprofit", "legal-services", "other-organization"]

    static func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        if let (table, section) = context.table(3) { findings += table3(table, section: section, context: context) }
        if let (table, section) = context.table(4) { findings += table4(table, section: section, context: context) }
        return findings
    }

    static func value(_ table: Table, _ row: String, _ column: String) -> Decimal? {
        table.cell(row: row, column: column)?.value
    }

    static func table3(_ table: Table, section: [String], context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let columns = parts + ["total"]
        // 1. 第一项加第二项之和，等于第三项加第四项之和, per column.
        for column in columns {
            guard let received = value(table, "received", column), let carried = value(table, "carried-over", column),
                let total = value(table, "total", column), let forward = value(table, "carry-forward", column)
            else { continue }
            if received + carried != total + forward {
                findings.append(
                    Finding(
                        rule: "t3-identity", severity: .error,
                        place: context.place(table, section: section, row: "total", column: column),
                        numbers: ["一": received, "二": carried, "（七）": total, "四": forward],
                        message: "表三「\(label(table, column))」列：第一项加第二项之和（\(received)＋\(carried)＝\(received + carried)）"
                            + "不等于第三项加第四项之和（\(total)＋\(forward)＝\(total + forward)）"))
            }
        }
        // 2. Row totals.
        for row in table.rows {
            let values = parts.compactMap { value(table, row.key, $0) }
            guard values.count == parts.count, let total = value(table, row.key, "total") else { continue }
            let sum = values.reduce(0, +)
            if sum != total {
                findings.append(
                    Finding(
                        rule: "t3-row-total", severity: .error,
                        place: context.place(table, section: section, row: row.key, column: "total"),
                        numbers: ["总计": total, "各列之和": sum],
                        message: "表三「\(row.path.last ?? row.key)」行：总计为\(total)，但自然人与各类法人或其他组织之和为\(sum)"))
            }
        }
        // 3. （七）总计 = the sum of the result rows.
        let resultRows = table.rows.map(\.key).filter {
            !["received", "carried-over", "total", "carry-forward"].contains($0)
        }
        for column in columns {
            let values = resultRows.map { value(table, $0, column) }
            guard !values.isEmpty, values.allSatisfy({ $0 != nil }), let total = value(table, "total", column) else {
                continue
            }
            let sum = values.compactMap { $0 }.reduce(0, +)
            if sum != total {
                findings.append(
                    Finding(
                        rule: "t3-result-total", severity: .error,
                        place: context.place(table, section: section, row: "total", column: column),
                        numbers: ["（七）总计": total, "办理结果之和": sum],
                        message: "表三「\(label(table, column))」列：（七）总计为\(total)，但（一）至（六）各项之和为\(sum)"))
            }
        }
        return findings
    }

    static func table4(_ table: Table, section: [String], context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let names = ["review": "行政复议", "suit-direct": "未经复议直接起诉", "suit-after-review": "复议后起诉"]
        for group in ["review", "suit-direct", "suit-after-review"] {
            let parts = ["upheld", "corrected", "other", "pending"].map { value(table, "cases", "\(group).\($0)") }
            guard parts.allSatisfy({ $0 != nil }), let total = value(table, "cases", "\(group).total") else { continue }
            let sum = parts.compactMap { $0 }.reduce(0, +)
            if sum != total {
                findings.append(
                    Finding(
                        rule: "t4-total", severity: .error,
                        place: context.place(table, section: section, row: "cases", column: "\(group).total"),
                        numbers: ["总计": total, "各项之和": sum],
                        message: "表四「\(names[group] ?? group)」：总计为\(total)，但结果维持、结果纠正、其他结果、尚未审结之和为\(sum)"))
            }
        }
        return findings
    }

    static func label(_ table: Table, _ column: String) -> String {
        table.columnPath(column).last ?? column
    }
}

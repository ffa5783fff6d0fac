import Foundation
import ReportModel

/// 勾稽关系 and totals: Schema/checks.md, consistency rules 1–4. A rule is checked only where every number it needs was read: a cell
/// that could not be read never feeds a sum.
enum ArithmeticRules {
    static func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        if let (table, section) = context.table(3) { findings += table3(table, section: section, context: context) }
        if let (table, section) = context.table(4) { findings += table4(table, section: section, context: context) }
        return findings
    }

    static func table3(_ table: Table, section: [String], context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        // 1. 第一项加第二项之和，等于第三项加第四项之和, per column.
        for column in Table3Column.allCases {
            guard let received = table.value(Table3Row.received, column),
                let carried = table.value(Table3Row.carriedOver, column),
                let total = table.value(Table3Row.total, column),
                let forward = table.value(Table3Row.carryForward, column)
            else { continue }
            if received + carried != total + forward {
                findings.append(
                    Finding(
                        rule: "t3-identity", severity: .error,
                        place: context.place(
                            table, section: section, row: Table3Row.total.rawValue, column: column.rawValue),
                        numbers: ["一": received, "二": carried, "（七）": total, "四": forward],
                        message:
                            "表三「\(label(table, column.rawValue))」列：第一项加第二项之和（\(received)＋\(carried)＝\(received + carried)）"
                            + "不等于第三项加第四项之和（\(total)＋\(forward)＝\(total + forward)）",
                        english:
                            "Table 3, column “\(label(table, column.rawValue))”: items 1 and 2 (\(received) + \(carried)"
                            + " = \(received + carried)) do not add up to items 3 and 4 (\(total) + \(forward)"
                            + " = \(total + forward))"))
            }
        }
        // 2. Row totals.
        for row in table.rows {
            let cells = Table3Column.applicants.map { table.cell(row: row.key, column: $0.rawValue) }
            let values = cells.compactMap { $0?.value }
            guard values.count == cells.count,
                let total = table.cell(row: row.key, column: Table3Column.total.rawValue)?.value
            else { continue }
            let sum = values.reduce(0, +)
            if sum != total {
                let place = context.place(table, section: section, row: row.key, column: Table3Column.total.rawValue)
                findings.append(
                    Finding(
                        rule: "t3-row-total", severity: .error, place: place, numbers: ["总计": total, "各列之和": sum],
                        message: "表三「\(row.path.last ?? row.key)」行：总计为\(total)，但自然人与各类法人或其他组织之和为\(sum)",
                        english: "Table 3, row “\(row.path.last ?? row.key)”: the total is \(total), but the natural"
                            + " persons and the legal persons or other organisations add up to \(sum)"))
                if let hint = SplitDigits.hint(cells.compactMap { $0 }, total: total, table: table, place: place) {
                    findings.append(hint)
                }
            }
        }
        // 3. （七）总计 = the sum of the result rows.
        let notResults = Set(Table3Row.notResults.map(\.rawValue))
        let resultRows = table.rows.map(\.key).filter { !notResults.contains($0) }
        for column in Table3Column.allCases {
            let values = resultRows.map { table.cell(row: $0, column: column.rawValue)?.value }
            guard !values.isEmpty, values.allSatisfy({ $0 != nil }), let total = table.value(Table3Row.total, column)
            else {
                continue
            }
            let sum = values.compactMap { $0 }.reduce(0, +)
            if sum != total {
                findings.append(
                    Finding(
                        rule: "t3-result-total", severity: .error,
                        place: context.place(
                            table, section: section, row: Table3Row.total.rawValue, column: column.rawValue),
                        numbers: ["（七）总计": total, "办理结果之和": sum],
                        message: "表三「\(label(table, column.rawValue))」列：（七）总计为\(total)，但（一）至（六）各项之和为\(sum)",
                        english: "Table 3, column “\(label(table, column.rawValue))”: the total (7) is \(total), but"
                            + " results (1) to (6) add up to \(sum)"))
            }
        }
        return findings
    }

    static func table4(_ table: Table, section: [String], context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for group in Table4Group.allCases {
            let cells = Table4Part.summands.map { table.cell(Table4Row.cases, Table4Column(group, $0)) }
            let parts = cells.map { $0?.value }
            guard parts.allSatisfy({ $0 != nil }), let total = table.value(Table4Row.cases, Table4Column(group, .total))
            else { continue }
            let sum = parts.compactMap { $0 }.reduce(0, +)
            if sum != total {
                let place = context.place(
                    table, section: section, row: Table4Row.cases.rawValue, column: Table4Column(group, .total).rawValue
                )
                findings.append(
                    Finding(
                        rule: "t4-total", severity: .error, place: place, numbers: ["总计": total, "各项之和": sum],
                        message: "表四「\(group.label)」：总计为\(total)，但结果维持、结果纠正、其他结果、尚未审结之和为\(sum)",
                        english: "Table 4 “\(group.label)”: the total is \(total), but upheld, corrected, other results"
                            + " and pending add up to \(sum)"))
                if let hint = SplitDigits.hint(cells.compactMap { $0 }, total: total, table: table, place: place) {
                    findings.append(hint)
                }
            }
        }
        return findings
    }

    static func label(_ table: Table, _ column: String) -> String {
        table.columnPath(column).last ?? column
    }
}

/// A total that fails where two adjacent single-digit cells, joined, would make it hold (`1` `0` read from a `10`
/// that a PDF extraction split): a note for the reader, never a change of value.
enum SplitDigits {
    static func hint(_ cells: [Cell], total: Decimal, table: Table, place: Place) -> Finding? {
        let values = cells.map(\.value)
        guard values.allSatisfy({ $0 != nil }) else { return nil }
        let sum = values.compactMap { $0 }.reduce(0, +)
        for index in cells.indices.dropLast() {
            let first = cells[index].text?.trimmingLayoutSpace() ?? ""
            let second = cells[index + 1].text?.trimmingLayoutSpace() ?? ""
            guard isDigit(first), isDigit(second), let joined = Decimal(string: first + second),
                let a = values[index], let b = values[index + 1], sum - a - b + joined == total
            else { continue }
            let labels = [cells[index], cells[index + 1]].map { ArithmeticRules.label(table, $0.column) }
            let names = labels.map { "「\($0)」" }
            return Finding(
                rule: "split-digits", severity: .note, kind: .reading, place: place,
                numbers: ["可能的原数": joined],
                message: "\(names.joined(separator: "与"))两格的\(first)和\(second)若原为一个数\(joined)（文字提取时被拆开），"
                    + "总计即相符；请核对原件",
                english:
                    "cells \(labels.map { "“\($0)”" }.joined(separator: " and ")) hold \(first) and \(second): were they one number,"
                    + " \(joined) (split when the text was extracted), the total would hold; check the original")
        }
        return nil
    }

    static func isDigit(_ text: String) -> Bool {
        text.unicodeScalars.count == 1 && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }
}

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
                            "Table 3, column “\(ArithmeticRules.label(table, column.rawValue))”: \(carried) carried"
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
        findings += sameNumbers(context, before, year: year)
        return findings
    }

    /// The fewest non-zero cells a table must share with last year's for their being all the same to say something:
    /// one or two equal counts are a quiet office's ordinary year.
    static let sameNumbersMinimum = 3

    /// A table whose numbers were left as last year's: every cell of the year's own figures that was read equals
    /// last year's, and at least ``sameNumbersMinimum`` of them are not 0. An all-zero table (nothing happened, two
    /// years running) is no finding. Stocks (现行有效件数, 对外公开总数量, 上一年项目数量 and table 3's 上年结转, which is
    /// last year's by definition) and totals are not the year's own figures and are left out. A cell not read this
    /// year is left out too; one read this year but not last year makes the table not comparable (never guessed).
    static func sameNumbers(_ context: CheckContext, _ before: CheckContext, year: Int) -> [Finding] {
        [2, 3, 4].compactMap { number -> Finding? in
            guard let (table, path) = context.table(number), let (old, _) = before.table(number),
                table.template == old.template
            else { return nil }
            var values: [Decimal] = []
            for (row, cell) in table.cells where !isStockOrTotal(row: row.key, column: cell.column) {
                guard let value = cell.value else { continue }
                guard let last = old.cell(row: row.key, column: cell.column)?.value, last == value else { return nil }
                if value != 0 { values.append(value) }
            }
            guard values.count >= sameNumbersMinimum, let name = table.templateDefinition?.shortName else { return nil }
            let shown = values.prefix(6).map { "\($0)" }
            let more = values.count > shown.count
            let list = shown.joined(separator: "、") + (more ? " 等 \(values.count) 个数" : "")
            let listEnglish = shown.joined(separator: ", ") + (more ? ", \(values.count) numbers in all" : "")
            return Finding(
                rule: "cross-year-same-numbers", severity: .warning,
                place: Place(section: path, table: number), numbers: ["与上年相同的非零格": Decimal(values.count)],
                message: "\(name)的数字与 \(year - 1) 年完全相同（\(list)），请确认是本年的数字",
                english: "\(TableTemplate.englishName(number))'s numbers are exactly those of the \(year - 1) report"
                    + " (\(listEnglish)): check that they are this year's",
                subject: values.map { "\($0)" }.joined(separator: ","))
        }
    }

    /// Whether a cell holds a stock carried from year to year or a total, not a figure of the year's own.
    static func isStockOrTotal(row: String, column: String) -> Bool {
        column == Table2Column.inForce.rawValue || column == Table2Column2019.totalPublic.rawValue
            || column == Table2Column2019.previousItems.rawValue || column == Table3Column.total.rawValue
            || row == Table3Row.total.rawValue || row == Table3Row.carriedOver.rawValue
            || Table4Column(rawValue: column)?.part == .total
    }
}

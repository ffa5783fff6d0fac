import Foundation
import ReportModel

/// What each cell may hold: Schema/checks.md, consistency rule 5. Counts are non-negative integers; only amounts in 万元 may
/// have decimals and only 本年增/减 may be negative. A blank, `—`, `/` or `无` is not 0: the reviewer asks for 0. A
/// number typed with a unit that is not its column's (`5000元` in 万元) has no value, and the finding says so.
enum CellRules {
    /// What a reader gives for a character whose text it cannot tell (a PDF font without a ToUnicode map): a cell
    /// holding it is a reading problem, not a cell the clerk left unfilled (rv112 F8).
    static let undecodable: Unicode.Scalar = "\u{FFFD}"

    static func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for (path, table) in context.report.tables {
            guard let template = table.templateDefinition else { continue }
            let section = context.headings(at: path)
            var notFilled: [(TableRow, Cell)] = []
            var undecodable = 0
            for (row, cell) in table.cells {
                guard let text = cell.text else { continue }
                let column = template.column(cell.column)
                guard let value = cell.value else {
                    if text.unicodeScalars.contains(Self.undecodable) {
                        undecodable += 1
                    } else if let finding = unitMismatch(context, table, section, row, cell) {
                        findings.append(finding)
                    } else if CellText.unread(text, in: cell.unit) == .malformedNumber {
                        findings.append(malformed(context, table, section, row, cell))
                    } else {
                        notFilled.append((row, cell))
                    }
                    continue
                }
                if case .writtenNumber(_, let writing) = cell.reading {
                    let (how, howEnglish) =
                        switch writing {
                        case .unit: ("带单位", "with a unit")
                        case .chineseNumerals: ("用汉字", "in Chinese numerals")
                        }
                    findings.append(
                        Finding(
                            rule: "cell-written-number", severity: .note,
                            place: context.place(table, section: section, row: row.key, column: cell.column),
                            numbers: ["值": value],
                            message: "\(template.shortName)「\(row.path.last ?? row.key)」行"
                                + "「\(table.columnPath(cell.column).last ?? cell.column)」列\(how)写作「\(text.trimmingLayoutSpace())」，"
                                + "按\(value)核对；表格中应只填阿拉伯数字",
                            english:
                                "\(template.table.englishCell(row.path.last ?? row.key, table.columnPath(cell.column).last ?? cell.column))"
                                + " is written \(howEnglish), “\(text.trimmingLayoutSpace())”; checked as \(value)."
                                + " A table holds Arabic digits only"))
                }
                let isInteger = value == value.rounded()
                if value < 0, column?.signed != true {
                    findings.append(
                        domain(context, table, section, row, cell, "为负数（\(value)）", english: "is negative (\(value))"))
                } else if !isInteger, column?.decimal != true {
                    findings.append(
                        domain(
                            context, table, section, row, cell, "不是整数（\(value)）：件数应为整数",
                            english: "is not a whole number (\(value)): counts are whole numbers"))
                }
            }
            findings += UnfilledCells.findings(context, table, section, notFilled)
            if undecodable > 0 {
                findings.append(
                    Finding(
                        rule: "cell-undecodable", severity: .warning, kind: .reading,
                        place: Place(section: section, table: template.table),
                        numbers: ["未能读取的单元格": Decimal(undecodable)],
                        message: "\(template.shortName)有\(undecodable)格的文字无法识别（读出来是“\(Self.undecodable)”：PDF文件中的"
                            + "字体没有给出文字编码），其中的数字未能读取，不参与核对，请核对原件",
                        english: "\(TableTemplate.englishName(template.table)): the text of \(undecodable)"
                            + " \(undecodable == 1 ? "cell" : "cells") cannot be told (the PDF's font gives no character"
                            + " codes), so their figures were not read and are left out of the checks: check the original"
                    ))
            }
        }
        return findings
    }

    /// A number typed with a unit its column is not counted in (`5000元` where the header says 万元): the cell has
    /// no value (converting it would be a guess), and the finding says why. `nil` for any other cell.
    static func unitMismatch(
        _ context: CheckContext, _ table: Table, _ section: [String], _ row: TableRow, _ cell: Cell
    ) -> Finding? {
        guard let text = cell.text?.trimmingLayoutSpace(), let column = cell.unit,
            let unit = CellText.foreignUnit(text, in: column)
        else { return nil }
        let own = column.name.map { "本栏以\($0)计" } ?? "本栏未注明单位"
        let ownEnglish = column.name.map { "the column counts in \($0)" } ?? "the column names no unit"
        let cellEnglish = (table.templateDefinition?.table ?? 0).englishCell(
            row.path.last ?? row.key, table.columnPath(cell.column).last ?? cell.column)
        return Finding(
            rule: "cell-unit-mismatch", severity: .warning,
            place: context.place(table, section: section, row: row.key, column: cell.column),
            message: "\(table.templateDefinition?.shortName ?? "表格")「\(row.path.last ?? row.key)」行"
                + "「\(table.columnPath(cell.column).last ?? cell.column)」列「\(text)」的单位是\(unit)，\(own)，"
                + "未读取数值，请核对",
            english: "\(cellEnglish) “\(text)” is in \(unit), \(ownEnglish): its value was not read; check it")
    }

    /// A number typed with separators that make no number (`7730,28` with a decimal comma): filled, but with no value
    /// (which number was meant is a guess), and the finding says so rather than asking for a number.
    static func malformed(
        _ context: CheckContext, _ table: Table, _ section: [String], _ row: TableRow, _ cell: Cell
    ) -> Finding {
        let text = cell.text?.trimmingLayoutSpace() ?? ""
        let column = table.columnPath(cell.column).last ?? cell.column
        return Finding(
            rule: "cell-number-malformed", severity: .warning,
            place: context.place(table, section: section, row: row.key, column: cell.column),
            message: "\(table.templateDefinition?.shortName ?? "表格")「\(row.path.last ?? row.key)」行「\(column)」列"
                + "「\(text)」不是规范的数字写法（小数点应写作“.”，千位分隔符“,”每三位一个），未读取数值，请核对",
            english: (table.templateDefinition?.table ?? 0).englishCell(row.path.last ?? row.key, column)
                + " “\(text)” is no well-formed number (a decimal point is “.”, a thousands separator “,” every three"
                + " digits): its value was not read; check it")
    }

    static func domain(
        _ context: CheckContext, _ table: Table, _ section: [String], _ row: TableRow, _ cell: Cell, _ problem: String,
        english: String
    ) -> Finding {
        Finding(
            rule: "cell-domain", severity: .error,
            place: context.place(table, section: section, row: row.key, column: cell.column),
            numbers: cell.value.map { ["值": $0] } ?? [:],
            message: "\(table.templateDefinition?.shortName ?? "表格")「\(row.path.last ?? row.key)」行"
                + "「\(table.columnPath(cell.column).last ?? cell.column)」列\(problem)",
            english: (table.templateDefinition?.table ?? 0).englishCell(
                row.path.last ?? row.key, table.columnPath(cell.column).last ?? cell.column) + " " + english)
    }
}

extension Int {
    /// A cell of the table of this number as the English messages name it: `Table 3, row “自然人”, column “总计”`
    /// (`A table, …` for 0, a table of no template), its labels as the report has them.
    func englishCell(_ row: String, _ column: String) -> String {
        (self == 0 ? "A table" : TableTemplate.englishName(self)) + ", row “\(row)”, column “\(column)”"
    }
}

extension Decimal {
    /// The value rounded to an integer, half away from zero.
    func rounded() -> Decimal {
        var copy = self
        var result = Decimal()
        NSDecimalRound(&result, &copy, 0, .plain)
        return result
    }
}

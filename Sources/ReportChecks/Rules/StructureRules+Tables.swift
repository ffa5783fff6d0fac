// The tables of a report's shape: tables two to four present, complete and in the current format (the 2021
// format), and the table a section holds but that was not read as one told apart from a table left out.

import Foundation
import ReportModel

extension StructureRules {
    static let tableNames = [
        2: "表二（主动公开政府信息情况）", 3: "表三（收到和处理政府信息公开申请情况）", 4: "表四（政府信息公开行政复议、行政诉讼情况）",
    ]

    /// The tables by their names in English, for the English messages.
    static let englishTableNames = [
        2: "Table 2 (information made public on the agency's own initiative)",
        3: "Table 3 (requests for disclosure received and handled)",
        4: "Table 4 (administrative reconsideration and litigation)",
    ]

    static func tables(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for number in [2, 3, 4] {
            let name = tableNames[number] ?? TableTemplate.shortName(number)
            guard let (table, path) = context.table(number), let template = table.templateDefinition else {
                findings.append(missingTable(number, name: name, context: context))
                continue
            }
            findings += incomplete(table, template: template, number: number, name: name, path: path, context: context)
            if template.format == 2019, let year = context.year, year >= 2021 {
                findings.append(
                    Finding(
                        rule: "template-2019", severity: number == 2 ? .error : .warning,
                        place: Place(section: path, table: number),
                        message: number == 2
                            ? "表二使用的是2019年试行格式（本年新制作数量、上一年项目数量等栏目），\(year)年度报告应使用国办公开办函〔2021〕30号格式"
                            : "表三“（六）其他处理”只有一行（2019年试行格式），2021年格式分为三个细项",
                        english: number == 2
                            ? "Table 2 is in the 2019 trial format: a \(year) report uses the 2021 format"
                            : "Table 3 has one row for other handling (6), as in the 2019 trial format; the 2021 format"
                                + " splits it in three"))
            }
        }
        return findings
    }

    /// A table not found: the report's problem where the text around it was read; a reading problem where the
    /// outline could not be read or the section that holds the table has numbers no table was read from — in its
    /// paragraphs (a table's rows read as lines of text: `行政许可 9487`) or in a table that matches no template (one
    /// typed down the page instead of across).
    static func missingTable(_ number: Int, name: String, context: CheckContext) -> Finding {
        let slot = TemplateCatalog.standard.sections.first { $0.table == number }?.slot
        let section = slot.flatMap { context.report.section(slot: $0) }
        let place = Place(section: section.map { [$0.heading] } ?? [], table: number)
        let copies = context.report.copies(ofTable: number).count
        if copies > 1 {
            return Finding(
                rule: "table-missing", severity: .warning, kind: .reading, place: place,
                message: "报告中有\(copies)个\(name)，内容不同，无法确定哪一个是本年的，\(name)的数字都未读取：请核对原件，删去多余的一个",
                english: "The report holds \(copies) copies of \(englishName(number)) that differ, so which is the"
                    + " year's cannot be told and none was read: check the original and delete the one too many")
        }
        if let picture = context.diagnostics.first(where: { $0.code == .tablePicture && $0.subject?.table == number }) {
            // A picture stands where the table belongs (a table pasted as a picture, or a seal or a logo: rv116 F5):
            // the report's gap as ever, said in the parser's words.
            return Finding(
                rule: "table-missing", severity: .error, place: place, message: picture.message,
                english: picture.englishMessage)
        }
        if let reason = context.imagePagesReason {
            return Finding(
                rule: "table-missing", severity: .warning, kind: .reading, place: place,
                message: "未能读取\(name)：\(reason.chinese)，请核对原件",
                english: "\(englishName(number)) could not be read: \(reason.english): check the original")
        }
        guard context.outlineIsReadable, section.map(holdsUnreadTable) != true else {
            return Finding(
                rule: "table-missing", severity: .warning, kind: .reading, place: place,
                message: "\(name)无法从文本中识别，请核对原件",
                english: "\(englishName(number)) could not be found in the text: check the original")
        }
        return Finding(
            rule: "table-missing", severity: .error, place: place, message: "缺少\(name)",
            english: "\(englishName(number)) is missing")
    }

    /// A table's name in English: `Table 3 (requests for disclosure received and handled)`.
    static func englishName(_ number: Int) -> String {
        englishTableNames[number] ?? TableTemplate.englishName(number)
    }

    /// Whether a section holds the numbers of a table that was not read as one: a paragraph of five numbers or more,
    /// rows of a label and its numbers (`规章 0 0 0`) with five numbers or more between them, or a table of no
    /// template with five number cells or more.
    static func holdsUnreadTable(_ section: Section) -> Bool {
        let paragraphs = section.allParagraphs.map(\.text)
        if paragraphs.contains(where: { numberWords(in: $0) >= 5 }) { return true }
        if paragraphs.map(rowNumbers).reduce(0, +) >= 5 { return true }
        return section.allTables.contains { table in
            table.template == nil
                && table.cells.filter { $0.cell.text.map { CellText.isNumber($0) } ?? false }.count >= 5
        }
    }

    /// The numbers of a line that reads as a table's row: a label, then numbers only (`行政许可 9487`); 0 for another.
    static func rowNumbers(_ text: String) -> Int {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "|" })
        guard words.count >= 2, !CellText.isNumber(String(words[0])),
            words.dropFirst().allSatisfy({ CellText.isNumber(String($0)) })
        else { return 0 }
        return words.count - 1
    }

    /// How many words of a text are numbers on their own (`0 0 1 5`): table cells run into a paragraph.
    static func numberWords(in text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace || $0 == "|" }).filter { CellText.isNumber(String($0)) }.count
    }

    /// Cells of a table that are missing. Where the parser said it could not read them (a row whose numbers do not
    /// fit its columns, a table whose numbers are not beside their labels) they are a reading problem; the others
    /// are the report's (a table cut short).
    static func incomplete(
        _ table: Table, template: TableTemplate, number: Int, name: String, path: [String], context: CheckContext
    ) -> [Finding] {
        let required = Set(template.dataRows.filter { !$0.optional }.map(\.key))
        // A cell left missing for text that may or may not be shown, or for its header's unit, has its own finding
        // (SourceRules).
        let uncertain = context.cellsMissingWithANote(ofTable: number)
        let problems = context.readingProblems(ofTable: number).filter { $0.code != .cellTextUncertain }
        // A row or a column the reader left missing because it was typed twice differently has its own finding too
        // (SourceRules): the clerk filled it, so it is no gap of the report (rv113 F1).
        // So is a row typed in both copies of a table that appears twice, read as one grid (rv113 F7): the table's
        // one finding names it. A row in neither copy is a gap of the report all the same (rv116 F6). A
        // table-repeated diagnostic stored without the rows' keys (by a version before rv116) leaves out every row
        // with no cell read, as it then did.
        let repeated = problems.filter { $0.code == .tableRepeated }
        let unnamed = repeated.contains { $0.subject?.rowKeys.isEmpty ?? true }
        let named = problems.filter { $0.code == .tableRowsDisagree || $0.code == .tableRepeated }
        let twiceRows = Set(named.flatMap { $0.subject?.rowKeys ?? [] })
            .union(unnamed ? table.rows.filter { $0.cells.allSatisfy(\.isMissing) }.map(\.key) : [])
        let twiceColumns = Set(problems.filter { $0.code == .tableColumnsDisagree }.compactMap(\.subject?.column))
        let missing = table.cells.filter {
            required.contains($0.row.key) && $0.cell.isMissing && !uncertain.contains([$0.row.key, $0.cell.column])
                && !twiceRows.contains($0.row.key) && !twiceColumns.contains($0.cell.column)
        }
        let short = TableTemplate.shortName(number)
        if problems.contains(where: { $0.code == .tableUnreadable || $0.code == .tableEmpty }) {
            return [
                Finding(
                    rule: "table-unreadable", severity: .warning, kind: .reading,
                    place: Place(section: path, table: number),
                    numbers: ["未能读取的单元格": Decimal(missing.count)],
                    message: "\(short)无法从文本中可靠读取，请核对原件"
                        + (missing.isEmpty ? "" : "（\(missing.count)个单元格未能读取，不参与核对）"),
                    english: "\(TableTemplate.englishName(number)) could not be read reliably from the text: check the"
                        + " original"
                        + (missing.isEmpty ? "" : " (\(missing.count) cells not read, left out of the checks)"))
            ]
        }
        let unreadRows = Set(problems.compactMap(\.subject?.row))
        // A column whose header could not be read in a table whose columns are out of the format's order.
        // One without a column: every column of the table (a text table whose header is out of order).
        let outOfOrder = problems.filter { $0.code == .columnsOutOfOrder }
        let unreadColumns = Set(outOfOrder.compactMap(\.subject?.column))
        let everyColumn = outOfOrder.contains { $0.subject?.column == nil }
        func isUnplaced(_ column: String) -> Bool { everyColumn || unreadColumns.contains(column) }
        var findings: [Finding] = []
        let unplaced = missing.filter { !unreadRows.contains($0.row.key) && isUnplaced($0.cell.column) }
        if !unplaced.isEmpty {
            let rows = Set(unplaced.map(\.row.key))
            findings.append(
                Finding(
                    rule: "cells-unread", severity: .warning, kind: .reading,
                    place: Place(section: path, table: number),
                    numbers: ["缺失单元格": Decimal(unplaced.count), "涉及行数": Decimal(rows.count)],
                    message: "\(short)的栏目顺序与规定格式不同，有\(unplaced.count)个单元格无法确定属于哪一栏："
                        + "未读取，不参与核对，请核对原件",
                    english: "\(TableTemplate.englishName(number))'s columns are not in the format's order: for"
                        + " \(unplaced.count) cells the column could not be told; they were not read and are left out"
                        + " of the checks: check the original"))
        }
        // A row of a text typed with a number too few or too many: a finding of its own, which says what the clerk
        // typed (the parser's diagnostic keeps the row as written).
        var typedRows: Set<String> = []
        for problem in problems where problem.code == .rowIncomplete || problem.code == .rowOverfull {
            guard problem.subject?.text != nil, let key = problem.subject?.row, !typedRows.contains(key),
                let row = table.rows.first(where: { $0.key == key })
            else { continue }
            let cells = missing.count { $0.row.key == key }
            guard cells > 0 else { continue }
            typedRows.insert(key)
            findings.append(
                Finding(
                    rule: "cells-unread", severity: .warning, kind: .reading,
                    place: Place(section: path, table: number, row: row.path, rowKey: key),
                    numbers: ["缺失单元格": Decimal(cells), "涉及行数": 1], message: problem.message,
                    english: "The row was typed with "
                        + (problem.code == .rowIncomplete ? "a number too few" : "a number too many")
                        + ", so it was not read (which column is off cannot be told); as typed: "
                        + (problem.subject?.text ?? "")))
        }
        for unread in [true, false] {
            let cells = missing.filter { cell in
                unread
                    ? unreadRows.contains(cell.row.key) && !typedRows.contains(cell.row.key)
                    : !unreadRows.contains(cell.row.key) && !isUnplaced(cell.cell.column)
            }
            guard !cells.isEmpty else { continue }
            let rows = Set(cells.map(\.row.key))
            let first = table.rows.first { rows.contains($0.key) }
            let place = Place(section: path, table: number, row: first?.path, rowKey: first?.key)
            let from = first.map { "（自“\($0.path.last ?? $0.key)”行起）" } ?? ""
            let fromEnglish = first.map { " (from the row “\($0.path.last ?? $0.key)”)" } ?? ""
            let numbers: [String: Decimal] = ["缺失单元格": Decimal(cells.count), "涉及行数": Decimal(rows.count)]
            // (`1 cell in 1 row`, `7 cells in 2 rows`: not `7 cells in 1 rows`, ux98 J5)
            let counted = Language.counted(cells.count, "cell") + " in " + Language.counted(rows.count, "row")
            if !unread, let reason = context.imagePagesReason {
                // Rows on a page that is a picture: not the report's gap.
                findings.append(
                    Finding(
                        rule: "table-incomplete", severity: .warning, kind: .reading, place: place, numbers: numbers,
                        message: "\(name)有\(rows.count)行共\(cells.count)个单元格未能读取\(from)：\(reason.chinese)，请核对原件",
                        english:
                            "\(englishName(number)): \(counted) could not be read\(fromEnglish): \(reason.english):"
                            + " check the original"))
                continue
            }
            findings.append(
                unread
                    ? Finding(
                        rule: "cells-unread", severity: .warning, kind: .reading, place: place, numbers: numbers,
                        message: "\(short)有\(rows.count)行共\(cells.count)个单元格无法从文本中可靠读取\(from)："
                            + "数字个数与栏目对不上，不参与核对，请核对原件",
                        english:
                            "\(TableTemplate.englishName(number)): \(counted) could"
                            + " not be read reliably from the text\(fromEnglish): their numbers do not fit the columns;"
                            + " left out of the checks: check the original")
                    : Finding(
                        rule: "table-incomplete", severity: .error, place: place, numbers: numbers,
                        message: "\(name)不完整：\(rows.count)行共\(cells.count)个单元格没有数据\(from)",
                        english:
                            "\(englishName(number)) is incomplete: \(counted) \(cells.count == 1 ? "holds" : "hold") no"
                            + " data\(fromEnglish)"))
        }
        return findings
    }
}

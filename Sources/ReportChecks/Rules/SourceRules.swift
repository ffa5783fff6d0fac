import Foundation
import ReportModel

/// What the parser noticed that the report model cannot show, from its diagnostics' codes and subjects.
enum SourceRules {
    static func check(_ context: CheckContext) -> [Finding] {
        context.diagnostics.compactMap { diagnostic in
            let place = Place(table: diagnostic.subject?.table, line: diagnostic.line)
            let subject = diagnostic.subject?.text ?? ""
            switch diagnostic.code {
            case .headingRepeated:
                return Finding(
                    rule: "heading-repeated", severity: .warning, place: place,
                    message: "同一标题重复输入了两次，已合并为一个：\(subject)",
                    english: "A heading was typed twice and is kept once: \(subject)")
            case .paragraphJoined:
                return Finding(
                    rule: "paragraph-broken", severity: .warning, place: place,
                    message: "段落在句子中间断开（空行后接续），请检查是否缺少文字" + (diagnostic.subject?.text.map { "：「\($0)」" } ?? ""),
                    english: "A paragraph breaks off mid-sentence (it goes on after a blank line): check that no words"
                        + " are missing" + (diagnostic.subject?.text.map { ": “\($0)”" } ?? ""),
                    subject: diagnostic.subject?.text)
            case .headingBeforeSections:
                return Finding(
                    rule: "heading-before-sections", severity: .warning, place: place,
                    message: "第一部分之前出现了编号标题，已作为段落保留：\(subject)",
                    english: "A numbered heading comes before section 1; it is kept as a paragraph: \(subject)")
            case .tableTextKept:
                return Finding(
                    rule: "table-stray-text", severity: .note, kind: .reading, place: place,
                    message: "表格中有不属于表格的文字，已作为段落保留：\(subject)",
                    english: "A table holds text that is not part of it; it is kept as a paragraph: \(subject)")
            case .tableRowUnknown:
                // A row whose label was emptied (rv112 F2) has no name to quote (rv114 F6).
                let row =
                    subject.isEmpty
                    ? ("表格中有一行没有行名，无法确定是哪一行", "A row of the table has no name, so which row it is cannot be told")
                    : ("表格中的「\(subject)」行不是规定格式中的行", "The table's row “\(subject)” is not a row of the format")
                return Finding(
                    rule: "table-row-unknown", severity: .warning, kind: .reading, place: place,
                    message: row.0 + "，其中的数字未填入表中，已作为段落保留，请核对原件",
                    english: row.1
                        + "; its numbers are not in the table but kept as a paragraph after it: check the original")
            case .tableColumnExtra:
                let column = subject.isEmpty ? "一栏（没有表头）" : "「\(subject)」一栏"
                return Finding(
                    rule: "table-column-extra", severity: .note, kind: .reading, place: place,
                    message: "表格多出\(column)，规定格式中没有这一栏，其中的文字已作为段落保留",
                    english: "The table has a column the format does not have"
                        + (subject.isEmpty ? "" : " (“\(subject)”)") + "; its text is kept as paragraphs after it")
            case .tableRowRepeated:
                return Finding(
                    rule: "table-row-repeated", severity: .warning, kind: .reading, place: place,
                    message: "表格中的「\(subject)」行出现了两次，两次相同，只读取了一次，请核对原件",
                    english: "The table's row “\(subject)” appears twice, the same both times; it was read once: check"
                        + " the original")
            case .tablePicture:
                // Said by table-missing, which says it of a stored revision too (StructureRules.missingTable).
                return nil
            case .tableRepeated:
                // Two copies in the report: said by table-missing, which says it of a stored revision too
                // (StructureRules.missingTable). One grid holding both, its rows typed twice (a PDF's pages read as one
                // table): said here, once for the table (rv113 F7).
                guard let number = diagnostic.subject?.table, diagnostic.subject?.text != nil,
                    context.report.copies(ofTable: number).count <= 1
                else { return nil }
                return Finding(
                    rule: "table-repeated", severity: .warning, kind: .reading, place: place,
                    message: diagnostic.message, english: diagnostic.englishMessage, subject: subject)
            case .tableColumnsDisagree:
                return Finding(
                    rule: "table-columns-disagree", severity: .warning, kind: .reading, place: place,
                    message: "表格中有不止一栏是「\(subject)」，数字不同，无法确定哪一栏是对的：这一栏按缺失处理，"
                        + "每一栏的原文都已作为段落保留在表后，请核对原件，只留一栏",
                    english: "The table has more than one column “\(subject)”, with differing figures, so which is"
                        + " right cannot be told: the column is missing, and every copy is kept as paragraphs after"
                        + " the table; check the original and keep one column")
            case .tableRowsDisagree:
                return Finding(
                    rule: "table-rows-disagree", severity: .warning, kind: .reading, place: place,
                    message: "表格中的「\(subject)」行填了不止一次，内容不同，无法确定哪一次是对的：这一行按缺失处理，"
                        + "每一次的原文都已作为段落保留在表后，请核对原件，只留一行",
                    english: "The table's row “\(subject)” is filled in more than once, differently, so which is right"
                        + " cannot be told: it is missing, and every copy is kept as a paragraph after the table; check"
                        + " the original and keep one row")
            case .cellTextUncertain:
                return Finding(
                    rule: "cell-text-uncertain", severity: .warning, kind: .reading,
                    place: Place(
                        table: diagnostic.subject?.table, rowKey: diagnostic.subject?.row,
                        columnKey: diagnostic.subject?.column, line: diagnostic.line),
                    message: diagnostic.message,
                    english: "A cell holds text the page may not show as the file holds it (hidden in Word's web"
                        + " view, white or pale text on a light background, or covered by a PDF annotation); which"
                        + " number it shows cannot be told, so it was not read: check the original (as read: \(subject))",
                    subject: subject)
            case .cellNumberUnread:
                return headerUnitMismatch(diagnostic, context: context)
            case .fileRepaired:
                return Finding(
                    rule: "file-repaired", severity: .warning, kind: .reading, place: place,
                    message: diagnostic.message,
                    english: "The file is damaged and was repaired to be read; part of it may not have been read: check"
                        + " the text and the tables' numbers against the original")
            case .pageImage:
                return Finding(
                    rule: "page-image", severity: .warning, kind: .reading, place: place,
                    message: diagnostic.message, english: diagnostic.englishMessage)
            case .pageTextUndecodable:
                return Finding(
                    rule: "page-text-undecodable", severity: .warning, kind: .reading, place: place,
                    message: diagnostic.message, english: diagnostic.englishMessage)
            case .encodingGB18030, .pageNumbers, .headingInText, .headingUnnumbered, .headingMalformed,
                .sectionNumberReused, .rowIncomplete, .rowOverfull, .cellReadAsNumber,
                .tableTruncated, .rowsMissing,
                .tableUnreadable, .tableEmpty, .columnsOutOfOrder:
                // Shown by other rules from the report itself (StructureRules, CellRules), or nothing to check.
                return nil
            }
        }
    }

    /// A figure left missing because its header names another unit than its column's (`本年收费金额（单位：元）`
    /// over 5000, where the format counts 万元), or a paragraph right above its table does (`单位：元`): the cell
    /// has no text for ``CellRules`` to find, and the parser's note says what was typed and why it was not read. A
    /// number typed with a unit (`5000元`) keeps its text, and ``CellRules/unitMismatch(_:_:_:_:_:)`` finds it: `nil`
    /// then.
    static func headerUnitMismatch(_ diagnostic: Diagnostic, context: CheckContext) -> Finding? {
        guard let subject = diagnostic.subject, let number = subject.table, let row = subject.row,
            let column = subject.column, let (table, section) = context.table(number),
            table.cell(row: row, column: column)?.isMissing == true
        else { return nil }
        let rowName = table.rows.first { $0.key == row }?.path.last ?? row
        let columnName = table.columnPath(column).last ?? column
        let own = table.templateDefinition?.column(column)?.unit.name ?? ""
        return Finding(
            rule: "cell-unit-mismatch", severity: .warning,
            place: context.place(table, section: section, row: row, column: column), message: diagnostic.message,
            english: number.englishCell(rowName, columnName) + " “\(subject.text ?? "")”: its header (or a line"
                + " above its table) names another unit than the format's \(own), so its value was not read; check it"
                + " and write it in \(own)",
            subject: subject.text)
    }
}

import Foundation
import ReportModel

/// What a table's header says about the unit of an amount column (表二's 本年收费金额, which the format counts in
/// 万元): a header that names another unit (`本年收费金额（单位：元）`, `（元）`, `（千元）`) says that the figures under
/// it are in that unit, so they are no values of the column. Read as they are, 5000 元 was stored, exported and
/// summed in the county workbook as 5000 万元 (wn99 F13); converted, the report would hold a figure the clerk did not
/// type. So such a figure is left *missing*, with a note that quotes it as typed and names the header's unit.
///
/// The one rule for every reader: the grid mapper (.docx, PDF, web page) asks it with the header cells above a
/// cell, the text reader with the words of the table that are no values; both also with the paragraphs right above
/// the table that say nothing but a unit (`单位：元`, `（单位：千元）`: ``statements(above:)``), which state it for
/// the whole table as a header does for its column. A header that names no unit
/// (`本年收费金额`) says what the format says (万元); 0 is 0 in any unit and is read; a figure typed with its own unit
/// (`0.5万元`) says its unit itself and is read as ``CellText`` reads it.
enum HeaderUnit {
    /// A unit a header names for an amount column, and the header that names it.
    struct Stated: Equatable {
        /// `元`, `千元`.
        let unit: String
        /// The header as typed (without the layout space around it), or the paragraph above the table.
        let header: String
        /// Whether a paragraph above the table states it (`单位：元`), not a header cell.
        var isAboveTable = false
    }

    /// The units of money a header may name, longest first.
    static let moneyUnits = ["亿元", "万元", "千元", "百元", "元"]

    /// The unit other than the column's own that `headers` name for an amount column: `元` of
    /// `本年收费金额（单位：元）`. Only a header that names the column (`…收费金额…`) or says nothing but a unit
    /// (`（单位：元）` on a line of its own) counts. `nil` when they name none, or only the column's own unit (`万元`,
    /// `（万）`), or the column counts no amount. `above` are the unit statements of the paragraphs above the table
    /// (``statements(above:)``): one that names another unit than the column's makes its figures no values of it even
    /// under a header in the column's own unit, the two disagreeing.
    static func foreign(in headers: [String], above: [String] = [], of column: ColumnTemplate) -> Stated? {
        guard case .amount(let own?) = column.unit else { return nil }
        let names = ([column.label] + column.variants).map { LooseKey.scalars(bare($0)) }.filter { !$0.isEmpty }
        for header in headers {
            let key = LooseKey.scalars(header)
            let statement = Self.statement(in: header)
            guard statement != nil || names.contains(where: { LabelVocabulary.contains(key, $0) }) else { continue }
            if let unit = units(in: statement ?? header).first(where: { $0 != own }) {
                return Stated(unit: unit, header: header.trimmingLayoutSpace())
            }
        }
        for statement in above {
            if let unit = units(in: Self.statement(in: statement) ?? statement).first(where: { $0 != own }) {
                return Stated(unit: unit, header: statement.trimmingLayoutSpace(), isAboveTable: true)
            }
        }
        return nil
    }

    /// The paragraphs right above a table that say nothing but a unit of money (`单位：元`, `（单位：千元）`,
    /// `金额单位：万元`), nearest first. Going up from the table, blank lines, page numbers, the captions of table 2's
    /// pieces (`第二十条第（八）项`) and `（续表）` are passed over; any other line ends the search (a heading, the
    /// table's title, a sentence, a row of another table).
    ///
    /// - Parameter lines: The lines above the table, in reading order.
    /// - Returns: The statements, and whether nothing but such lines stand above the table (`open`): a piece of a
    ///   table above them is then the same table, whose statements hold for this piece too.
    static func statements(above lines: some BidirectionalCollection<SourceLine>) -> (units: [String], open: Bool) {
        var units: [String] = []
        for line in lines.reversed() {
            let text = line.text
            if isLayoutStatement(text) {
                units.append(text)
            } else if !(line.isBlank || line.isPageNumber || LayoutCaptions.isCaption(text)
                || LayoutCaptions.isContinuation(text))
            {
                // The line that ends the search, the table's title, may state the unit at its end.
                if titleAndStatement(text) != nil { units.append(text) }
                return (units, false)
            }
        }
        return (units, true)
    }

    /// Whether a line belongs to a table's layout and states a unit: nothing but a unit (`单位：元`), or a caption of a
    /// piece of the table ending with one (`第二十条第（八）项　单位：元`, `（续表）（单位：元）`). Between two pieces of a
    /// template table it is passed over as a caption is, and kept after the table.
    static func isLayoutStatement(_ text: String) -> Bool {
        if isUnitStatement(text) { return true }
        guard let title = titleAndStatement(text)?.title else { return false }
        return LayoutCaptions.isCaption(title) || LayoutCaptions.isContinuation(title)
    }

    /// What in a line states a unit: all of it (`单位：元`), or its end after a title (``titleAndStatement(_:)``);
    /// `nil` when it states none.
    static func statement(in text: String) -> String? {
        isUnitStatement(text) ? text : titleAndStatement(text)?.statement
    }

    /// A line that ends with a unit statement after words of its own: `（单位：元）` of
    /// `表二 主动公开政府信息情况（单位：元）`, `单位：元` of `四、行政事业性收费⇥单位：元` (a table's title, which states
    /// the unit of the table under it as a line of its own does). The statement is a bracket (`（单位：元）`, `（元）`) or
    /// starts with `单位：` or `金额单位：`, and is the longest such end. `nil` when the line ends with none (`收费5000元`:
    /// a figure's unit is no statement), or is nothing but one.
    static func titleAndStatement(_ text: String) -> (title: String, statement: String)? {
        let trimmed = text.trimmingLayoutSpace()
        guard !trimmed.isEmpty else { return nil }
        var index = trimmed.index(after: trimmed.startIndex)
        while index < trimmed.endIndex {
            let rest = trimmed[index...]
            if rest.first == "（" || rest.first == "(" || statementOpenings.contains(where: { rest.hasPrefix($0) }),
                isUnitStatement(String(rest))
            {
                let title = trimmed[..<index].trimmingLayoutSpace()
                if !title.isEmpty { return (title, String(rest)) }
            }
            index = trimmed.index(after: index)
        }
        return nil
    }

    /// How a statement not in brackets starts.
    private static let statementOpenings = ["单位：", "单位:", "金额单位：", "金额单位:"]

    /// The note for a cell of an amount column whose header names another unit, when its figure is not read: a
    /// number other than 0 typed without a unit of its own. `nil` for any other text (a blank, `—`, `0`, `0.5万元`),
    /// which reads as it would under the column's own header.
    static func note(
        for text: String, under stated: Stated, row: RowTemplate, column: ColumnTemplate, in template: TableTemplate,
        line: Int? = nil
    ) -> Diagnostic? {
        switch CellText.reading(text, in: column.unit) {
        case .number(let value), .writtenNumber(let value, .chineseNumerals):
            guard value != 0 else { return nil }
        case .writtenNumber(_, .unit), .notFilled, .text:
            return nil
        }
        let own = column.unit.name ?? ""
        let typed = text.trimmingLayoutSpace()
        let statedBy = stated.isAboveTable ? "表格上方「\(stated.header)」" : "表头「\(stated.header)」"
        return Diagnostic(
            .warning, line: line, code: .cellNumberUnread,
            "\(template.shortName)「\(row.label)」行「\(bare(column.label))」列写作「\(typed)」：\(statedBy)"
                + "的单位是“\(stated.unit)”，不是规定的“\(own)”，未读取数值，按缺失处理（请核对，并按\(own)填写）",
            subject: DiagnosticSubject(table: template.table, row: row.key, column: column.key, text: typed))
    }

    /// The units of money a text names, in order: `元` of `（单位：元）`; a `万` alone in a unit's place (`（万）`,
    /// `单位：万`) names 万元.
    static func units(in text: String) -> [String] {
        let scalars = Array(LabelKey(text).text.unicodeScalars)
        var found: [String] = []
        var index = 0
        while index < scalars.count {
            if let unit = moneyUnits.first(where: { starts(scalars, at: index, with: $0) }) {
                found.append(unit)
                index += unit.unicodeScalars.count
                continue
            }
            if scalars[index] == "万", index > 0, "(:".unicodeScalars.contains(scalars[index - 1]),
                index + 1 == scalars.count || "),".unicodeScalars.contains(scalars[index + 1])
            {
                found.append("万元")
            }
            index += 1
        }
        return found
    }

    /// Whether a text says nothing but a unit: `（单位：元）`, `单位：万元`, `金额单位：元`, `（元）`, `(人民币元)`.
    static func isUnitStatement(_ text: String) -> Bool {
        let key = LabelKey(text).text
        // Taking the words out leaves every other scalar where it was, and a unit holds none but its own: a text with
        // a scalar of neither (nearly every label and cell asked) is told at once, without copying it seven times.
        guard key.unicodeScalars.allSatisfy(statementScalars.contains) else { return false }
        var rest = key
        for word in statementWords { rest = rest.replacing(word, with: "") }
        return moneyUnits.contains(rest) || rest == "万"
    }

    /// What a unit statement says besides its unit, taken out in this order.
    private static let statementWords = ["(", ")", "金额", "单位", ":", "人民币", "/"]
    /// The scalars of the statement words and of the units.
    private static let statementScalars = Set((statementWords + moneyUnits).flatMap(\.unicodeScalars))

    /// A header without the bracket at its end that states a unit of money (`本年收费金额` of
    /// `本年收费金额（单位：元）`), or `nil` when it ends with none.
    static func withoutUnit(_ text: String) -> String? {
        let trimmed = text.trimmingLayoutSpace()
        guard trimmed.hasSuffix("）") || trimmed.hasSuffix(")"),
            let open = trimmed.lastIndex(where: { $0 == "（" || $0 == "(" }), open > trimmed.startIndex,
            isUnitStatement(String(trimmed[open...]))
        else { return nil }
        return String(trimmed[..<open])
    }

    /// A label without the bracket that states its unit: `本年收费金额` of `本年收费金额（单位：万元）`.
    static func bare(_ label: String) -> String {
        String(label.prefix { $0 != "（" && $0 != "(" })
    }

    private static func starts(_ scalars: [Unicode.Scalar], at index: Int, with word: String) -> Bool {
        let needle = Array(word.unicodeScalars)
        return index + needle.count <= scalars.count && scalars[index..<(index + needle.count)].elementsEqual(needle)
    }
}

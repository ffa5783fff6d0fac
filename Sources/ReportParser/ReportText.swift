public import ReportModel

/// Writes a report as text in one canonical layout, which ``ReportParser`` reads back to the same report: exporting a
/// revision and committing the export is always `unchanged`.
///
/// The title, then the preamble, then each heading and its blocks, separated by blank lines; tables as
/// `| label | cell | … |` rows under their template's captions and headers; a cell that could not be read as
/// `[缺失]`. A paragraph that stops mid-sentence is followed by two blank lines so that it is not joined to the next.
/// A paragraph that would read back as something else — a heading (`一、…`, `（二）…`, `1.…`), a title, a page
/// number, a table's caption, row or label, Markdown marks — or that starts with `\\` is written after the escape
/// mark `\\`, which the parser drops: the line is then the paragraph's text exactly.
public enum ReportText {
    /// The canonical text of a report.
    public static func render(_ report: Report) -> String {
        var writer = Writer()
        if let title = report.title { writer.out += [title, ""] }
        writer.inPreamble = true
        for block in report.preamble { writer.render(block) }
        writer.inPreamble = false
        for section in report.sections { writer.render(section) }
        while writer.out.last == "" { writer.out.removeLast() }
        return writer.out.joined(separator: "\n") + "\n"
    }

    /// The lines written so far, and what a line about to be written follows.
    struct Writer {
        var out: [String] = []
        /// Whether the blocks being written come before the first section (where a short line may read as the title).
        var inPreamble = false
        /// The template table just written, whose region a following line might join.
        var afterTable: Int?

        mutating func render(_ section: Section) {
            out += [section.heading, ""]
            afterTable = nil
            for block in section.blocks { render(block) }
            for child in section.sections { render(child) }
        }

        mutating func render(_ block: Block) {
            switch block {
            case .paragraph(let paragraph):
                let text = paragraph.text
                out.append(
                    ReportText.needsEscape(text, afterTable: afterTable, inPreamble: inPreamble)
                        ? SourceLine.escapeMark + text : text)
                out.append("")
                if !text.isEmpty, !SentenceEnd.isAtEnd(of: text) {
                    out.append("")
                }
                afterTable = nil
            case .table(let table):
                if let template = table.templateDefinition {
                    ReportText.renderTemplate(table, template, into: &out)
                    afterTable = template.table
                } else {
                    ReportText.renderGrid(table, into: &out)
                    afterTable = nil
                }
                out.append("")
            }
        }
    }

    /// Whether a paragraph's text, written as a line of its own, would read back as anything but that paragraph.
    ///
    /// - Parameters:
    ///   - text: The paragraph's text.
    ///   - afterTable: The template table the line follows, if any (a short line may continue its region).
    ///   - inPreamble: Whether the line comes before the first section (a short line may read as the title).
    static func needsEscape(_ text: String, afterTable: Int?, inPreamble: Bool) -> Bool {
        if text.hasPrefix(SourceLine.escapeMark) { return true }
        let line = SourceLine(number: 1, raw: text)
        guard line.text == text, !line.hasPipe, !line.hasTab, !line.isPageNumber else { return true }
        let kind = LineKind.of(line)
        guard kind == .text else { return true }
        let start = TableRegion.start(at: line, kind: kind)
        if start != nil { return true }
        if let table = afterTable, TableRegion.continues(table, at: line, kind: kind, start: start) { return true }
        if inPreamble, ReportIdentity.mayReadAsTitle(text) { return true }
        return false
    }

    static func cellText(_ cell: Cell?) -> String {
        guard let cell, let text = cell.text else { return CellText.missingMark }
        // (a cell of several lines stays on its row's line, and a `|` in it stays in it: ``CellTokenizer/escaped(_:)``)
        return CellTokenizer.escaped(text)
    }

    static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    static func renderTemplate(_ table: Table, _ template: TableTemplate, into out: inout [String]) {
        switch template.table {
        case 2:
            var header: [String]?
            for row in template.rows {
                if row.group {
                    out.append(row.label)
                    header = nil
                    continue
                }
                let columns = template.columns(of: row)
                let labels = ["信息内容"] + columns.map(\.label)
                if header != labels {
                    out.append(Self.row(labels))
                    header = labels
                }
                let cells = columns.map { cellText(table.cell(row: row.key, column: $0.key)) }
                out.append(Self.row([row.label] + cells))
            }
        case 3:
            out.append(template.note ?? "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
            out.append(Self.row(["申请人情况"] + template.columns.map { $0.path.joined(separator: "/") }))
            for row in template.rows {
                if row.group {
                    out.append(Self.row([row.label]))
                    continue
                }
                let cells = template.columns(of: row).map { cellText(table.cell(row: row.key, column: $0.key)) }
                out.append(Self.row([row.label] + cells))
            }
        default:
            out.append("行政复议 | 行政诉讼")
            out.append(Self.row(["项目"] + template.columns.map { $0.path.joined(separator: "/") }))
            for row in template.dataRows {
                let cells = template.columns(of: row).map { cellText(table.cell(row: row.key, column: $0.key)) }
                out.append(Self.row([row.label] + cells))
            }
        }
    }

    static func renderGrid(_ table: Table, into out: inout [String]) {
        out.append(Self.row(table.columns.map { $0.path.last ?? $0.key }))
        out.append(Self.row(table.columns.map { _ in "---" }))
        for tableRow in table.rows {
            out.append(Self.row(table.columns.map { cellText(tableRow.cell($0.key)) }))
        }
    }
}

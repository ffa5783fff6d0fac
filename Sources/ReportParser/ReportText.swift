import ReportModel

/// Writes a report as text in one canonical layout, which ``ReportParser`` reads back to the same report.
///
/// The title, then the preamble, then each heading and its blocks, separated by blank lines; tables as
/// `| label | cell | … |` rows under their template's captions and headers; a cell that could not be read as
/// `[缺失]`. A paragraph that stops mid-sentence is followed by two blank lines so that it is not joined to the next.
public enum ReportText {
    /// The canonical text of a report.
    public static func render(_ report: Report) -> String {
        var out: [String] = []
        if let title = report.title { out += [title, ""] }
        for block in report.preamble { render(block, into: &out) }
        for section in report.sections { render(section, into: &out) }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    static func render(_ section: Section, into out: inout [String]) {
        out += [section.heading, ""]
        for block in section.blocks { render(block, into: &out) }
        for child in section.sections { render(child, into: &out) }
    }

    static func render(_ block: Block, into out: inout [String]) {
        switch block {
        case .paragraph(let paragraph):
            out.append(paragraph.text)
            out.append("")
            if let last = paragraph.text.unicodeScalars.last, !ParagraphAssembler.endsSentence(paragraph.text, end: last) {
                out.append("")
            }
        case .table(let table):
            if let template = table.templateDefinition {
                renderTemplate(table, template, into: &out)
            } else {
                renderGrid(table, into: &out)
            }
            out.append("")
        }
    }

    static func cellText(_ cell: Cell?) -> String {
        guard let cell, let text = cell.text else { return CellToken.missingMark }
        return text
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

import Foundation
import ReportModel

/// A report as an indented outline for the terminal: headings, the start of each paragraph, tables as grids.
enum OutlinePrinter {
    static func render(_ report: Report) -> String {
        var lines: [String] = []
        lines.append(Language.pick("标题：", "title:  ") + (report.title ?? Message.notFound.text))
        lines.append(Message.outlineAgency(report.agency).text)
        lines.append(Message.outlineYear(report.year).text)
        for block in report.preamble { render(block, indent: "  ", into: &lines) }
        for section in report.sections { render(section, indent: "", into: &lines) }
        return lines.joined(separator: "\n")
    }

    static func render(_ section: Section, indent: String, into lines: inout [String]) {
        lines.append("\(indent)§ \(section.heading)")
        for block in section.blocks { render(block, indent: indent + "    ", into: &lines) }
        for child in section.sections { render(child, indent: indent + "  ", into: &lines) }
    }

    static func render(_ block: Block, indent: String, into lines: inout [String]) {
        switch block {
        case .paragraph(let paragraph):
            let text = paragraph.text
            lines.append(indent + "¶ " + (text.characterCount > 60 ? String(text.prefix(60)) + "…" : text))
        case .table(let table):
            let missing = table.missingCount
            let name =
                table.templateDefinition.map {
                    Language.pick(
                        "\($0.shortName)（\($0.format) 年格式）", "table \($0.table) (\($0.format))")
                } ?? Language.pick("表格", "table")
            lines.append(
                indent + "▦ "
                    + Language.pick(
                        "\(name)：\(table.rows.count) 行，\(table.cells.count) 格\(missing > 0 ? "，缺 \(missing) 格" : "")",
                        "\(name): \(Language.counted(table.rows.count, "row")), \(Language.counted(table.cells.count, "cell"))"
                            + (missing > 0 ? ", \(missing) missing" : "")))
            for row in table.rows {
                // A cell of several lines stays on its row's line, its breaks shown as ⏎.
                let cells = row.cells.map { cell in
                    cell.text.map { text in
                        text.isEmpty ? "∅" : text.trimmingLayoutSpace().replacingOccurrences(of: "\n", with: "⏎")
                    } ?? "?"
                }
                lines.append(indent + "  " + (row.path.last ?? row.key) + " | " + cells.joined(separator: " | "))
            }
        }
    }
}

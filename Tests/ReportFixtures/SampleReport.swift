public import ReportModel

/// Reports built in code for store and repository tests: the six sections of the national format, paragraphs that
/// name the agency and the year, and the three template tables with every cell `0` (as most townships file them).
public enum SampleReport {
    /// A complete report of an agency for a year.
    ///
    /// - Parameters:
    ///   - agency: The agency's name as the report writes it.
    ///   - year: The report's year.
    ///   - paragraphs: How many paragraphs of filler text section 一 gets (to grow the report).
    public static func make(agency: String = "常张乡人民政府", year: Int = 2024, paragraphs: Int = 3) -> Report {
        let intro =
            "根据《中华人民共和国政府信息公开条例》规定，\(agency)编制了\(year)年政府信息公开工作年度报告。"
            + "本报告中使用数据统计期限为\(year)年1月1日至12月31日。"
        let filler = (0..<paragraphs).map { index in
            Block.paragraph(
                Paragraph(
                    "\(year)年，\(agency)坚持以公开为常态、不公开为例外，第\(index + 1)项工作稳步推进，"
                        + "全年主动公开政府信息\(100 + index)条，涉及社会救助、应急管理、财政资金等重点领域。"))
        }
        return Report(
            title: "\(agency)\(year)年政府信息公开工作年度报告", agency: agency, year: year,
            preamble: [.paragraph(Paragraph(intro))],
            sections: [
                Section(
                    heading: "一、总体情况",
                    sections: [
                        Section(heading: "（一）主动公开情况", blocks: filler),
                        Section(
                            heading: "（二）依申请公开情况",
                            blocks: [.paragraph(Paragraph("\(year)年我单位未接收到任何依申请公开的申请。"))]),
                    ]),
                Section(heading: "二、主动公开政府信息情况", blocks: [.table(zeroTable("table2-2021"))]),
                Section(heading: "三、收到和处理政府信息公开申请情况", blocks: [.table(zeroTable("table3-2021"))]),
                Section(heading: "四、政府信息公开行政复议、行政诉讼情况", blocks: [.table(zeroTable("table4-2021"))]),
                Section(
                    heading: "五、存在的主要问题及改进情况",
                    blocks: [.paragraph(Paragraph("\(year)年，我乡政府信息公开工作仍存在公开内容不够全面等问题。"))]),
                Section(
                    heading: "六、其他需要报告的事项",
                    blocks: [.paragraph(Paragraph("本年度未收取信息处理费。"))]),
            ])
    }

    /// A template table with every cell `0`.
    public static func zeroTable(_ template: String) -> Table {
        guard let definition = TemplateCatalog.standard.table(id: template) else {
            return Table(template: nil, columns: [], rows: [])
        }
        var table = Table(template: definition)
        for (row, cell) in table.cells { table.setText("0", row: row.key, column: cell.column) }
        return table
    }

    /// The report with the text of one cell of table 3 changed.
    ///
    /// - Parameters:
    ///   - report: A report made by ``make(agency:year:paragraphs:)``.
    ///   - index: Which cell of table 3, in row-major order (wraps around).
    ///   - text: Its new text.
    public static func settingTable3Cell(of report: Report, index: Int, to text: String) -> Report {
        var edited = report
        guard case .table(var table) = edited.sections[2].blocks[0] else { return report }
        let cells = table.cells
        let (row, cell) = cells[index % cells.count]
        table.setText(text, row: row.key, column: cell.column)
        edited.sections[2].blocks[0] = .table(table)
        return edited
    }

    /// The sample report with last year's table 3 left above its own (both kept, neither read as the report's: review
    /// rv112 F14): a copy of its table 3 whose first cell (本年新收 · 自然人) reads `old`.
    public static func withLastYearsTable3(_ old: String, agency: String = "常张乡人民政府", year: Int = 2024) -> Report {
        var report = make(agency: agency, year: year)
        guard case .table(var copy)? = report.sections[2].blocks.first else { return report }
        copy.setText(old, row: "received", column: "natural-person")
        report.sections[2].blocks.insert(.table(copy), at: 0)
        return report
    }

    /// The report with one filler paragraph of section 一 rewritten.
    public static func rewritingParagraph(of report: Report, index: Int, to text: String) -> Report {
        var edited = report
        var blocks = edited.sections[0].sections[0].blocks
        guard !blocks.isEmpty else { return report }
        blocks[index % blocks.count] = .paragraph(Paragraph(text))
        edited.sections[0].sections[0].blocks = blocks
        return edited
    }
}

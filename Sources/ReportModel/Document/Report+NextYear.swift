/// Next year's draft of a report: the rule that starts year N+1 from year N's report, for the clerk to fill in.

extension Report {
    /// The draft of next year's report made from this one (the report of year N).
    ///
    /// - The year moves on: the report's year, the title's years, and in the paragraphs before the first section
    ///   and any paragraph that gives the statistics period, every `N年` becomes `N+1年` (a report without a title
    ///   gets `<agency><N+1>年政府信息公开工作年度报告` when its agency is known).
    /// - Tables 2, 3 and 4 take the newest template of their number when the new year is 2021 or later, with
    ///   every cell empty but table 3's 上年结转 row, which holds this year's 结转下年度 column by column (as
    ///   written; a 结转下年度 cell that could not be read leaves its 上年结转 cell empty, and so does a report
    ///   holding two tables 3 that differ, ``table(number:)``). A table that follows no template keeps its first
    ///   column (the row labels) and empties the others.
    /// - A paragraph that is only a date of year N+1 (the 落款's signing date, `2025年1月10日`) moves on a year too
    ///   (`2026年1月10日`): kept, the check called the new draft signed before its year ended (user review ux98, N).
    ///   A date written in Chinese numerals (`二〇二五年一月十日`) is kept as written.
    /// - Every other paragraph and heading is kept as written, for the clerk to rewrite.
    /// - A section of the six this report lacks is added, in its place, under its canonical heading (`四、政府信息公开
    ///   行政复议、行政诉讼情况`), a table 2, 3 or 4 that sat before the first section moves to the end of its section
    ///   (``movingTemplateTables(from:into:)``), and a table 2, 3 or 4 the report lacks is added empty at the end of
    ///   its section: the clerk has one place for every part of the national format.
    ///
    /// - Returns: `nil` when this report has no year.
    public func nextYearDraft() -> Report? {
        guard let year else { return nil }
        var draft = self
        draft.year = year + 1
        if let title {
            draft.title = Self.movingYear(year, in: title)
        } else if let agency {
            draft.title = "\(agency)\(year + 1)年政府信息公开工作年度报告"
        }
        var preamble = preamble.map { Self.draftBlock($0, movingYear: year, wholeText: true) }
        var sections = Self.withEverySection(sections.map { Self.draftSection($0, movingYear: year) })
        Self.movingTemplateTables(from: &preamble, into: &sections)
        draft.preamble = preamble
        draft.sections = Self.withEveryTable(sections, newYear: year + 1)
        if copies(ofTable: 3).count > 1, table(number: 3) == nil {
            // Two tables 3 that differ: which one's 结转下年度 is the year's cannot be told (rv113 F2).
            draft.emptyingCarriedOver()
        }
        return draft
    }

    /// Empties the 上年结转 row of every table 3.
    mutating func emptyingCarriedOver() {
        func empty(_ blocks: inout [Block]) {
            for index in blocks.indices {
                guard case .table(var table) = blocks[index], table.templateDefinition?.table == 3 else { continue }
                for column in table.columns { table.setText("", row: "carried-over", column: column.key) }
                blocks[index] = .table(table)
            }
        }
        func walk(_ sections: inout [Section]) {
            for index in sections.indices {
                empty(&sections[index].blocks)
                walk(&sections[index].sections)
            }
        }
        empty(&preamble)
        walk(&sections)
    }

    /// The sections with each of the six the report lacks added in its place.
    static func withEverySection(_ sections: [Section]) -> [Section] {
        var completed = sections
        for template in TemplateCatalog.standard.sections
        where !completed.contains(where: { $0.templateSlot == template.slot }) {
            let place = completed.firstIndex { ($0.templateSlot ?? 0) > template.slot } ?? completed.endIndex
            completed.insert(Section(heading: template.heading), at: place)
        }
        return completed
    }

    /// The sections with each template table they should hold and the report has nowhere added empty at the end of
    /// its section.
    static func withEveryTable(_ sections: [Section], newYear: Int) -> [Section] {
        let catalog = TemplateCatalog.standard
        var completed = sections
        let held = Set(Report(sections: completed).tables.compactMap { $0.table.templateDefinition?.table })
        for index in completed.indices {
            guard let slot = completed[index].templateSlot, let number = catalog.section(slot: slot)?.table,
                !held.contains(number), let table = emptyTable(number: number, newYear: newYear)
            else { continue }
            completed[index].blocks.append(.table(table))
        }
        return completed
    }

    /// A template table that sat before the first section (a report whose tables were read above its headings) is
    /// moved to the end of its own section when that section holds none of its number: the draft has one table 3, in
    /// 三, where the clerk fills it in and the county's workbook reads it. Left where it was, the draft had held it
    /// and an empty table 3 in 三: the clerk filled the second, the workbook read the first (rv105 F15).
    static func movingTemplateTables(from preamble: inout [Block], into sections: inout [Section]) {
        let catalog = TemplateCatalog.standard
        preamble.removeAll { block in
            guard case .table(let table) = block, let number = table.templateDefinition?.table,
                let index = sections.firstIndex(where: { section in
                    section.templateSlot.flatMap { catalog.section(slot: $0)?.table } == number
                }),
                !Report(sections: [sections[index]]).tables.contains(where: {
                    $0.table.templateDefinition?.table == number
                })
            else { return false }
            sections[index].blocks.append(block)
            return true
        }
    }

    /// A template table of next year's draft with every cell empty, in the format ``draftTemplate(of:newYear:)``
    /// gives a table of that number.
    static func emptyTable(number: Int, newYear: Int) -> Table? {
        let templates = TemplateCatalog.standard.tables(number: number)
        return (templates.first { $0.format <= newYear } ?? templates.last).map {
            empty(draftTemplate(of: $0, newYear: newYear))
        }
    }

    /// The format of a table in next year's draft: the newest of its number from 2021 on, else the one it has.
    static func draftTemplate(of template: TableTemplate, newYear: Int) -> TableTemplate {
        newYear >= 2021 ? TemplateCatalog.standard.tables(number: template.table).first ?? template : template
    }

    /// A table of a template with every cell there and empty, for the clerk to fill.
    static func empty(_ template: TableTemplate) -> Table {
        var table = Table(template: template)
        for (row, cell) in table.cells { table.setText("", row: row.key, column: cell.column) }
        return table
    }

    /// A text with every `year年` (as ``YearMentions`` finds them) written as `year+1年`.
    static func movingYear(_ year: Int, in text: String) -> String {
        let mentions = YearMentions.all(in: text).filter { $0.year == year }
        guard !mentions.isEmpty else { return text }
        var characters = Array(text)
        for mention in mentions.reversed() {
            characters.replaceSubrange(mention.offset..<(mention.offset + 4), with: Array(String(year + 1)))
        }
        return String(characters)
    }

    static func draftSection(_ section: Section, movingYear year: Int) -> Section {
        var draft = section
        draft.blocks = section.blocks.map { draftBlock($0, movingYear: year, wholeText: false) }
        draft.sections = section.sections.map { draftSection($0, movingYear: year) }
        return draft
    }

    /// A block of the draft: a paragraph of the preamble (`wholeText`) or one giving the statistics period with its
    /// years moved on, a table emptied.
    static func draftBlock(_ block: Block, movingYear year: Int, wholeText: Bool) -> Block {
        switch block {
        case .paragraph(let paragraph):
            if YearMentions.dateLine(paragraph.text)?.year == year + 1 {
                return .paragraph(Paragraph(movingYear(year + 1, in: paragraph.text)))
            }
            guard wholeText || YearMentions.statisticsYear(in: paragraph.text) == year else { return block }
            return .paragraph(Paragraph(movingYear(year, in: paragraph.text)))
        case .table(let table):
            return .table(draftTable(table, newYear: year + 1))
        }
    }

    /// A table of next year's draft: empty but for 上年结转.
    static func draftTable(_ table: Table, newYear: Int) -> Table {
        guard let template = table.templateDefinition else {
            var draft = table
            let first = table.columns.first?.key
            for row in draft.rows.indices {
                for cell in draft.rows[row].cells.indices where draft.rows[row].cells[cell].column != first {
                    draft.rows[row].cells[cell].text = ""
                }
            }
            return draft
        }
        let newest = draftTemplate(of: template, newYear: newYear)
        var draft = empty(newest)
        if newest.table == 3 {
            for column in newest.columns {
                guard let text = table.cell(row: "carry-forward", column: column.key)?.text else { continue }
                draft.setText(text, row: "carried-over", column: column.key)
            }
        }
        return draft
    }
}

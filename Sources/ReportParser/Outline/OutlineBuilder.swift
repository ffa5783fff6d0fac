import ReportModel

/// Builds the section tree as headings and blocks arrive in document order.
///
/// Numbering styles nest in the order they appear (一、 > （一） > 1. > （1）); a heading typed twice in a row
/// (`一、总体情况` / `一、总体情况`) is one section.
struct OutlineBuilder {
    private struct FlatSection {
        var heading: String
        var depth: Int
        var style: NumberingStyle?
        /// The heading's number, read once (``Heading/number``).
        var number: SectionNumber?
        var blocks: [Block] = []
        var line: Int
    }

    private(set) var preamble: [Block] = []
    private var flat: [FlatSection] = []
    private var styles: [NumberingStyle?] = []
    private(set) var diagnostics: [Diagnostic] = []

    /// Whether a section has been opened.
    var hasSection: Bool { !flat.isEmpty }

    /// How many top-level sections have been opened: the last one opened is the report's section at this count.
    var topLevelSectionCount: Int { flat.count { $0.depth == 0 } }

    /// Opens a top-level section.
    mutating func openSection(_ heading: String, line: Int) {
        let number = Heading(heading).number
        if let last = flat.last, last.depth == 0, LabelKey(last.heading) == LabelKey(heading) {
            diagnostics.append(
                Diagnostic(
                    .warning, line: line, code: .headingRepeated, "同一标题重复输入了两次，已读作一个：\(heading)",
                    subject: DiagnosticSubject(text: heading)))
            styles = [number?.style]
            return
        }
        if let number, flat.contains(where: { $0.depth == 0 && $0.number?.value == number.value }) {
            diagnostics.append(
                Diagnostic(
                    .warning, line: line, code: .sectionNumberReused, "编号\(number.text)第二次使用：\(heading)",
                    subject: DiagnosticSubject(text: heading)))
        }
        flat.append(FlatSection(heading: heading, depth: 0, style: number?.style, number: number, line: line))
        styles = [number?.style ?? .chineseComma]
    }

    /// Opens a subsection under the current section; returns `false` when no section is open yet.
    mutating func openSubsection(_ heading: String, style: NumberingStyle, line: Int) -> Bool {
        guard !flat.isEmpty else { return false }
        while styles.count > 1, let last = styles.last, (last?.usualLevel ?? 1) >= style.usualLevel {
            styles.removeLast()
        }
        let depth = styles.count
        if let last = flat.last, last.depth == depth, LabelKey(last.heading) == LabelKey(heading) {
            diagnostics.append(
                Diagnostic(
                    .warning, line: line, code: .headingRepeated, "同一标题重复输入了两次，已读作一个：\(heading)",
                    subject: DiagnosticSubject(text: heading)))
            styles.append(style)
            return true
        }
        styles.append(style)
        let parsed = Heading(heading)
        flat.append(FlatSection(heading: heading, depth: depth, style: style, number: parsed.number, line: line))
        if let number = parsed.number, Heading.leadingNumber(of: parsed.title) != nil {
            diagnostics.append(
                Diagnostic(
                    .warning, line: line, code: .headingMalformed, "标题有两个编号（\(number.text)和其后的编号）：\(heading)",
                    subject: DiagnosticSubject(text: heading)))
        }
        return true
    }

    /// Adds a block to the current section, or to the preamble before any section.
    mutating func append(_ block: Block) {
        if flat.isEmpty {
            preamble.append(block)
        } else {
            flat[flat.count - 1].blocks.append(block)
        }
    }

    /// Whether the last block so far is a table of the format.
    var endsWithTemplateTable: Bool {
        let blocks = flat.isEmpty ? preamble : flat[flat.count - 1].blocks
        return blocks.last?.table?.template != nil
    }

    /// Fills the missing cells of the last block, when it is a table of the same template, from `table`: the
    /// pieces of one template table split into several grids. Returns `false` when the last block is not one, or
    /// when `table` fills a cell the last one has filled otherwise: a second copy of the table, no piece of it
    /// (review rv112 F14: this year's table 3 under last year's had vanished into it).
    mutating func mergeIntoLastTable(_ table: Table) -> Bool {
        let blocks = flat.isEmpty ? preamble : flat[flat.count - 1].blocks
        guard case .table(var last) = blocks.last, last.template != nil, last.template == table.template else {
            return false
        }
        let overlaps = table.rows.contains { row in
            row.cells.contains { cell in
                guard !cell.isMissing, let other = last.cell(row: row.key, column: cell.column) else { return false }
                return !other.isMissing && other.text != cell.text
            }
        }
        guard !overlaps else { return false }
        for row in table.rows {
            for cell in row.cells where !cell.isMissing {
                if last.cell(row: row.key, column: cell.column)?.isMissing == true {
                    last.setText(cell.text, row: row.key, column: cell.column)
                }
            }
        }
        if flat.isEmpty {
            preamble[preamble.count - 1] = .table(last)
        } else {
            flat[flat.count - 1].blocks[flat[flat.count - 1].blocks.count - 1] = .table(last)
        }
        return true
    }

    /// The section tree.
    func sections() -> [Section] {
        var index = 0
        return build(depth: 0, index: &index)
    }

    private func build(depth: Int, index: inout Int) -> [Section] {
        var sections: [Section] = []
        while index < flat.count, flat[index].depth >= depth {
            let node = flat[index]
            index += 1
            var section = Section(heading: node.heading, blocks: node.blocks)
            section.sections = build(depth: node.depth + 1, index: &index)
            sections.append(section)
        }
        return sections
    }
}

import ReportModel

/// The comparison forms the merge, history and blame use to tell a change from noise: two versions of a unit with
/// equal forms are the same content (whitespace, width and, for numbers, the way they are written aside).
enum UnitFingerprint {
    /// The form of a text; `nil` (a text that is not there) differs from every text.
    static func text(_ text: String?) -> String {
        text.map { TextKey.make($0) } ?? "\u{1}"
    }

    /// The form of a cell's text: its number's value, one mark for every way of writing "nothing here" (`—`, `无`,
    /// blank), else its text; a missing cell (`nil`) differs from every text.
    static func cell(_ text: String?) -> String {
        guard let text else { return "\u{1}" }
        if let value = CellText.number(text) { return "\(value)" }
        return CellText.isPlaceholder(text) ? "\u{2}" : TextKey.make(text)
    }

    /// The form of a section, its subsections included.
    static func section(_ section: Section) -> String {
        var parts = ["§" + TextKey.make(section.heading)]
        parts += section.blocks.map(block)
        parts += section.sections.map(self.section)
        return parts.joined(separator: "\u{1F}")
    }

    /// The form of a block.
    static func block(_ block: Block) -> String {
        switch block {
        case .paragraph(let paragraph): "¶" + TextKey.make(paragraph.text)
        case .table(let table): self.table(table)
        }
    }

    /// The form of a table: its template and every cell.
    static func table(_ table: Table) -> String {
        var parts = ["▦" + (table.template ?? "")]
        for row in table.rows {
            for cell in row.cells {
                parts.append("\(row.key)\u{1E}\(cell.column)\u{1E}\(self.cell(cell.text))")
            }
        }
        return parts.joined(separator: "\u{1F}")
    }
}

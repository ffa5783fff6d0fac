/// One agency's 政府信息公开工作年度报告 for one year, as its text says it.
///
/// A report holds what was written and nothing derived: the title, the agency and the year found in the text,
/// the paragraphs before the first section (the preamble), and the numbered sections with their paragraphs and
/// tables. Two reports are equal when their content is equal, whatever layout each was typed in.
public struct Report: Sendable, Hashable {
    /// The title as typed, lines joined (`常张乡人民政府2024年政府信息公开工作年度报告`), or `nil` when the text has none.
    public var title: String?
    /// The agency's name as the text gives it (`常张乡人民政府`), or `nil` when it could not be found.
    public var agency: String?
    /// The year the report is about, from the title or the statistics-period sentence.
    public var year: Int?
    /// The blocks before the first section: the introduction, the statistics-period sentence.
    public var preamble: [Block]
    /// The top-level sections in document order.
    public var sections: [Section]

    /// Creates a report.
    public init(
        title: String? = nil, agency: String? = nil, year: Int? = nil, preamble: [Block] = [], sections: [Section] = []
    ) {
        self.title = title
        self.agency = agency
        self.year = year
        self.preamble = preamble
        self.sections = sections
    }

    /// Every table of the report in document order, with the section path that holds it.
    public var tables: [(path: [Int], table: Table)] {
        var found: [(path: [Int], table: Table)] = []
        for case .table(let table) in preamble { found.append(([], table)) }
        for (index, section) in sections.enumerated() {
            section.collectTables(into: &found, path: [index])
        }
        return found
    }

    /// The first table built on a template of the given table number (2, 3 or 4).
    public func table(number: Int) -> Table? {
        tables.first { $0.table.templateDefinition?.table == number }?.table
    }

    /// The top-level section that plays the template's section `slot` (1 to 6), matched by title, then by number.
    public func section(slot: Int) -> Section? {
        sections.first { $0.templateSlot == slot }
            ?? sections.first {
                $0.templateSlot == nil && $0.number?.style == .chineseComma && $0.number?.value == slot
            }
    }
}

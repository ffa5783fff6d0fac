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

    /// The table built on a template of the given table number (2, 3 or 4): the first, or `nil` when the report
    /// holds copies of it that fill a cell differently — last year's table 3 left above this year's — since which is
    /// the year's cannot be told (review rv112 F14). Pieces of a table split by a paragraph, which fill different
    /// cells, are not copies: the first is the table.
    public func table(number: Int) -> Table? { table(numbered: number)?.table }

    /// ``table(number:)`` with the path of the section holding it.
    public func table(numbered number: Int) -> (path: [Int], table: Table)? {
        let copies = copies(ofTable: number)
        guard let first = copies.first else { return nil }
        for other in copies.dropFirst() where Self.fillDifferently(first.table, other.table) { return nil }
        return first
    }

    /// Every table built on a template of the given table number, in document order.
    public func copies(ofTable number: Int) -> [(path: [Int], table: Table)] {
        tables.filter { $0.table.templateDefinition?.table == number }
    }

    /// Whether two tables fill one cell with different texts: copies of a table, not pieces of one (which fill
    /// different cells).
    public static func fillDifferently(_ one: Table, _ other: Table) -> Bool {
        let texts = Dictionary(
            one.rows.flatMap { row in row.cells.compactMap { $0.isMissing ? nil : ("\(row.key)|\($0.column)", $0.text) }
            },
            uniquingKeysWith: { first, _ in first })
        return other.rows.contains { row in
            row.cells.contains { cell in
                guard !cell.isMissing, let known = texts["\(row.key)|\(cell.column)"] else { return false }
                return known != cell.text
            }
        }
    }

    /// The top-level section that plays the template's section `slot` (1 to 6), matched by title, then by number.
    public func section(slot: Int) -> Section? {
        sections.first { $0.templateSlot == slot }
            ?? sections.first {
                $0.templateSlot == nil && $0.number?.style == .chineseComma && $0.number?.value == slot
            }
    }
}

/// A numbered part of a report: its heading, the blocks under it, then its subsections.
///
/// Paragraphs that follow a subsection belong to that subsection, as they do on the page.
public struct Section: Sendable, Hashable {
    /// The heading as typed, without layout marks (`（一）主动公开情况`, `五、存在的主要问题及改进情况`).
    public var heading: String
    /// The blocks between the heading and the first subsection.
    public var blocks: [Block]
    /// The subsections in document order.
    public var sections: [Section]

    /// Creates a section.
    public init(heading: String, blocks: [Block] = [], sections: [Section] = []) {
        self.heading = heading
        self.blocks = blocks
        self.sections = sections
    }

    /// The number the heading starts with, if any.
    public var number: SectionNumber? { Heading(heading).number }

    /// The title: the heading without its number and without trailing punctuation.
    public var title: String { Heading(heading).title }

    /// The template section (1 to 6) whose title or title variant this section's title is, if any.
    public var templateSlot: Int? { TemplateCatalog.standard.sectionSlot(forTitle: title) }

    /// Every paragraph of this section and of its subsections, in document order.
    public var allParagraphs: [Paragraph] {
        var found: [Paragraph] = []
        for case .paragraph(let paragraph) in blocks { found.append(paragraph) }
        for section in sections { found += section.allParagraphs }
        return found
    }

    /// Every table of this section and of its subsections, in document order.
    public var allTables: [Table] {
        var found: [(path: [Int], table: Table)] = []
        collectTables(into: &found, path: [])
        return found.map(\.table)
    }

    func collectTables(into found: inout [(path: [Int], table: Table)], path: [Int]) {
        for case .table(let table) in blocks { found.append((path, table)) }
        for (index, section) in sections.enumerated() {
            section.collectTables(into: &found, path: path + [index])
        }
    }
}

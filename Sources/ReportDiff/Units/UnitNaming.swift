import ReportModel

/// Names units of one report: the bridge from index paths to ``UnitID`` (``UnitIndex`` finds named units).
enum UnitNaming {
    /// A section's name before disambiguation: its number's value, or its title when it has none.
    static func baseName(of section: Section) -> String {
        baseName(of: Heading(section.heading))
    }

    /// A section's name before disambiguation, from its heading already read.
    static func baseName(of heading: Heading) -> String {
        if let number = heading.number {
            switch number.style {
            case .chineseComma, .chineseParen: return ChineseNumerals.string(number.value)
            case .arabicDot, .arabicComma, .arabicParen: return String(number.value)
            }
        }
        let title = heading.title.removingLayoutSpace()
        return title.isEmpty ? "untitled" : title
    }

    /// The names of sibling sections, with `#2`, `#3` … added where names repeat.
    static func names(of siblings: [Section]) -> [String] {
        names(ofHeadings: siblings.map { Heading($0.heading) })
    }

    /// The names of sibling sections from their headings already read.
    static func names(ofHeadings headings: [Heading]) -> [String] {
        var seen: [String: Int] = [:]
        return headings.map { heading in
            let base = baseName(of: heading)
            let count = seen[base, default: 0] + 1
            seen[base] = count
            return count == 1 ? base : "\(base)#\(count)"
        }
    }

    /// The unit id of a section at an index path.
    static func sectionID(_ path: [Int], in report: Report) -> UnitID {
        var components: [UnitID.Component] = []
        var siblings = report.sections
        for index in path {
            guard siblings.indices.contains(index) else { break }
            components.append(.section(names(of: siblings)[index]))
            siblings = siblings[index].sections
        }
        return UnitID(components)
    }

    /// The unit id of a container.
    static func containerID(_ container: BlockContainer, in report: Report) -> UnitID {
        switch container {
        case .preamble: UnitID([.preamble])
        case .section(let path): sectionID(path, in: report)
        }
    }

    /// The name of the table at a block index (`table3`, `table3#2`, `grid1`: ``TableUnitName``).
    static func tableName(at index: Int, in blocks: [Block]) -> String {
        guard blocks.indices.contains(index), blocks[index].table != nil else { return "grid0" }
        NamingWork.count(index + 1)
        return TableUnitName.names(of: blocks[...index]).last??.description ?? "grid0"
    }

    /// The number of the template table (2, 3 or 4), from the catalog or from the id (`table3-2021`).
    static func templateNumber(of table: Table) -> Int? {
        if let definition = table.templateDefinition { return definition.table }
        guard let id = table.template, id.hasPrefix("table") else { return nil }
        return Int(id.dropFirst(5).prefix { $0.isNumber })
    }

    /// The component that names each block of a container, in one pass: `.paragraph(n)` for the n-th paragraph,
    /// `.table(name)` for a table (``tableName(at:in:)``).
    ///
    /// - Complexity: O(b) for b blocks (``blockID(_:_:in:)`` of each would be O(b²)).
    static func blockComponents(of blocks: [Block]) -> [UnitID.Component] {
        NamingWork.count(blocks.count)
        let tables = TableUnitName.names(of: blocks)
        var paragraphs = 0
        return blocks.indices.map { index in
            if let table = tables[index] { return .table(table.description) }
            paragraphs += 1
            return .paragraph(paragraphs)
        }
    }

    /// The unit id of a block (paragraph or table) of a container.
    static func blockID(_ container: BlockContainer, _ index: Int, in report: Report) -> UnitID {
        let parent = containerID(container, in: report)
        guard let blocks = report.blocks(in: container), blocks.indices.contains(index) else { return parent }
        switch blocks[index] {
        case .paragraph:
            NamingWork.count(index + 1)
            let ordinal = blocks[...index].filter { $0.paragraph != nil }.count
            return parent.appending(.paragraph(ordinal))
        case .table:
            return parent.appending(.table(tableName(at: index, in: blocks)))
        }
    }

    /// The unit id of a location in a report.
    static func id(of location: UnitLocation, in report: Report) -> UnitID {
        switch location {
        case .field(let component): UnitID([component])
        case .container(let container): containerID(container, in: report)
        case .heading(let path): sectionID(path, in: report).appending(.heading)
        case .block(let container, let index): blockID(container, index, in: report)
        case .cell(let container, let index, let row, let column):
            blockID(container, index, in: report).appending(.cell(row: row, column: column))
        }
    }

    /// The section a name finds among siblings none of which it names exactly (their names, ``names(of:)``).
    static func sectionIndex(namedOtherwise name: String, among siblings: [Section], topLevel: Bool) -> Int? {
        // A top-level section named by its number may be typed without one (`存在的主要问题及改进情况` for 五).
        if topLevel, let value = ChineseNumerals.value(of: name) {
            return siblings.firstIndex { $0.number == nil && $0.templateSlot == value }
        }
        // A section named by its title may have gained a number.
        let key = LabelKey(name)
        return siblings.firstIndex { LabelKey($0.title) == key }
    }
}

import ReportModel

/// Where the blocks of a unit live in one report: the preamble, or a section by its index path.
enum BlockContainer: Hashable, Sendable {
    /// The blocks before the first section.
    case preamble
    /// A section, by the indices from the top level down.
    case section([Int])

    /// The section's index path, or `nil` for the preamble.
    var sectionPath: [Int]? {
        if case .section(let path) = self { return path }
        return nil
    }
}

/// A place of a block in a report.
struct BlockLocation: Hashable, Sendable {
    var container: BlockContainer
    var index: Int
}

/// Where a unit is in one report, by indices: what ``UnitID`` names, resolved against one document.
enum UnitLocation: Hashable, Sendable {
    /// A field of the report: `.title`, `.agency` or `.year`.
    case field(UnitID.Component)
    /// A whole section, or the preamble.
    case container(BlockContainer)
    /// A section's heading.
    case heading([Int])
    /// A paragraph or a table, by its index among the container's blocks.
    case block(BlockContainer, Int)
    /// A cell of the table at a block index.
    case cell(BlockContainer, Int, row: String, column: String)

    /// The container the unit is in or is.
    var container: BlockContainer? {
        switch self {
        case .field: nil
        case .container(let container): container
        case .heading(let path): .section(path)
        case .block(let container, _), .cell(let container, _, _, _): container
        }
    }
}

extension Report {
    /// The section at an index path, if there is one.
    func section(at path: [Int]) -> Section? {
        guard let first = path.first, sections.indices.contains(first) else { return nil }
        var section = sections[first]
        for index in path.dropFirst() {
            guard section.sections.indices.contains(index) else { return nil }
            section = section.sections[index]
        }
        return section
    }

    /// The blocks of a container, if it exists.
    func blocks(in container: BlockContainer) -> [Block]? {
        switch container {
        case .preamble: preamble
        case .section(let path): section(at: path)?.blocks
        }
    }

    /// Changes the section at an index path in place; does nothing when there is none.
    mutating func modifySection(at path: [Int], _ body: (inout Section) -> Void) {
        guard let first = path.first, sections.indices.contains(first) else { return }
        Self.modify(&sections[first], path: path.dropFirst(), body)
    }

    private static func modify(_ section: inout Section, path: ArraySlice<Int>, _ body: (inout Section) -> Void) {
        guard let first = path.first else {
            body(&section)
            return
        }
        guard section.sections.indices.contains(first) else { return }
        modify(&section.sections[first], path: path.dropFirst(), body)
    }

    /// The siblings at the level of an index path: the top-level sections or a section's subsections.
    func siblings(ofSectionAt path: [Int]) -> [Section] {
        if path.count <= 1 { return sections }
        return section(at: Array(path.dropLast()))?.sections ?? []
    }
}

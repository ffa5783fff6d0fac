public import ReportModel

/// Every unit of one report named in one walk, and found by its name: ``UnitNaming`` for all of a report's units at
/// once.
///
/// Naming a paragraph, or finding one by its name, counts the paragraphs before it in its section: done for each unit
/// of a report of thousands of paragraphs, that is millions of steps — a reviewer's page of a 4,000-paragraph report
/// took 14 s to list the places a comment may be written on, and a commit's check for others' changes it would undo
/// minutes (rv107 F7). The index names each unit as ``UnitNaming/id(of:in:)`` does, and finds each name in constant
/// time once it is built: it is the one place a unit is found by its name (`UnitIndexTests`).
public struct UnitIndex: Sendable {
    /// The report indexed.
    public let report: Report
    /// The sections' headings read once, and their units.
    private let outline: ReportOutline
    /// The units of each container's blocks.
    private var containers: [BlockContainer: Blocks] = [:]
    /// For each parent section (`[]` for the top level), the index of the first subsection of each name.
    private var sectionsByName: [[Int]: [String: Int]] = [:]

    /// The blocks of one container, named.
    private struct Blocks: Sendable {
        /// The component that names each block, by its index (``UnitNaming/blockComponents(of:)``).
        var components: [UnitID.Component]
        /// The block index of each paragraph, in order: paragraph n is at `paragraphs[n - 1]`.
        var paragraphs: [Int] = []
        /// The index of the first table of each name.
        var tables: [String: Int] = [:]

        init(_ blocks: [Block]) {
            components = UnitNaming.blockComponents(of: blocks)
            for (index, component) in components.enumerated() {
                switch component {
                case .paragraph: paragraphs.append(index)
                case .table(let name) where tables[name] == nil: tables[name] = index
                default: break
                }
            }
        }
    }

    /// Names every unit of a report.
    ///
    /// - Complexity: O(n) in the report's sections and blocks.
    public init(_ report: Report) {
        self.report = report
        outline = ReportOutline(report)
        containers[.preamble] = Blocks(report.preamble)
        walk(report.sections, path: [])
    }

    private mutating func walk(_ sections: [Section], path: [Int]) {
        var names: [String: Int] = [:]
        for (index, section) in sections.enumerated() {
            let sectionPath = path + [index]
            if case .section(let name)? = outline.entry(sectionPath)?.unit.components.last, names[name] == nil {
                names[name] = index
            }
            containers[.section(sectionPath)] = Blocks(section.blocks)
            walk(section.sections, path: sectionPath)
        }
        sectionsByName[path] = names
    }

    /// The unit id of a location, as ``UnitNaming/id(of:in:)`` names it.
    ///
    /// - Complexity: O(1) for a location of the report.
    func id(of location: UnitLocation) -> UnitID {
        switch location {
        case .field(let component): UnitID([component])
        case .container(let container): unit(of: container)
        case .heading(let path): unit(of: .section(path)).appending(.heading)
        case .block(let container, let index): blockID(container, index)
        case .cell(let container, let index, let row, let column):
            blockID(container, index).appending(.cell(row: row, column: column))
        }
    }

    private func unit(of container: BlockContainer) -> UnitID {
        switch container {
        case .preamble: UnitID([.preamble])
        case .section(let path): outline.entry(path)?.unit ?? UnitNaming.sectionID(path, in: report)
        }
    }

    private func blockID(_ container: BlockContainer, _ index: Int) -> UnitID {
        let parent = unit(of: container)
        guard let blocks = containers[container], blocks.components.indices.contains(index) else { return parent }
        return parent.appending(blocks.components[index])
    }

    /// Where a named unit is; `nil` when the report has no such unit. A section is found by its name, else by its
    /// number typed without one or its title (``UnitNaming/sectionIndex(namedOtherwise:among:topLevel:)``); of two
    /// units of one name, the first.
    ///
    /// - Complexity: O(1) for a unit named as the index names it.
    func location(of unit: UnitID) -> UnitLocation? {
        var components = unit.components[...]
        guard let first = components.first else { return nil }
        switch first {
        case .title, .agency, .year:
            return components.count == 1 ? .field(first) : nil
        case .preamble:
            return locateInside(.preamble, components.dropFirst())
        case .section:
            var path: [Int] = []
            var siblings = report.sections
            while case .section(let name)? = components.first {
                guard
                    let index = sectionsByName[path]?[name]
                        ?? UnitNaming.sectionIndex(namedOtherwise: name, among: siblings, topLevel: path.isEmpty)
                else { return nil }
                path.append(index)
                siblings = siblings[index].sections
                components = components.dropFirst()
            }
            if components.first == .heading {
                return components.count == 1 ? .heading(path) : nil
            }
            return locateInside(.section(path), components)
        default:
            return nil
        }
    }

    private func locateInside(_ container: BlockContainer, _ rest: ArraySlice<UnitID.Component>) -> UnitLocation? {
        guard let first = rest.first else { return .container(container) }
        guard let blocks = containers[container] else { return nil }
        let index: Int?
        switch first {
        case .paragraph(let ordinal):
            index = blocks.paragraphs.indices.contains(ordinal - 1) ? blocks.paragraphs[ordinal - 1] : nil
        case .table(let name):
            index = blocks.tables[name]
        default:
            index = nil
        }
        guard let index else { return nil }
        let rest = rest.dropFirst()
        guard let next = rest.first else { return .block(container, index) }
        guard rest.count == 1, case .cell(let row, let column) = next,
            let table = report.blocks(in: container)?[index].table, table.cell(row: row, column: column) != nil
        else { return nil }
        return .cell(container, index, row: row, column: column)
    }

    /// Where a named unit is (``UnitID/position(in:)``), found in the index.
    ///
    /// - Complexity: O(1) for a unit named as the index names it.
    public func position(of unit: UnitID) -> UnitPosition? {
        location(of: unit).flatMap(UnitPosition.init)
    }

    /// The number of paragraphs of a container (0 for one the report does not have).
    func paragraphCount(in container: BlockContainer) -> Int {
        containers[container]?.paragraphs.count ?? 0
    }

    /// The heading of the section at an index path, read once.
    func heading(at path: [Int]) -> Heading? {
        outline.entry(path)?.heading
    }
}

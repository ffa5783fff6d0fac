import ReportModel

/// Looks up, for a unit of the newer report of a diff, where it was in the older report.
struct ScriptIndex {
    private var sections: [[Int]: [Int]] = [:]
    private var blocks: [BlockLocation: BlockLocation] = [:]

    /// Indexes an edit script.
    ///
    /// - Complexity: O(n) in the number of sections and blocks.
    init(_ script: ReportEditScript) {
        index(script.preamble, old: .preamble, new: .preamble)
        for section in script.allSections {
            guard let new = section.new else { continue }
            if let old = section.old { sections[new.path] = old.path }
            index(section.blocks, old: section.old.map { .section($0.path) }, new: .section(new.path))
        }
    }

    private mutating func index(_ list: [BlockDiff], old: BlockContainer?, new: BlockContainer) {
        for block in list {
            switch block {
            case .paragraph(let paragraph):
                guard let container = paragraph.oldContainer ?? old, let oldIndex = paragraph.oldBlocks.first
                else { continue }
                for newIndex in paragraph.newBlocks {
                    blocks[BlockLocation(container: new, index: newIndex)] = BlockLocation(
                        container: container, index: oldIndex)
                }
            case .table(let table):
                guard let newIndex = table.newBlock, let oldIndex = table.oldBlock,
                    let container = table.oldContainer ?? old
                else { continue }
                blocks[BlockLocation(container: new, index: newIndex)] = BlockLocation(
                    container: container, index: oldIndex)
            }
        }
    }

    /// Where a unit of the newer report was in the older one; `nil` when the older report lacks it.
    func previous(of location: UnitLocation) -> UnitLocation? {
        switch location {
        case .field:
            return location
        case .container(.preamble):
            return location
        case .container(.section(let path)):
            return sections[path].map { .container(.section($0)) }
        case .heading(let path):
            return sections[path].map { .heading($0) }
        case .block(let container, let index):
            return blocks[BlockLocation(container: container, index: index)].map { .block($0.container, $0.index) }
        case .cell(let container, let index, let row, let column):
            return blocks[BlockLocation(container: container, index: index)].map {
                .cell($0.container, $0.index, row: row, column: column)
            }
        }
    }
}

/// The content of a unit at a location: for display, and in comparison form to tell whether it changed.
enum UnitContent {
    /// The unit's text for a person: a field, a heading, a paragraph, a cell; a section's heading; a table's name.
    static func display(_ location: UnitLocation, in report: Report) -> String? {
        switch location {
        case .field(.title): report.title
        case .field(.agency): report.agency
        case .field(.year): report.year.map(String.init)
        case .field: nil
        case .container(.preamble): "导语"
        case .container(.section(let path)), .heading(let path): report.section(at: path)?.heading
        case .block(let container, let index):
            report.blocks(in: container).flatMap { blocks in
                blocks.indices.contains(index)
                    ? blocks[index].paragraph?.text ?? blocks[index].table.map { $0.template ?? "表格" } : nil
            }
        case .cell(let container, let index, let row, let column):
            report.blocks(in: container).flatMap { blocks in
                blocks.indices.contains(index) ? blocks[index].table?.cell(row: row, column: column)?.text : nil
            }
        }
    }

    /// The comparison form: equal exactly when the unit did not change (whitespace and width aside). A section's
    /// form covers its heading and its own paragraphs; its tables and subsections are units of their own.
    static func fingerprint(_ location: UnitLocation, in report: Report) -> String? {
        switch location {
        case .container(let container):
            guard let blocks = report.blocks(in: container) else { return nil }
            let heading = container.sectionPath.flatMap { report.section(at: $0)?.heading } ?? ""
            return ([TextKey.make(heading)] + blocks.compactMap { $0.paragraph.map { TextKey.make($0.text) } })
                .joined(separator: "\u{1F}")
        case .block(let container, let index):
            guard let blocks = report.blocks(in: container), blocks.indices.contains(index) else { return nil }
            return UnitFingerprint.block(blocks[index])
        case .cell(let container, let index, let row, let column):
            guard let blocks = report.blocks(in: container), blocks.indices.contains(index),
                let cell = blocks[index].table?.cell(row: row, column: column)
            else { return nil }
            return UnitFingerprint.cell(cell.text)
        case .field, .heading:
            return display(location, in: report).map { TextKey.make($0) }
        }
    }

    /// The parts of a composite unit in comparison form, for telling a merge that joined its parents' edits from
    /// one that made an edit of its own: a section's (or the preamble's) heading and own paragraphs, a table's
    /// cells; `nil` for a unit that has no parts (a paragraph, a cell, a field, a heading).
    static func parts(_ location: UnitLocation, in report: Report) -> Set<String>? {
        switch location {
        case .container(let container):
            guard let blocks = report.blocks(in: container) else { return nil }
            let heading = container.sectionPath.flatMap { report.section(at: $0)?.heading } ?? ""
            return Set(
                ["§" + TextKey.make(heading)] + blocks.compactMap { $0.paragraph.map { "¶" + TextKey.make($0.text) } })
        case .block(let container, let index):
            guard let blocks = report.blocks(in: container), blocks.indices.contains(index),
                let table = blocks[index].table
            else { return nil }
            return Set(UnitFingerprint.table(table).split(separator: "\u{1F}").map(String.init))
        case .cell, .field, .heading:
            return nil
        }
    }
}

import ReportModel

/// For one unit of the newest revision, the revision that last changed it.
public struct BlameEntry: Sendable, Hashable, Codable {
    /// What kind of unit it is.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A section: its heading and its own paragraphs.
        case section
        /// A paragraph.
        case paragraph
        /// A table cell.
        case cell
    }

    /// The unit, named as in the newest revision.
    public var unit: UnitID
    /// What kind of unit it is.
    public var kind: Kind
    /// The revision that last changed (or added) it.
    public var revision: RevisionInfo
    /// The unit's content in the newest revision.
    public var content: String?

    /// Creates an entry.
    public init(unit: UnitID, kind: Kind, revision: RevisionInfo, content: String?) {
        self.unit = unit
        self.kind = kind
        self.revision = revision
        self.content = content
    }
}

/// Which revision last changed each section, paragraph and cell of a report.
public enum Blame {
    /// Blames every section, paragraph and cell of the newest revision.
    ///
    /// - Parameter revisions: The revisions of one report, oldest first (a first-parent line).
    /// - Returns: One entry per unit of the newest revision, in reading order.
    /// - Throws: ``DiffError/noRevisions`` for an empty line.
    /// - Complexity: one diff per pair of consecutive revisions, stopping as soon as every unit is attributed.
    public static func compute(
        along revisions: [RevisionSnapshot], options: DiffOptions = DiffOptions()
    ) throws(DiffError) -> [BlameEntry] {
        guard let newest = revisions.last?.report else { throw .noRevisions }
        let units = Self.units(of: newest)
        var attributed = [RevisionInfo?](repeating: nil, count: units.count)
        var locations: [UnitLocation?] = units.map(\.location)
        var index = revisions.count - 1
        while index > 0, locations.contains(where: { $0 != nil }) {
            let current = revisions[index].report
            let previous = revisions[index - 1].report
            let map = ScriptIndex(DiffEngine(options: options).diff(from: previous, to: current))
            for unit in units.indices {
                guard let location = locations[unit] else { continue }
                let earlier = map.previous(of: location)
                let before = earlier.flatMap { UnitContent.fingerprint($0, in: previous) }
                if before == nil || before != UnitContent.fingerprint(location, in: current) {
                    attributed[unit] = revisions[index].revision
                    locations[unit] = nil
                } else {
                    locations[unit] = earlier
                }
            }
            index -= 1
        }
        return units.indices.map { unit in
            BlameEntry(
                unit: UnitNaming.id(of: units[unit].location, in: newest), kind: units[unit].kind,
                revision: attributed[unit] ?? revisions[0].revision,
                content: UnitContent.display(units[unit].location, in: newest))
        }
    }

    /// Every section, paragraph and cell of a report, in reading order.
    static func units(of report: Report) -> [(location: UnitLocation, kind: BlameEntry.Kind)] {
        var units: [(location: UnitLocation, kind: BlameEntry.Kind)] = []
        func blocks(_ container: BlockContainer) {
            for (index, block) in (report.blocks(in: container) ?? []).enumerated() {
                switch block {
                case .paragraph: units.append((.block(container, index), .paragraph))
                case .table(let table):
                    for (row, cell) in table.cells {
                        units.append((.cell(container, index, row: row.key, column: cell.column), .cell))
                    }
                }
            }
        }
        func walk(_ sections: [Section], _ path: [Int]) {
            for (index, section) in sections.enumerated() {
                units.append((.container(.section(path + [index])), .section))
                blocks(.section(path + [index]))
                walk(section.sections, path + [index])
            }
        }
        blocks(.preamble)
        walk(report.sections, [])
        return units
    }
}

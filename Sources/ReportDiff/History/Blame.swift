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
        /// A section's heading alone (only when blamed with `headings: true`): who last retitled it, whatever
        /// changed in its paragraphs since.
        case heading
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
    /// Blames every section, paragraph and cell of the newest revision of a first-parent line.
    ///
    /// - Parameter revisions: The revisions of one report, oldest first, each the parent of the next.
    /// - Returns: One entry per unit of the newest revision, in reading order.
    /// - Throws: ``DiffError/noRevisions`` for an empty line.
    /// - Complexity: one diff per pair of consecutive revisions, stopping as soon as every unit is attributed.
    public static func compute(
        along revisions: [RevisionSnapshot], options: DiffOptions = DiffOptions()
    ) throws(DiffError) -> [BlameEntry] {
        guard !revisions.isEmpty else { throw .noRevisions }
        return compute(in: HistoryGraph(line: revisions), options: options)
    }

    /// Blames every section, paragraph and cell of a graph's tip, following merges into every line they joined.
    ///
    /// A unit is blamed as `git blame` blames a line: a revision whose version equals a parent's (the first such)
    /// passes the blame to that parent, so a merge that took the other line's version unchanged names the revision
    /// of that line that made it; a merge that joined edits of different paragraphs of a section (or cells of a
    /// table) from its parents passes it to the newest of the revisions that made them; only a version that is the
    /// revision's own — a hand-resolved conflict in a merge — is blamed on the revision itself.
    ///
    /// - Parameters:
    ///   - graph: The revisions of one report.
    ///   - options: How revisions are aligned.
    ///   - headings: Whether each section's heading is blamed apart too (an entry of kind ``BlameEntry/Kind/heading``
    ///     after its section's): a section's own entry covers its heading and its paragraphs together.
    ///   - isWanted: Whether a unit of the tip is to be blamed; every one by default. Only those are followed, each
    ///     as far as its own last change: asking for the two places of a conflict does not trace the report's
    ///     hundreds of cells.
    /// - Returns: One entry per unit of the tip (of those wanted), in reading order.
    /// - Complexity: at most one diff per revision and parent, stopping as soon as every unit is attributed.
    public static func compute(
        in graph: HistoryGraph, options: DiffOptions = DiffOptions(), headings: Bool = false,
        only isWanted: (UnitID) -> Bool = { _ in true }
    ) -> [BlameEntry] {
        let newest = graph.revisions[graph.tip].report
        // (the units named in one walk: each by itself counts the paragraphs before it, rv107 F7)
        let index = UnitIndex(newest)
        let units = Self.units(of: newest, headings: headings).filter { isWanted(index.id(of: $0.location)) }
        var attributed = [Int?](repeating: nil, count: units.count)
        var pending: [Int: [Int: UnitLocation]] = [
            graph.tip: Dictionary(uniqueKeysWithValues: units.enumerated().map { ($0.offset, $0.element.location) })
        ]
        var tracer = UnitTracer(graph, options: options)
        // Children come after their parents, so a revision is reached once every line through it has been followed;
        // the first revision to claim a unit is the newest that made it.
        for revision in graph.revisions.indices.reversed() where !pending.isEmpty {
            for (unit, location) in (pending.removeValue(forKey: revision) ?? [:]).sorted(by: { $0.key < $1.key })
            where attributed[unit] == nil {
                let origin = tracer.origin(of: location, at: revision)
                switch origin.verdict {
                case .kept(let source):
                    pending[origin.sources[source].parent, default: [:]][unit] = origin.sources[source].location
                case .combined:
                    for source in origin.sources where pending[source.parent]?[unit] == nil {
                        pending[source.parent, default: [:]][unit] = source.location
                    }
                case .made:
                    attributed[unit] = revision
                }
            }
        }
        return units.indices.map { unit in
            BlameEntry(
                unit: index.id(of: units[unit].location), kind: units[unit].kind,
                revision: graph.revisions[attributed[unit] ?? 0].revision,
                content: UnitContent.display(units[unit].location, in: newest))
        }
    }

    /// Every section, paragraph and cell of a report, in reading order (with each section's heading after it when
    /// `headings`).
    static func units(
        of report: Report, headings: Bool = false
    ) -> [(location: UnitLocation, kind: BlameEntry.Kind)] {
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
                if headings { units.append((.heading(path + [index]), .heading)) }
                blocks(.section(path + [index]))
                walk(section.sections, path + [index])
            }
        }
        blocks(.preamble)
        walk(report.sections, [])
        return units
    }
}

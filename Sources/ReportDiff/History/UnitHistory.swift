/// One change to a unit in its history: the revision that made it, and the unit before and after.
public struct UnitChange: Sendable, Hashable, Codable {
    /// What the revision did to the unit.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The unit first appears in this revision.
        case added
        /// The revision changed the unit.
        case modified
        /// The revision removed the unit.
        case removed
    }

    /// The revision that made the change.
    public var revision: RevisionInfo
    /// What it did.
    public var kind: Kind
    /// The unit's id in that revision (it may differ from the id asked about when sections were renumbered).
    public var unit: UnitID
    /// The unit before (`nil` when added).
    public var old: String?
    /// The unit after (`nil` when removed).
    public var new: String?

    /// Creates a change.
    public init(revision: RevisionInfo, kind: Kind, unit: UnitID, old: String?, new: String?) {
        self.revision = revision
        self.kind = kind
        self.unit = unit
        self.old = old
        self.new = new
    }
}

/// The history of one unit — a cell, a paragraph, a section, a field — along a line of revisions, or through the
/// lines merges joined.
public enum UnitHistory {
    /// Every revision of a first-parent line that changed a unit, oldest first.
    ///
    /// - Parameters:
    ///   - unit: The unit, e.g. `section:三/table:table3/cell:received:total`.
    ///   - revisions: The revisions of one report, oldest first, each the parent of the next.
    /// - Returns: What ``changes(of:in:options:)`` returns for the line.
    /// - Throws: ``DiffError/noRevisions`` for an empty line, ``DiffError/unitNotFound(_:in:)`` when no revision
    ///   has the unit.
    /// - Complexity: one diff per pair of consecutive revisions, from the newest that has the unit back to the
    ///   one that added it.
    public static func changes(
        of unit: UnitID, along revisions: [RevisionSnapshot], options: DiffOptions = DiffOptions()
    ) throws(DiffError) -> [UnitChange] {
        guard !revisions.isEmpty else { throw .noRevisions }
        return try changes(of: unit, in: HistoryGraph(line: revisions), options: options)
    }

    /// Every revision that changed a unit, in the graph's order (oldest first, parents before children).
    ///
    /// The unit is named as in the newest revision of the tip's first-parent line that has it, and followed back
    /// through each revision's parents the way ``DiffEngine`` aligns them, so that it keeps its identity when
    /// sections are renumbered or paragraphs move. At a merge it is followed into every parent that has it, so the
    /// changes of both lines are listed, each by the revision that made it; the merge itself is listed only when its
    /// version is its own (differs from every parent's and does not just join their edits, as a hand-resolved
    /// conflict does), as a change from its first parent's version.
    ///
    /// - Parameters:
    ///   - unit: The unit, e.g. `section:三/table:table3/cell:received:total`.
    ///   - graph: The revisions of one report.
    ///   - options: How revisions are aligned.
    /// - Returns: The changes: where the unit was added (on each line that added it), each revision that modified
    ///   it, and where it was removed if the tip's line removed it.
    /// - Throws: ``DiffError/unitNotFound(_:in:)`` when no revision has the unit.
    /// - Complexity: at most one diff per revision and parent, for the revisions from the newest that has the unit
    ///   back to those that added it.
    public static func changes(
        of unit: UnitID, in graph: HistoryGraph, options: DiffOptions = DiffOptions()
    ) throws(DiffError) -> [UnitChange] {
        var line = [graph.tip]
        while let parent = graph.parents[line[line.count - 1]].first { line.append(parent) }
        func place(at revision: Int) -> UnitLocation? {
            UnitIndex(graph.revisions[revision].report).location(of: unit)
        }
        let found =
            line.firstIndex { place(at: $0) != nil }.map { line[$0] }
            ?? graph.revisions.indices.last { place(at: $0) != nil }
        guard let newest = found, let location = place(at: newest) else {
            throw .unitNotFound(unit, in: "No revision")
        }
        var removal: UnitChange?
        if let step = line.firstIndex(of: newest), step > 0 {
            removal = UnitChange(
                revision: graph.revisions[line[step - 1]].revision, kind: .removed, unit: unit,
                old: UnitContent.display(location, in: graph.revisions[newest].report), new: nil)
        }
        var changes: [(revision: Int, change: UnitChange)] = []
        var pending: [Int: UnitLocation] = [newest: location]
        var tracer = UnitTracer(graph, options: options)
        for revision in graph.revisions.indices.reversed() where !pending.isEmpty {
            guard let location = pending.removeValue(forKey: revision) else { continue }
            let current = graph.revisions[revision]
            let origin = tracer.origin(of: location, at: revision)
            if origin.verdict == .made {
                let id = UnitNaming.id(of: location, in: current.report)
                let new = UnitContent.display(location, in: current.report)
                let change =
                    origin.sources.first.map { source in
                        UnitChange(
                            revision: current.revision, kind: .modified, unit: id,
                            old: UnitContent.display(source.location, in: graph.revisions[source.parent].report),
                            new: new)
                    } ?? UnitChange(revision: current.revision, kind: .added, unit: id, old: nil, new: new)
                changes.append((revision, change))
            }
            for source in origin.sources where pending[source.parent] == nil {
                pending[source.parent] = source.location
            }
        }
        return changes.sorted { $0.revision < $1.revision }.map(\.change) + (removal.map { [$0] } ?? [])
    }
}

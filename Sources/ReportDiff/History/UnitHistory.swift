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

/// The history of one unit — a cell, a paragraph, a section, a field — along a line of revisions.
public enum UnitHistory {
    /// Every revision that changed a unit, oldest first.
    ///
    /// The unit is named as in the newest revision that has it and followed back through each pair of
    /// consecutive revisions the way ``DiffEngine`` aligns them, so that it keeps its identity when sections are
    /// renumbered or paragraphs move.
    ///
    /// - Parameters:
    ///   - unit: The unit, e.g. `section:三/table:table3/cell:received:total`.
    ///   - revisions: The revisions of one report, oldest first (a first-parent line).
    /// - Returns: The changes, oldest first: where the unit was added, each revision that modified it, and where
    ///   it was removed if it was.
    /// - Throws: ``DiffError/noRevisions`` for an empty line, ``DiffError/unitNotFound(_:in:)`` when no revision
    ///   has the unit.
    /// - Complexity: one diff per pair of consecutive revisions, from the newest that has the unit back to the
    ///   one that added it.
    public static func changes(
        of unit: UnitID, along revisions: [RevisionSnapshot], options: DiffOptions = DiffOptions()
    ) throws(DiffError) -> [UnitChange] {
        guard !revisions.isEmpty else { throw .noRevisions }
        guard let newest = revisions.indices.last(where: { UnitNaming.locate(unit, in: revisions[$0].report) != nil }),
            var location = UnitNaming.locate(unit, in: revisions[newest].report)
        else { throw .unitNotFound(unit, in: "No revision") }
        var changes: [UnitChange] = []
        if newest < revisions.count - 1 {
            changes.append(
                UnitChange(
                    revision: revisions[newest + 1].revision, kind: .removed, unit: unit,
                    old: UnitContent.display(location, in: revisions[newest].report), new: nil))
        }
        var index = newest
        while index > 0 {
            let current = revisions[index].report
            let previous = revisions[index - 1].report
            let script = DiffEngine(options: options).diff(from: previous, to: current)
            let id = UnitNaming.id(of: location, in: current)
            guard let earlier = ScriptIndex(script).previous(of: location),
                UnitContent.fingerprint(earlier, in: previous) != nil
            else {
                changes.append(
                    UnitChange(
                        revision: revisions[index].revision, kind: .added, unit: id, old: nil,
                        new: UnitContent.display(location, in: current)))
                return changes.reversed()
            }
            if UnitContent.fingerprint(earlier, in: previous) != UnitContent.fingerprint(location, in: current) {
                changes.append(
                    UnitChange(
                        revision: revisions[index].revision, kind: .modified, unit: id,
                        old: UnitContent.display(earlier, in: previous), new: UnitContent.display(location, in: current)
                    ))
            }
            location = earlier
            index -= 1
        }
        changes.append(
            UnitChange(
                revision: revisions[0].revision, kind: .added,
                unit: UnitNaming.id(of: location, in: revisions[0].report),
                old: nil, new: UnitContent.display(location, in: revisions[0].report)))
        return changes.reversed()
    }
}

// Who last changed places of a revision, through every line a merge joined: the person who typed each change, not
// whoever merged it.

public import ReportDiff
public import ReportModel
public import RevisionStore

extension ReportRepository {
    /// Who last changed each of some places of a revision (``Blame``, within its newest ``ownCopyDepth`` revisions):
    /// the person who typed the change, through every line a merge joined — not whoever merged it. A place the
    /// revision does not have is left out. The rebase of an upload and the conflict page name people by it.
    /// Each is named as ``ChangeMaker/name(in:)`` says: a change another node brought with who sent it
    /// (`王审核（常张乡 同步送来）`), never as a person of this node.
    public func lastChangers(
        of units: [UnitID], at revision: ObjectID, language: Language = .current
    ) async throws(RepositoryError) -> [UnitID: String] {
        try await lastChangeMakers(of: units, at: revision).mapValues { $0.name(in: language) }
    }

    /// Whose each last change of some places of a revision is (``lastChangers(of:at:language:)``), as this node knows
    /// it (``ChangeMaker``).
    func lastChangeMakers(
        of units: [UnitID], at revision: ObjectID
    ) async throws(RepositoryError) -> [UnitID: ChangeMaker] {
        let changes = try await lastChanges(of: units, at: revision)
        guard !changes.isEmpty else { return [:] }
        let makers = try await read { reader in try Self.changeMakers(of: Array(changes.values), in: reader) }
        return changes.compactMapValues { makers[$0.id] }
    }

    /// The revision that last changed each of some places of a revision (as ``lastChangers(of:at:)``), so that it
    /// is named with its office and number too.
    public func lastChangingRevisions(
        of units: [UnitID], at revision: ObjectID
    ) async throws(RepositoryError) -> [UnitID: Revision] {
        let changes = try await lastChanges(of: units, at: revision)
        guard !changes.isEmpty else { return [:] }
        return try await read { reader in
            var revisions: [UnitID: Revision] = [:]
            for (unit, info) in changes {
                guard let id = ObjectID(hex: info.id), let found = try reader.revision(id) else { continue }
                revisions[unit] = found
            }
            return revisions
        }
    }

    private func lastChanges(
        of units: [UnitID], at revision: ObjectID
    ) async throws(RepositoryError) -> [UnitID: RevisionInfo] {
        guard !units.isEmpty else { return [:] }
        let (_, graph) = try await revisionGraph(revision.hex, limit: Self.ownCopyDepth)
        let wanted = Set(units)
        var changes: [UnitID: RevisionInfo] = [:]
        for entry in Blame.compute(in: graph, only: wanted.contains) {
            changes[entry.unit] = entry.revision
        }
        return changes
    }

    /// The most changes of one place ``changedOnlyBy(_:place:since:at:)`` follows back before it gives up (and says no).
    static let ownChangeSteps = 8

    /// Whether every change of a place between `base` and `head` was `person`'s: the place's last change, then the one
    /// before it as of that change's parent, and so on back to a change `base` already had. A place the sender changed
    /// last after someone else changed it since `base` is not theirs alone (rv104 F5: a county correction inside a
    /// paragraph the clerk edited again on the page).
    func changedOnlyBy(
        _ person: String, place unit: UnitID, since base: ObjectID, at head: ObjectID
    ) async throws(RepositoryError) -> Bool {
        var at = head
        for _ in 0..<Self.ownChangeSteps {
            guard let change = try await lastChanges(of: [unit], at: at)[unit], let id = ObjectID(hex: change.id) else {
                return false
            }
            let (old, parent) = try await read { reader in
                (
                    try id == base || RevisionGraph.isAncestor(id, of: base, in: reader),
                    try reader.requireRevision(id).parents.first
                )
            }
            if old { return true }
            // (a change another node brought is never a person's here, whatever author it names: ChangeMaker)
            let maker = try await read { reader in try Self.changeMakers(of: [change], in: reader)[change.id] }
            guard maker?.isBy(person) == true, let parent else { return false }
            at = parent
        }
        return false
    }
}

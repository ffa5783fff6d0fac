// What a node does with what another node sends: objects, checked and stored whole or not at all, and ref moves,
// in the same transaction; and what it gives: object batches and pull packs for the reports a token reaches.

import Foundation
import Logging
import ReportModel
import RevisionStore

/// What storing a batch and moving refs did.
public struct ReceiveOutcome: Sendable, Hashable {
    /// The objects stored (new) and already there.
    public var stored: PutSummary
    /// One result per ref update, in the order asked.
    public var results: [RefUpdateResult]
}

extension ReportRepository {
    /// Stores objects another node sent and applies its ref moves, all in one transaction.
    ///
    /// Every object is re-hashed and checked before it is stored (``StoreWriter/put(bytes:as:)``), in the order sent,
    /// which must put every object after what it refers to. A batch with any bad object is refused whole. Revision
    /// objects and ref moves must be of agencies the scope reaches; `published` and `returned` need the county's
    /// scope. These checks come first, so a refused request changes nothing.
    ///
    /// - Parameters:
    ///   - objects: The objects, children before parents.
    ///   - updates: The ref moves, applied after every object is stored.
    ///   - scope: What the sender's token reaches.
    ///   - origin: Who sends (recorded on a conflict it opens): the token's label.
    ///   - time: When.
    /// - Throws: ``RepositoryError/outOfScope(agency:)``, ``RepositoryError/countyOnly(mark:)``,
    ///   ``RepositoryError/malformedRef(_:)`` for an unknown ref name; ``RepositoryError/store(_:)`` with
    ///   ``StoreError/invalidObject(_:_:)``, ``StoreError/missingReference(_:referencedBy:)`` … for a bad object.
    public func receive(
        objects: [ReceivedObject], updates: [RefUpdate], scope: AccessScope, origin: String, time: Date = Date()
    ) async throws(RepositoryError) -> ReceiveOutcome {
        try Self.checkScope(objects: objects, updates: updates, scope: scope)
        let outcome = try await write { writer in
            var stored = PutSummary()
            for object in objects {
                let written = try writer.put(bytes: object.bytes, as: object.id)
                if written > 0 {
                    stored.stored += 1
                    stored.bytes += written
                } else {
                    stored.existing += 1
                }
            }
            var results: [RefUpdateResult] = []
            for update in updates {
                try Self.saveAgency(update.agency, writer: writer)
                results.append(
                    update.isDraft
                        ? try Self.applyDraft(update, origin: origin, time: time, writer: writer)
                        : try Self.applyMark(update, time: time, writer: writer))
            }
            return ReceiveOutcome(stored: stored, results: results)
        }
        logger.info(
            "received",
            metadata: [
                "objects": "\(outcome.stored.stored)", "updates": "\(updates.count)",
                "origin": "\(origin)",
            ])
        return outcome
    }

    /// Of some object ids, those this node lacks.
    public func missingObjects(_ ids: [ObjectID]) async throws(RepositoryError) -> [ObjectID] {
        try await read { try $0.missingObjects(ids) }
    }

    /// Stored objects by id, for another node. A revision must be of an agency the scope reaches.
    ///
    /// - Returns: The objects found, in the order asked; ids this node lacks are left out.
    /// - Throws: ``RepositoryError/outOfScope(agency:)`` for a revision the scope does not reach.
    public func objects(_ ids: [ObjectID], scope: AccessScope) async throws(RepositoryError) -> [EncodedObject] {
        try await read { reader in
            var objectReader = reader.objectReader()
            return try ids.compactMap { id -> EncodedObject? in
                guard let object = try objectReader.object(id) else { return nil }
                if object.kind == .revision, let revision = try reader.revision(id),
                    !scope.allows(agency: revision.report.agency)
                {
                    throw RepositoryError.outOfScope(agency: revision.report.agency)
                }
                return object
            }
        }
    }

    static func checkScope(objects: [ReceivedObject], updates: [RefUpdate], scope: AccessScope) throws(RepositoryError)
    {
        let header = Array("nianbao-object 1 revision\n".utf8)
        for object in objects where object.bytes.starts(with: header) {
            guard case .revision(let record) = try? CanonicalObject.decode(object.bytes) else { continue }
            guard scope.allows(agency: record.report.agency) else { throw .outOfScope(agency: record.report.agency) }
        }
        for update in updates {
            guard scope.allows(agency: update.report.agency) else { throw .outOfScope(agency: update.report.agency) }
            if update.isDraft { continue }
            guard let mark = Mark(rawValue: update.ref) else { throw .malformedRef("\(update.report)@\(update.ref)") }
            try MarkRules.checkReach(mark, of: update.report, scope: scope)
        }
    }

    static func saveAgency(_ agency: Agency?, writer: StoreWriter) throws {
        guard let agency, Agency.isValidID(agency.id), try writer.agency(agency.id) == nil else { return }
        var saved = agency
        if let parent = agency.parent, try writer.agency(parent) == nil {
            if Agency.isValidID(parent) {
                try writer.save(Agency(id: parent, name: parent))
            } else {
                saved.parent = nil
            }
        }
        try writer.save(saved)
    }

    private static func applyDraft(
        _ update: RefUpdate, origin: String, time: Date, writer: StoreWriter
    ) throws
        -> RefUpdateResult
    {
        let node = try writer.requireRevision(update.revision).record.node
        let outcome = try HeadKeeper.absorb(
            update.revision, into: update.report, headName: "from-\(node)", origin: origin, time: time, writer: writer)
        let status: RefUpdateStatus =
            switch outcome.status {
            case .created: .created
            case .fastForwarded: .fastForwarded
            case .unchanged: .unchanged
            case .conflict: .conflict
            }
        return RefUpdateResult(
            report: update.report, ref: update.ref, status: status, revision: update.revision, current: outcome.draft,
            conflict: outcome.conflict, closed: outcome.closed)
    }

    private static func applyMark(_ update: RefUpdate, time: Date, writer: StoreWriter) throws -> RefUpdateResult {
        let name = RefName(kind: .mark, name: update.ref)
        let current = try writer.ref(name, of: update.report)?.revision
        func result(_ status: RefUpdateStatus, _ now: ObjectID?) -> RefUpdateResult {
            RefUpdateResult(
                report: update.report, ref: update.ref, status: status, revision: update.revision, current: now)
        }
        if current == update.revision {
            if let comment = update.comment { try writer.setMarkComment(comment, mark: update.ref, of: update.report) }
            return result(.unchanged, current)
        }
        guard current == update.expected else { return result(.stale, current) }
        if update.ref == Mark.published.rawValue, !(try writer.conflicts(openOnly: true, report: update.report).isEmpty)
        {
            return result(.refused, current)
        }
        try writer.moveRef(name, of: update.report, to: update.revision, expecting: .current(current), at: time)
        try writer.setMarkComment(update.comment, mark: update.ref, of: update.report)
        return result(current == nil ? .created : .moved, update.revision)
    }
}

// What a token may learn of the objects of this node: only what it reaches is there for it (Schema/sync-protocol.md,
// "Strictness"). An object outside its reach is answered exactly as one the node does not have.

import Foundation
public import ReportModel
public import RevisionStore

extension ReportRepository {
    /// Of some object ids, those this node lacks for a sender: not stored, or stored outside what it reaches (so a
    /// sender never learns that another agency's object exists). Its own uploads that no ref reaches yet count as
    /// held, so that a push resumed after an interruption does not send them again.
    ///
    /// - Complexity: O(n) in the objects of the sender's reports, plus one lookup per id.
    public func missingObjects(_ ids: [ObjectID], for sender: Sender) async throws(RepositoryError) -> [ObjectID] {
        try await read { reader in
            try reader.missingObjects(ids, within: try reader.reach(of: sender.scope, uploadsOf: sender.token))
        }
    }

    /// Stored objects by id, for another node: only those in the closure of the revisions of the reports a scope
    /// reaches; any other id is left out, as one the node does not have.
    ///
    /// - Returns: The objects found within reach, in the order asked.
    /// - Complexity: O(n) in the objects of the scope's reports, plus one read per id.
    public func objects(_ ids: [ObjectID], scope: AccessScope) async throws(RepositoryError) -> [EncodedObject] {
        try await read { reader in
            let reach = try reader.reach(of: scope)
            var objectReader = reader.objectReader()
            return try ids.compactMap { id -> EncodedObject? in
                guard try reader.contains(id, within: reach) else { return nil }
                return try objectReader.object(id)
            }
        }
    }
}

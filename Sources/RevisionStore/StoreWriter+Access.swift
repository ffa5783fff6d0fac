// Writing the access tables: issuing and revoking tokens, adding and removing remotes.

public import Foundation
import GRDB

extension StoreWriter {
    /// Records a new token by its SHA-256.
    ///
    /// - Returns: The token as the node keeps it.
    public func insertToken(
        hash: [UInt8], label: String, scope: AccessScope, created: Date, owner: String? = nil
    ) throws -> AccessToken {
        var record = TokenRecord(
            id: nil, hash: Data(hash), label: label, allAgencies: scope.isAll,
            created: Int64(created.timeIntervalSince1970), revoked: nil, owner: owner)
        try record.insert(db)
        let id = record.id ?? db.lastInsertedRowID
        if case .agencies(let agencies) = scope {
            for agency in agencies.sorted() { try TokenAgencyRecord(token: id, agency: agency).insert(db) }
        }
        return try accessToken(record)
    }

    /// Revokes a token; returns `false` when there is no such token or it was already revoked.
    public func revokeToken(id: Int64, at time: Date) throws -> Bool {
        guard var record = try TokenRecord.fetchOne(db, key: id), record.revoked == nil else { return false }
        record.revoked = Int64(time.timeIntervalSince1970)
        try record.update(db)
        try WebSessionRecord.filter(WebSessionRecord.Columns.token == record.hash).deleteAll(db)
        return true
    }

    /// Gives a token another label (what it is called: the name its pushes are recorded under); returns `false` when
    /// there is no such token.
    public func relabelToken(id: Int64, to label: String) throws -> Bool {
        guard var record = try TokenRecord.fetchOne(db, key: id) else { return false }
        record.label = label
        try record.update(db)
        return true
    }

    /// Adds a remote, or changes its URL and token.
    ///
    /// What this node saw of a remote belongs to the node at its address: when the URL changes, the remote's
    /// remembered refs are forgotten, so that the next push and pull start from what the new node says.
    public func saveRemote(_ remote: Remote) throws {
        if let known = try RemoteRecord.fetchOne(db, key: remote.name),
            !Self.sameAddress(known.url, remote.url)
        {
            try removeRemoteRefs(remote: remote.name)
        }
        try RemoteRecord(name: remote.name, url: remote.url, token: remote.token).save(db)
    }

    /// Removes a remote and what this node saw of it; returns `false` when there is none of that name.
    public func removeRemote(named name: String) throws -> Bool {
        try removeRemoteRefs(remote: name)
        return try RemoteRecord.deleteOne(db, key: name)
    }

    /// Whether two remote URLs name the same server: equal but for trailing slashes.
    static func sameAddress(_ one: String, _ other: String) -> Bool {
        func normal(_ url: String) -> Substring {
            var text = Substring(url)
            while text.hasSuffix("/") { text.removeLast() }
            return text
        }
        return normal(one) == normal(other)
    }
}

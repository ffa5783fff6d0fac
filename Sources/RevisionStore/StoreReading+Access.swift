// Reading the access tables: the tokens this node issued, the remotes it syncs with.

import Foundation
import GRDB

extension StoreReading {
    /// Every token this node issued, revoked ones included, oldest first, each with the reach it has
    /// (``cappedByOwner(_:)``).
    public func tokens() throws -> [AccessToken] {
        try TokenRecord.all().orderedByID().fetchAll(db).map { try cappedByOwner(accessToken($0)) }
    }

    /// The valid token whose SHA-256 is `hash`, if any: not revoked, and not owned by a person who is disabled
    /// (their tokens open nothing while they are, as their password does not).
    ///
    /// Every request to the server asks this once, so its statements are prepared once per connection to the store
    /// (building the query anew was a tenth of the processor time of a sync with nothing to do).
    public func validToken(hash: [UInt8]) throws -> AccessToken? {
        let statement = try db.cachedStatement(
            sql: """
                SELECT * FROM token WHERE hash = ? AND revoked IS NULL
                AND NOT EXISTS (SELECT 1 FROM person WHERE person.name = token.owner AND person.disabled IS NOT NULL)
                """)
        guard let record = try TokenRecord.fetchOne(statement, arguments: [Data(hash)]) else { return nil }
        return try cappedByOwner(accessToken(record))
    }

    /// A token as it acts: one owned by a person of this node acts as that person at most, their role within their
    /// reach (a clerk's token issued for every report reaches her offices' only).
    public func cappedByOwner(_ token: AccessToken) throws -> AccessToken {
        guard let owner = token.owner, let person = try personWithPassword(named: owner)?.person else { return token }
        var token = token
        token.ownerRole = person.role
        token.scope = token.scope.intersection(person.scope)
        return token
    }

    /// Every remote, by name.
    public func remotes() throws -> [Remote] {
        try RemoteRecord.all().order(RemoteRecord.Columns.name).fetchAll(db).map {
            Remote(name: $0.name, url: $0.url, token: $0.token)
        }
    }

    /// The remote with a name, if any.
    public func remote(named name: String) throws -> Remote? {
        try RemoteRecord.fetchOne(db, key: name).map { Remote(name: $0.name, url: $0.url, token: $0.token) }
    }

    func accessToken(_ record: TokenRecord) throws -> AccessToken {
        let id = record.id ?? 0
        let scope: AccessScope
        if record.allAgencies {
            scope = .all
        } else {
            let statement = try db.cachedStatement(sql: "SELECT agency FROM token_agency WHERE token = ?")
            scope = .agencies(Set(try String.fetchAll(statement, arguments: [id])))
        }
        return AccessToken(
            id: id, label: record.label, scope: scope, created: Date(timeIntervalSince1970: Double(record.created)),
            revoked: record.revoked.map { Date(timeIntervalSince1970: Double($0)) }, owner: record.owner)
    }
}

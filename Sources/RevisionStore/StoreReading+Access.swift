// Reading the access tables: the tokens this node issued, the remotes it syncs with.

import Foundation
import GRDB

extension StoreReading {
    /// Every token this node issued, revoked ones included, oldest first.
    public func tokens() throws -> [AccessToken] {
        try TokenRecord.all().orderedByID().fetchAll(db).map(accessToken)
    }

    /// The valid token whose SHA-256 is `hash`, if any.
    public func validToken(hash: [UInt8]) throws -> AccessToken? {
        guard
            let record = try TokenRecord.filter(TokenRecord.Columns.hash == Data(hash))
                .filter(TokenRecord.Columns.revoked == nil).fetchOne(db)
        else { return nil }
        return try accessToken(record)
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
            let agencies = try TokenAgencyRecord.filter(TokenAgencyRecord.Columns.token == id).fetchAll(db).map(
                \.agency)
            scope = .agencies(Set(agencies))
        }
        return AccessToken(
            id: id, label: record.label, scope: scope, created: Date(timeIntervalSince1970: Double(record.created)),
            revoked: record.revoked.map { Date(timeIntervalSince1970: Double($0)) }, owner: record.owner)
    }
}

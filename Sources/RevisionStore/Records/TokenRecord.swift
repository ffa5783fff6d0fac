import Foundation
import GRDB

/// A row of the `token` table.
struct TokenRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "token"

    var id: Int64?
    /// The SHA-256 of the token.
    var hash: Data
    var label: String
    /// 1 when the token reaches every report.
    var allAgencies: Bool
    /// Seconds since 1970.
    var created: Int64
    var revoked: Int64?
    /// Who owns it: a person's or a node's name (`nil` before owners were kept).
    var owner: String? = nil

    enum CodingKeys: String, CodingKey {
        case id, hash, label
        case allAgencies = "all_agencies"
        case created, revoked, owner
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let hash = Column(CodingKeys.hash)
        static let revoked = Column(CodingKeys.revoked)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A row of the `token_agency` table.
struct TokenAgencyRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "token_agency"

    var token: Int64
    var agency: String
}

/// A row of the `remote` table.
struct RemoteRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "remote"

    var name: String
    var url: String
    var token: String

    enum Columns {
        static let name = Column(CodingKeys.name)
    }
}

extension DerivableRequest<TokenRecord> {
    /// Tokens in the order they were issued.
    func orderedByID() -> Self { order(TokenRecord.Columns.id) }
}

import Foundation
import GRDB

/// A row of the `upload` table: an object a token's push brought that no ref reached when it arrived.
struct UploadRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "upload"

    /// The token's row id.
    var token: Int64
    /// The object's row id.
    var object: Int64
    /// The bytes the object added to the file (0 when it was already stored).
    var bytes: Int64
    /// When it arrived, in seconds since 1970 (UTC).
    var received: Int64

    enum Columns {
        static let token = Column(CodingKeys.token)
        static let object = Column(CodingKeys.object)
        static let bytes = Column(CodingKeys.bytes)
        static let received = Column(CodingKeys.received)
    }

    /// The objects a token uploaded that no ref reached yet.
    static func pendingRows(of token: Int64, in db: Database) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT object FROM upload WHERE token = ?", arguments: [token])
    }

    /// Records an upload (or keeps the earlier record of the same object by the same token).
    func insertIgnoringDuplicate(_ db: Database) throws {
        try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO upload (token, object, bytes, received) VALUES (?, ?, ?, ?)"
        ).execute(arguments: [token, object, bytes, received])
    }
}

/// A row of the `mark_receipt` table: who set a mark from another node, and when this node received it.
struct MarkReceiptRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "mark_receipt"

    var agency: String
    var year: Int
    /// The mark's name.
    var name: String
    /// The revision the mark was set to, by row id.
    var revision: Int64
    /// The label of the token that sent it.
    var sender: String
    /// When this node received it, in seconds since 1970 (UTC).
    var received: Int64

    enum Columns {
        static let agency = Column(CodingKeys.agency)
        static let year = Column(CodingKeys.year)
        static let name = Column(CodingKeys.name)
        static let revision = Column(CodingKeys.revision)
    }
}

/// A row of the `revision_receipt` table: who sent a revision another node brought (a push or a pull), and when this node received it.
struct RevisionReceiptRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "revision_receipt"

    /// The revision object's row id.
    var revision: Int64
    /// The sending token's owner, or its label.
    var sender: String
    /// When it arrived, in seconds since 1970 (UTC).
    var received: Int64

    enum Columns {
        static let revision = Column(CodingKeys.revision)
    }

    /// The receipts of the revisions in some rows, by row, in one query.
    static func records(ofRows rows: [Int64], in db: Database) throws -> [Int64: RevisionReceiptRecord] {
        guard !rows.isEmpty else { return [:] }
        let found = try RevisionReceiptRecord.fetchAll(
            db, sql: "SELECT * FROM revision_receipt WHERE revision IN (SELECT value FROM json_each(?))",
            arguments: [RevisionParentRecord.jsonArray(rows)])
        return Dictionary(found.map { ($0.revision, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

// Writing what a node received from a token: the uploads no ref reaches yet (bounded by a quota, collected by gc),
// and who set a mark.

public import Foundation
import GRDB
public import ReportModel

extension StoreWriter {
    /// Records an object a token's push brought that the token's refs do not reach yet.
    ///
    /// - Parameters:
    ///   - id: The object (stored).
    ///   - token: The token's number.
    ///   - bytes: The bytes it added to the file (0 when it was already stored).
    ///   - time: When it arrived.
    public func recordUpload(_ id: ObjectID, token: Int64, bytes: Int, at time: Date) throws {
        guard let row = try row(of: id) else { throw StoreError.objectNotFound(id) }
        try UploadRecord(
            token: token, object: row, bytes: Int64(bytes), received: Int64(time.timeIntervalSince1970.rounded(.down))
        ).insertIgnoringDuplicate(db)
    }

    /// Forgets the uploads of a token that the closure of some revisions holds: a ref now reaches them.
    ///
    /// - Complexity: O(n) in the objects of the revisions' closure.
    public func settleUploads(of token: Int64, reachedFrom revisions: [ObjectID]) throws {
        guard try UploadRecord.filter(UploadRecord.Columns.token == token).fetchCount(db) > 0 else { return }
        var walk = ObjectGraphWalk(db: db)
        var reached = Set<Int64>()
        for revision in revisions {
            guard let row = try row(of: revision) else { continue }
            try walk.markClosure(from: row, into: &reached)
        }
        for row in try UploadRecord.pendingRows(of: token, in: db) where reached.contains(row) {
            try UploadRecord.deleteOne(db, key: ["token": token, "object": row])
        }
    }

    /// Records who set a mark from another node and when it arrived (after the mark moved there).
    ///
    /// - Throws: ``StoreError/revisionNotFound(_:)`` for a revision that is not stored.
    public func setMarkReceipt(_ receipt: MarkReceipt) throws {
        guard let row = try row(of: receipt.revision) else { throw StoreError.revisionNotFound(receipt.revision) }
        try MarkReceiptRecord(
            agency: receipt.report.agency, year: receipt.report.year, name: receipt.mark.rawValue, revision: row,
            sender: receipt.sender, received: Int64(receipt.received.timeIntervalSince1970.rounded(.down))
        ).save(db)
    }

    /// Records who sent a revision that another node brought here (a push's token, or the remote of a pull), and when it arrived; a revision received
    /// before keeps its first receipt.
    ///
    /// - Throws: ``StoreError/revisionNotFound(_:)`` for a revision that is not stored.
    public func recordRevisionReceipt(_ revision: ObjectID, sender: String, at time: Date) throws {
        guard let row = try row(of: revision) else { throw StoreError.revisionNotFound(revision) }
        try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO revision_receipt (revision, sender, received) VALUES (?, ?, ?)"
        ).execute(arguments: [row, sender, Int64(time.timeIntervalSince1970.rounded(.down))])
    }

    /// Forgets who set a mark (it moved another way).
    func removeMarkReceipt(_ mark: String, of report: ReportKey) throws {
        try MarkReceiptRecord.deleteOne(db, key: ["agency": report.agency, "year": report.year, "name": mark])
    }
}

extension StoreReading {
    /// The size of a stored object's compact body, or `nil` when it is not stored.
    public func storedSize(of id: ObjectID) throws -> Int? {
        guard let row = try row(of: id) else { return nil }
        return try ObjectRecord.size(ofRow: row, in: db)
    }

    /// The bytes a token's uploads added that no ref reaches yet.
    public func pendingUploadBytes(of token: Int64) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT coalesce(sum(bytes), 0) FROM upload WHERE token = ?", arguments: [token])
            ?? 0
    }

    /// Who sent each of some revisions that another node brought here, by revision (none for one made here).
    public func revisionReceipts(of revisions: [ObjectID]) throws -> [ObjectID: RevisionReceipt] {
        // A repository read where it cannot be upgraded may predate the table.
        guard !revisions.isEmpty, try db.tableExists(RevisionReceiptRecord.databaseTableName) else { return [:] }
        // Two queries whatever the number: a commit's own-copy check asks for the 200 revisions it walks.
        let rows = try ObjectRecord.locate(revisions, in: db)
        let records = try RevisionReceiptRecord.records(ofRows: rows.values.map(\.row), in: db)
        return rows.compactMapValues { found in
            records[found.row].map { record in
                RevisionReceipt(
                    sender: record.sender, received: Date(timeIntervalSince1970: TimeInterval(record.received)))
            }
        }
    }

    /// Who set each mark that another node set, by report.
    public func markReceipts() throws -> [MarkReceipt] {
        // A repository read where it cannot be upgraded may predate the table.
        guard try db.tableExists(MarkReceiptRecord.databaseTableName) else { return [] }
        let records = try MarkReceiptRecord.all()
            .order(MarkReceiptRecord.Columns.agency, MarkReceiptRecord.Columns.year, MarkReceiptRecord.Columns.name)
            .fetchAll(db)
        return try records.compactMap { record in
            // A receipt of a mark this program does not know (only ever written by a newer one) is not shown.
            guard let mark = Mark(rawValue: record.name) else { return nil }
            return MarkReceipt(
                report: ReportKey(agency: record.agency, year: record.year), mark: mark,
                revision: try objectID(ofRow: record.revision),
                sender: record.sender, received: Date(timeIntervalSince1970: TimeInterval(record.received)))
        }
    }
}

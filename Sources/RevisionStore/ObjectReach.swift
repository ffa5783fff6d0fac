// What one token reaches of a store: the objects in the closure of the revisions of the reports its scope allows,
// and what it uploaded itself that no ref reaches yet. Everything else is, for that token, not there.

import Foundation
import GRDB
public import ReportModel

/// The objects a token reaches in a store, by row: a node answers an object outside it exactly as one it does not
/// have (`Schema/sync-protocol.md`, "Strictness").
///
/// Valid inside the transaction that computed it (``StoreReading/reach(of:uploadsOf:)``); objects stored in the
/// same transaction through ``StoreWriter/put(bytes:as:within:)`` join it.
public struct ObjectReach: Sendable {
    /// `nil` for every object (the county's token).
    private(set) var rows: Set<Int64>?

    /// Every object of the store.
    public static let everything = ObjectReach(rows: nil)

    /// Whether the reach is the whole store.
    public var isEverything: Bool { rows == nil }

    /// The number of objects reached, or `nil` for the whole store.
    public var count: Int? { rows?.count }

    init(rows: Set<Int64>?) {
        self.rows = rows
    }

    func contains(row: Int64) -> Bool {
        rows?.contains(row) ?? true
    }

    mutating func insert(row: Int64) {
        rows?.insert(row)
    }
}

extension StoreReading {
    /// The objects a scope reaches: every object in the closure of every revision of the reports of the agencies it
    /// allows (revisions off the refs included: a token may read its own agencies' whole history), and the objects a
    /// token uploaded itself that no ref reaches yet.
    ///
    /// - Parameters:
    ///   - scope: What the token reaches; `.all` reaches everything.
    ///   - token: The token whose pending uploads count as reached (so that a push resumed after an interruption
    ///     need not send them again), if any.
    /// - Complexity: O(n) in the objects of the scope's reports.
    public func reach(of scope: AccessScope, uploadsOf token: Int64? = nil) throws -> ObjectReach {
        guard case .agencies(let agencies) = scope else { return .everything }
        let list = String(decoding: try JSONEncoder().encode(agencies.sorted()), as: UTF8.self)
        let revisions = try Int64.fetchAll(
            db, sql: "SELECT object FROM revision WHERE agency IN (SELECT value FROM json_each(?))", arguments: [list])
        var walk = ObjectGraphWalk(db: db)
        var rows = Set<Int64>()
        for revision in revisions {
            try walk.markClosure(from: revision, into: &rows)
        }
        if let token {
            rows.formUnion(try UploadRecord.pendingRows(of: token, in: db))
        }
        return ObjectReach(rows: rows)
    }

    /// Whether an object is stored and within a reach.
    public func contains(_ id: ObjectID, within reach: ObjectReach) throws -> Bool {
        guard let row = try row(of: id) else { return false }
        return reach.contains(row: row)
    }

    /// Of some object ids, those this store does not hold within a reach, in the order given.
    public func missingObjects(_ ids: [ObjectID], within reach: ObjectReach) throws -> [ObjectID] {
        let stored = try ObjectRecord.locate(ids, in: db)
        return ids.filter { id in
            guard let row = stored[id]?.row else { return true }
            return !reach.contains(row: row)
        }
    }

    /// Of some revision ids, those of stored revisions of reports a scope reaches, in the order given: the revisions
    /// within the scope's reach, found from the revision index alone.
    public func revisions(_ ids: [ObjectID], reachableBy scope: AccessScope) throws -> [ObjectID] {
        guard !scope.isAll else { return try ids.filter { try row(of: $0) != nil } }
        return try ids.filter { id in
            guard let row = try row(of: id), let found = try RevisionIndexRecord.report(ofRow: row, in: db) else {
                return false
            }
            return scope.allows(agency: found.agency)
        }
    }

    /// Of some revision ids, those of stored revisions within a reach, in the order given.
    public func revisions(_ ids: [ObjectID], within reach: ObjectReach) throws -> [ObjectID] {
        try ids.filter { id in
            guard let (row, code) = try ObjectRecord.locate(id, in: db) else { return false }
            return CompactBody.kind(code: code) == .revision && reach.contains(row: row)
        }
    }
}

import Foundation
import GRDB
import ReportModel

/// A row of the `object` table: one stored object, its body in compact form (see ``CompactBody``).
struct ObjectRecord: FetchableRecord, TableRecord {
    static let databaseTableName = "object"

    /// The row id, which compact bodies use to refer to this object.
    var id: Int64
    /// The 32 bytes of the object's SHA-256.
    var hash: Data
    /// The kind's code (``CompactBody/kindCodes``).
    var kind: Int
    /// The body as kept in the row: the compact body, or a compressed form of it (``codec``).
    var body: Data
    /// How ``body`` is kept (``StoredBody``): 0 as it is, -1 as a delta against ``base``, else the dictionary it was
    /// compressed with.
    var codec: Int
    /// The row whose compact body a delta (codec -1) was made against; `nil` for every other body.
    var base: Int64?

    enum Columns {
        static let id = Column("id")
        static let hash = Column("hash")
        static let kind = Column("kind")
        static let body = Column("body")
        static let codec = Column("codec")
        static let base = Column("base")
    }

    /// Reads the columns directly: a transfer reads thousands of rows, for which Codable costs more than SQLite.
    init(row: Row) throws {
        id = try row.decode(forColumn: Columns.id)
        hash = try row.decode(forColumn: Columns.hash)
        kind = try row.decode(forColumn: Columns.kind)
        body = try row.decode(forColumn: Columns.body)
        // Files older than schema 7, read as they are, have no codec column: every body there is plain.
        codec = row.hasColumn(Columns.codec.name) ? try row.decode(forColumn: Columns.codec) : StoredBody.plain
        // Files older than schema 14 have no base column, and no deltas.
        base = row.hasColumn(Columns.base.name) ? try row.decode(forColumn: Columns.base) : nil
    }

    /// The compact body, expanded from its stored form.
    ///
    /// - Parameter deltas: The bodies of delta chains this transaction has met, when it keeps them.
    /// - Throws: ``StoredBodyError`` when its compressed form cannot be read.
    func compactBody(in db: Database, deltas: DeltaCache? = nil) throws -> [UInt8] {
        guard codec == StoredBody.delta || deltas?[id] != nil else {
            return try StoredBody.decode([UInt8](body), codec: codec, in: db)
        }
        return try expanded(in: db, deltas: deltas ?? DeltaCache()).body
    }

    /// The compact body, and how many deltas deep the row is: 0 for a body kept whole, else one more than its base.
    /// The rows of the chain expanded on the way are kept in `deltas`, and a row found there is not read again.
    ///
    /// - Throws: ``StoredBodyError`` when a form cannot be read, a base is missing, or the chain is longer than
    ///   ``StoredBody/maxDeltaDepth`` (which the store never writes).
    func expanded(in db: Database, deltas: DeltaCache) throws -> (body: [UInt8], depth: Int) {
        if let known = deltas[id] { return known }
        let tooLong = StoredBodyError("its chain of deltas is longer than \(StoredBody.maxDeltaDepth)")
        // The deltas down to a body kept whole, or to one this transaction has expanded already.
        var chain: [ObjectRecord] = []
        var current = self
        var start: (body: [UInt8], depth: Int)?
        while current.codec == StoredBody.delta, start == nil {
            guard chain.count < StoredBody.maxDeltaDepth else { throw tooLong }
            chain.append(current)
            guard let row = current.base else { throw StoredBodyError("it is a delta without a base") }
            if let known = deltas[row] {
                start = known
            } else if let base = try ObjectRecord.find(row: row, in: db) {
                current = base
            } else {
                throw StoredBodyError("the row its delta was made against is missing")
            }
        }
        var (body, depth) = try start ?? (StoredBody.decode([UInt8](current.body), codec: current.codec, in: db), 0)
        guard depth + chain.count <= StoredBody.maxDeltaDepth else { throw tooLong }
        if start == nil, !chain.isEmpty { deltas.remember(current.id, body: body, depth: 0) }
        for delta in chain.reversed() {
            depth += 1
            body = try StoredBody.expand([UInt8](delta.body), base: body)
            deltas.remember(delta.id, body: body, depth: depth)
        }
        return (body, depth)
    }

    /// The object's kind, when the code is a known one.
    var objectKind: ObjectKind? { CompactBody.kind(code: kind) }

    /// The object's id, when the hash has the right length.
    var objectID: ObjectID? { ObjectID(bytes: hash) }

    /// The condition that finds an object by its id, bound to the id's 32 bytes as `?1`: through the index of the
    /// names' first 8 bytes (`object_by_name`, schema 15), then the whole name in the row. A file older than schema
    /// 15, read as it is, finds it by its unique index of whole names (the second term).
    static let named = "substr(hash, 1, 8) = substr(?1, 1, 8) AND hash = ?1"

    /// The row of an object, found by its id.
    static func find(_ id: ObjectID, in db: Database) throws -> ObjectRecord? {
        let statement = try db.cachedStatement(sql: "SELECT * FROM object WHERE \(named)")
        return try ObjectRecord.fetchOne(statement, arguments: [Data(id.bytes)])
    }

    /// Inserts an object's row, its compact body compressed when that is smaller, and returns its row id, the
    /// bytes its body takes and whether it was kept as a delta.
    ///
    /// - Parameter base: The row and compact body of an earlier version (a revision's first parent), to keep the body
    ///   as a delta against when that is smaller than the body. The caller checks that the store keeps deltas and
    ///   that the base is less than ``StoredBody/maxDeltaDepth`` deep.
    static func insert(
        hash: Data, kind: Int, body: [UInt8], base: (row: Int64, body: [UInt8])? = nil, in db: Database
    ) throws -> (row: Int64, bytes: Int, isDelta: Bool) {
        // A delta first: against the parent it is a small fraction of the dictionary's form, which is then not made.
        if let base, let delta = try StoredBody.delta(of: body, against: base.body, smallerThan: body.count) {
            let statement = try db.cachedStatement(
                sql: "INSERT INTO object (hash, kind, body, codec, base) VALUES (?, ?, ?, ?, ?)")
            try statement.execute(arguments: [hash, kind, Data(delta), StoredBody.delta, base.row])
            return (db.lastInsertedRowID, delta.count, true)
        }
        let (codec, stored) = try StoredBody.encode(body, in: db)
        if codec == StoredBody.plain {
            let statement = try db.cachedStatement(sql: "INSERT INTO object (hash, kind, body) VALUES (?, ?, ?)")
            try statement.execute(arguments: [hash, kind, Data(stored)])
        } else {
            let statement = try db.cachedStatement(
                sql: "INSERT INTO object (hash, kind, body, codec) VALUES (?, ?, ?, ?)")
            try statement.execute(arguments: [hash, kind, Data(stored), codec])
        }
        return (db.lastInsertedRowID, stored.count, false)
    }

    /// The rows kept as deltas, by the row each was made against (`base`): one reading of the whole table.
    ///
    /// Only `gc` asks which rows are kept against another, and it reads every row anyway, so the store keeps no index
    /// of `base` (schema 22: it was a twentieth of a small node's file).
    static func deltasByBase(in db: Database) throws -> [Int64: [Int64]] {
        var byBase: [Int64: [Int64]] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, base FROM object WHERE base IS NOT NULL")
        while let row = try rows.next() {
            let base: Int64 = row[1]
            byBase[base, default: []].append(row[0])
        }
        return byBase
    }

    /// The row a delta was made against, or `nil` for a row kept whole (or missing).
    static func base(ofRow row: Int64, in db: Database) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT base FROM object WHERE id = ?"), arguments: [row])
    }

    /// Keeps a row's body in another form: `stored`, by `codec`, against `base` for a delta (`nil` for any other
    /// form). What the row holds does not change, only how (``StoredBody``); the caller has read the form back.
    static func rewrite(row: Int64, stored: [UInt8], codec: Int, base: Int64?, in db: Database) throws {
        let statement = try db.cachedStatement(sql: "UPDATE object SET body = ?, codec = ?, base = ? WHERE id = ?")
        try statement.execute(arguments: [Data(stored), codec, base, row])
    }

    /// The object in a row.
    static func find(row: Int64, in db: Database) throws -> ObjectRecord? {
        let statement = try db.cachedStatement(sql: "SELECT * FROM object WHERE id = ?")
        return try ObjectRecord.fetchOne(statement, arguments: [row])
    }

    /// The row id and kind of an object, found by its id.
    static func locate(_ id: ObjectID, in db: Database) throws -> (row: Int64, kind: Int)? {
        let statement = try db.cachedStatement(sql: "SELECT id, kind FROM object WHERE \(named)")
        return try Row.fetchOne(statement, arguments: [Data(id.bytes)]).map { ($0[0], $0[1]) }
    }

    /// The row ids and kinds of those of some objects the store has, found by their ids in a query for every 500:
    /// through the index of the names' first 8 bytes, as ``named``, the whole names compared here.
    static func locate(_ ids: [ObjectID], in db: Database) throws -> [ObjectID: (row: Int64, kind: Int)] {
        var found: [ObjectID: (row: Int64, kind: Int)] = [:]
        let statement = try db.cachedStatement(sql: locating)
        var start = ids.startIndex
        while start < ids.endIndex {
            let end = min(start + 500, ids.endIndex)
            let wanted = Set(ids[start..<end])
            var prefixes = Data(capacity: (end - start) * 8)
            for id in ids[start..<end] { prefixes.append(contentsOf: id.bytes.prefix(8)) }
            let rows = try Row.fetchCursor(statement, arguments: [prefixes])
            while let row = try rows.next() {
                guard let id = ObjectID(bytes: row[2] as Data), wanted.contains(id) else { continue }
                found[id] = (row[0], row[1])
            }
            start = end
        }
        return found
    }

    /// The query of ``locate(_:in:)-([ObjectID],_)``: the rows, kinds and names of the objects whose names' first 8
    /// bytes are one of those bound together in one blob, 8 bytes each. One statement for any number of names, so it
    /// is prepared once a connection, not once a call with as many parameters as names.
    static let locating = """
        WITH RECURSIVE wanted(at) AS (SELECT 1 UNION ALL SELECT at + 8 FROM wanted WHERE at + 8 <= length(?1)) \
        SELECT id, kind, hash FROM object WHERE substr(hash, 1, 8) IN (SELECT substr(?1, at, 8) FROM wanted)
        """

    /// The hash and kind of the object in a row.
    static func identity(ofRow row: Int64, in db: Database) throws -> (hash: Data, kind: Int)? {
        let statement = try db.cachedStatement(sql: "SELECT hash, kind FROM object WHERE id = ?")
        return try Row.fetchOne(statement, arguments: [row]).map { ($0[0], $0[1]) }
    }

    /// The row id, hash and kind code of every object, for `fsck`.
    static func identities(_ db: Database) throws -> [(row: Int64, hash: Data, kind: Int)] {
        try Row.fetchAll(db, sql: "SELECT id, hash, kind FROM object").map { ($0[0], $0[1], $0[2]) }
    }

    /// The row id and body size of every object, for `gc`.
    static func sizes(_ db: Database) throws -> [(row: Int64, size: Int)] {
        try Row.fetchAll(db, sql: "SELECT id, length(body) FROM object").map { ($0[0], $0[1]) }
    }

    /// The size of an object's compact body, if stored.
    static func size(ofRow row: Int64, in db: Database) throws -> Int? {
        try Int.fetchOne(db, sql: "SELECT length(body) FROM object WHERE id = ?", arguments: [row])
    }

    /// The names of the revisions whose names lie between two (`?1`, `?2`), of kind `?3`, at most `?4` of them, in
    /// order: through the index of the names' first 8 bytes, as ``named``.
    static let namesBetween = """
        SELECT hash FROM object
        WHERE substr(hash, 1, 8) BETWEEN substr(?1, 1, 8) AND substr(?2, 1, 8) AND hash BETWEEN ?1 AND ?2 AND kind = ?3
        ORDER BY hash LIMIT ?4
        """

    /// The revision objects whose hash starts with the given bytes range, at most `limit` of them.
    static func revisions(hashFrom lower: Data, to upper: Data, limit: Int, in db: Database) throws -> [Data] {
        try Data.fetchAll(
            db, sql: namesBetween, arguments: [lower, upper, CompactBody.code(of: .revision), limit])
    }
}

extension DerivableRequest<ObjectRecord> {
    /// Objects in row order, for walks over the whole store.
    func orderedByRow() -> Self {
        order(ObjectRecord.Columns.id)
    }
}

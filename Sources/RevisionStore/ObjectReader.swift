import GRDB
public import ReportModel

/// Reads stored objects one after another inside one transaction, remembering the id and kind of every row it has
/// met, so that an object read after the objects it refers to — the order of ``StoreReading/transferPlan(want:have:)``
/// — is rebuilt without a query per reference.
///
/// Each object's bytes are rebuilt from its compact body and checked against its id. They are not decoded again:
/// the store decoded and checked them in full when it wrote them, and the hash proves they are still those bytes.
public struct ObjectReader {
    private let db: Database
    private var identities: [Int64: (id: ObjectID, kind: Int)] = [:]
    /// The delta chains the transaction has met, each frame expanded once.
    private let deltas: DeltaCache

    init(db: Database, deltas: DeltaCache) {
        self.db = db
        self.deltas = deltas
    }

    /// An object, or `nil` when the store does not have it.
    ///
    /// - Throws: ``StoreError/damagedObject(_:detail:)`` when its stored form does not give back its id.
    public mutating func object(_ id: ObjectID) throws -> EncodedObject? {
        guard let record = try ObjectRecord.find(id, in: db) else { return nil }
        return try object(record, id: id)
    }

    /// An object of a transfer plan made in this transaction (read by its row), or `nil` when the store does not
    /// have it.
    ///
    /// - Throws: ``StoreError/damagedObject(_:detail:)`` when its stored form does not give back its id.
    public mutating func object(_ planned: PlannedObject) throws -> EncodedObject? {
        guard let row = planned.row else { return try object(planned.id) }
        if let body = planned.compactBody {
            // Read by the plan in this transaction: rebuilt from that body, checked against the id all the same.
            let bytes = try canonicalBytes(ofBody: body, kind: planned.kind, id: planned.id)
            return try checked(bytes, id: planned.id, kind: planned.kind, row: row)
        }
        guard let record = try ObjectRecord.find(row: row, in: db) else { return nil }
        return try object(record, id: planned.id)
    }

    private mutating func object(_ record: ObjectRecord, id: ObjectID) throws -> EncodedObject {
        let kind = try Self.kind(of: record, id: id)
        return try checked(canonicalBytes(of: record, id: id), id: id, kind: kind, row: record.id)
    }

    /// Rebuilt bytes, once they hash to the id; the row is remembered for the objects that refer to it.
    private mutating func checked(
        _ bytes: [UInt8], id: ObjectID, kind: ObjectKind, row: Int64
    ) throws
        -> EncodedObject
    {
        let actual = ObjectID.hashing(bytes)
        guard actual == id else {
            throw StoreError.damagedObject(
                id, detail: ModelError.hashMismatch(expected: id, actual: actual).description)
        }
        identities[row] = (id, CompactBody.code(of: kind))
        return EncodedObject(checked: bytes, id: id, kind: kind)
    }

    /// The canonical bytes of a stored object, rebuilt from its compact body; every reference must name a stored
    /// object of the kind it says.
    mutating func canonicalBytes(of record: ObjectRecord, id: ObjectID) throws -> [UInt8] {
        let kind = try Self.kind(of: record, id: id)
        let body: [UInt8]
        do {
            body = try record.compactBody(in: db, deltas: deltas)
        } catch let error as StoredBodyError {
            throw StoreError.damagedObject(id, detail: error.description)
        }
        return try canonicalBytes(ofBody: body, kind: kind, id: id)
    }

    /// The canonical bytes of an object from its compact body.
    private mutating func canonicalBytes(ofBody body: [UInt8], kind: ObjectKind, id: ObjectID) throws -> [UInt8] {
        do {
            return try CompactBody.canonicalBytes(of: body, kind: kind) { row, expected in
                let identity = try self.identity(ofRow: row, referencedBy: id)
                guard CompactBody.kind(code: identity.kind) == expected else {
                    throw StoreError.damagedObject(
                        id, detail: "it refers to \(identity.id.hex) as a \(expected.rawValue)")
                }
                return identity.id
            }
        } catch let error as CompactBodyError {
            throw StoreError.damagedObject(id, detail: error.description)
        }
    }

    private static func kind(of record: ObjectRecord, id: ObjectID) throws -> ObjectKind {
        guard let kind = record.objectKind else {
            throw StoreError.damagedObject(id, detail: "its kind code \(record.kind) is unknown")
        }
        return kind
    }

    private mutating func identity(ofRow row: Int64, referencedBy id: ObjectID) throws -> (id: ObjectID, kind: Int) {
        if let known = identities[row] { return known }
        guard let found = try ObjectRecord.identity(ofRow: row, in: db), let referenced = ObjectID(bytes: found.hash)
        else { throw StoreError.damagedObject(id, detail: "it refers to object row \(row), which is missing") }
        identities[row] = (referenced, found.kind)
        return (referenced, found.kind)
    }
}

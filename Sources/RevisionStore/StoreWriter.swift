import Foundation
import GRDB
import Logging
public import ReportModel

/// Read and write access inside ``RevisionStore/write(_:)``. Everything done through one writer commits together.
public struct StoreWriter: StoreReading {
    /// The transaction's connection.
    public let connection: StoreConnection
    /// Where the store logs.
    let logger: Logger
    /// The rows of the objects this transaction has met, so that a batch whose objects refer to each other looks
    /// each up once.
    private let rows = ObjectRows()

    /// Stores objects, children before parents, skipping those the store has.
    ///
    /// - Parameter objects: Objects in an order where each comes after every object it refers to, as
    ///   `ObjectGraph.objects(of:)` gives them.
    /// - Returns: How many were new, how many were there, and the bytes written.
    /// - Throws: What ``put(_:)-(EncodedObject)`` throws; the caller's transaction then stores none of them.
    @discardableResult
    public func put(_ objects: [EncodedObject]) throws -> PutSummary {
        try lookUp(objects.map(\.id))
        var summary = PutSummary()
        for object in objects {
            summary.count(written: try put(object))
        }
        return summary
    }

    /// Stores one object, unless the store has it already (then nothing is written).
    ///
    /// An encoded object's id is the hash of its bytes (both its initializers make sure of it), so it is not hashed
    /// again; everything else is checked as in ``put(bytes:as:)``.
    ///
    /// - Returns: The bytes of the compact body written, or 0 when the object was already stored.
    /// - Throws: What ``put(bytes:as:)`` throws.
    @discardableResult
    public func put(_ object: EncodedObject) throws -> Int {
        var everything = ObjectReach.everything
        return try store(hashed: object.bytes, as: object.id, within: &everything) { _ in }
    }

    /// Finds which of some objects the store has, a query for every 500 of them, so that storing them one by one
    /// (a report's pieces, the objects a pull or a push brought) does not ask the store for each. Changes nothing:
    /// storing still checks each object as it comes.
    public func lookUp(_ ids: [ObjectID]) throws {
        for (id, found) in try ObjectRecord.locate(ids.filter { rows.known[$0] == nil }, in: db) {
            rows.known[id] = found
        }
    }

    /// Stores an object received under a name (from a file, from another node), unless the store has it already.
    ///
    /// The bytes are checked against the name before they are written (SHA-256, canonical form, every reference
    /// present and of the kind it says, a revision's parents revisions of the same report), and the compact body
    /// about to be written is expanded back and must give the same bytes. A revision object is also entered in the
    /// revision index.
    ///
    /// - Parameters:
    ///   - bytes: The object's canonical encoding.
    ///   - id: The name it came under.
    /// - Returns: The bytes of the compact body written, or 0 when the object was already stored.
    /// - Throws: ``StoreError/invalidObject(_:_:)`` for bytes that do not hash to `id` or are not canonical;
    ///   ``StoreError/missingReference(_:referencedBy:)`` or
    ///   ``StoreError/wrongReferenceKind(_:expected:found:referencedBy:)`` for a reference the store cannot satisfy;
    ///   ``StoreError/foreignParent(_:parent:)`` for a revision whose parent is of another report.
    @discardableResult
    public func put(bytes: [UInt8], as id: ObjectID) throws -> Int {
        var everything = ObjectReach.everything
        return try put(bytes: bytes, as: id, within: &everything)
    }

    /// Stores an object a token sent, whose references must stay within what the token reaches.
    ///
    /// As ``put(bytes:as:)``, but a reference to an object outside `reach` is refused exactly as a reference to an
    /// object the store does not have, so that a sender cannot learn what it may not read, nor make another
    /// agency's objects part of its own reports. The object joins `reach` (stored or already there).
    ///
    /// The bytes must hash to `id` even when the store has the object: only a sender that has the object's bytes
    /// can add it to its reach.
    ///
    /// - Parameters:
    ///   - bytes: The object's canonical encoding.
    ///   - id: The name it came under.
    ///   - reach: What the sender reaches; the object is added to it.
    ///   - checkRevision: Called with a revision about to be stored, decoded and checked, before anything is
    ///     written (not with one the store has): what it throws is thrown and nothing is stored.
    /// - Returns: The bytes of the compact body written, or 0 when the object was already stored.
    /// - Throws: What ``put(bytes:as:)`` throws, or what `checkRevision` throws.
    @discardableResult
    public func put(
        bytes: [UInt8], as id: ObjectID, within reach: inout ObjectReach,
        checkRevision: (RevisionContent) throws -> Void = { _ in }
    ) throws -> Int {
        // The name is checked first, for an object the store has too: bytes that are not the object's must not be
        // taken as it (and join the sender's reach), nor be answered otherwise than under a name nobody has, which
        // would tell the sender what the store holds for others.
        let actual = ObjectID.hashing(bytes)
        guard actual == id else {
            throw StoreError.invalidObject(id, .hashMismatch(expected: id, actual: actual))
        }
        return try store(hashed: bytes, as: id, within: &reach, checkRevision: checkRevision)
    }

    /// ``put(bytes:as:within:checkRevision:)`` for bytes known to hash to `id`.
    private func store(
        hashed bytes: [UInt8], as id: ObjectID, within reach: inout ObjectReach,
        checkRevision: (RevisionContent) throws -> Void
    ) throws -> Int {
        let stored = try locate(id)
        if let (row, _) = stored, reach.contains(row: row) { return 0 }
        let decoded: CanonicalObject
        let fields: CanonicalReader
        do {
            fields = try CanonicalReader(bytes)
            decoded = try CanonicalObject.decode(bytes, read: fields)
        } catch {
            throw StoreError.invalidObject(id, error)
        }
        // Every reference within reach, for an object stored for others too: else a sender that guesses another
        // agency's section would learn from the answer that the store holds it, and make its parts its own.
        var referencedRows: [ObjectID: Int64] = [:]
        let body = try CompactBody.encode(fields) { kind, referenced in
            guard let (row, code) = try locate(referenced), reach.contains(row: row) else {
                throw StoreError.missingReference(referenced, referencedBy: id)
            }
            guard let found = CompactBody.kind(code: code), found == kind else {
                throw StoreError.wrongReferenceKind(
                    referenced, expected: kind, found: CompactBody.kind(code: code) ?? kind, referencedBy: id)
            }
            referencedRows[referenced] = row
            return row
        }
        if let (row, _) = stored {
            reach.insert(row: row)
            return 0
        }
        if case .revision(let revision) = decoded {
            try checkParents(of: revision, id: id, rows: referencedRows)
            try checkRevision(revision)
        }
        try verifyExpansion(of: body, kind: decoded.kind, rows: referencedRows, as: id, bytes: bytes)
        let code = CompactBody.code(of: decoded.kind)
        var base: (row: Int64, body: [UInt8], depth: Int)?
        if case .revision(let revision) = decoded, let parent = revision.parents.first, let row = referencedRows[parent]
        {
            base = try deltaBase(row: row)
        }
        let (row, written, isDelta) = try ObjectRecord.insert(
            hash: Data(id.bytes), kind: code, body: body, base: base.map { ($0.row, $0.body) }, in: db)
        rows.known[id] = (row, code)
        reach.insert(row: row)
        if case .revision(let revision) = decoded {
            rows.generations[id] = try index(revision, row: row, rows: referencedRows)
            connection.deltas.remember(row, body: body, depth: isDelta ? (base?.depth ?? 0) + 1 : 0)
        }
        return written
    }

    /// Regenerates the revision index from the revision objects; returns the number of revisions.
    public func rebuildIndexes() throws -> Int {
        try RevisionIndex.erase(db)
        var count = 0
        let revisions = try ObjectRecord.filter(ObjectRecord.Columns.kind == CompactBody.code(of: .revision))
            .orderedByRow().fetchAll(db)
        for record in revisions {
            guard let id = record.objectID else { continue }
            let row = record.id
            guard let object = try object(id), case .revision(let revision) = try decoded(object) else {
                throw StoreError.damagedObject(id, detail: "it is not a readable revision")
            }
            var rows: [ObjectID: Int64] = [:]
            for referenced in [revision.root] + revision.parents {
                guard let (referencedRow, _) = try ObjectRecord.locate(referenced, in: db) else {
                    throw StoreError.missingReference(referenced, referencedBy: id)
                }
                rows[referenced] = referencedRow
            }
            try index(revision, row: row, rows: rows)
            count += 1
        }
        logger.info("rebuilt the revision index", metadata: ["revisions": "\(count)"])
        return count
    }

    // MARK: - Internals

    /// Checks that a compact body gives back the canonical bytes it was made from, so that what is stored can
    /// always be read back under its name.
    private func verifyExpansion(
        of body: [UInt8], kind: ObjectKind, rows: [ObjectID: Int64], as id: ObjectID, bytes: [UInt8]
    ) throws {
        let mismatch = StoreError.damagedObject(id, detail: "its compact form does not give back its bytes")
        let ids = Dictionary(rows.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        let expanded = try? CompactBody.canonicalBytes(of: body, kind: kind) { row, _ in
            guard let referenced = ids[row] else { throw mismatch }
            return referenced
        }
        guard expanded == bytes else { throw mismatch }
    }

    /// Checks that every parent of a revision is a revision of the same report (agency and year): history never
    /// crosses reports, so that what a token reaches of one report never brings another's.
    private func checkParents(of revision: RevisionContent, id: ObjectID, rows: [ObjectID: Int64]) throws {
        for parent in revision.parents {
            guard let row = rows[parent], let found = try RevisionIndexRecord.report(ofRow: row, in: db),
                found.agency == revision.report.agency, found.year == revision.report.year
            else { throw StoreError.foreignParent(id, parent: parent) }
        }
    }

    /// What a revision whose first parent is in `row` may be kept as a delta against (`Schema/store.md`, "Revision
    /// deltas"): that parent's compact body and depth, unless the parent is already
    /// ``StoredBody/maxDeltaDepth`` deltas deep or the store's schema predates deltas.
    private func deltaBase(row: Int64) throws -> (row: Int64, body: [UInt8], depth: Int)? {
        guard try StoredBody.keepsDeltas(db) else { return nil }
        // A parent this transaction wrote or read is known without a query.
        var expanded = connection.deltas[row]
        if expanded == nil {
            guard let record = try ObjectRecord.find(row: row, in: db) else { return nil }
            do {
                expanded = try record.expanded(in: db, deltas: connection.deltas)
            } catch let error as StoredBodyError {
                throw StoreError.damagedIndex(detail: "object row \(row): \(error.description)")
            }
        }
        guard let expanded, expanded.depth < StoredBody.maxDeltaDepth else { return nil }
        return (row, expanded.body, expanded.depth)
    }

    /// The row and kind code of a stored object, from what this transaction has met or else from the store.
    private func locate(_ id: ObjectID) throws -> (row: Int64, kind: Int)? {
        if let known = rows.known[id] { return known }
        guard let found = try ObjectRecord.locate(id, in: db) else { return nil }
        rows.known[id] = found
        return found
    }

    /// A revision's generation (第 N 版): the one this transaction gave it when it stored it, without a query, else
    /// as stored (``StoreReading/generations(of:scope:)``); `nil` for one not held, or in a file without numbers.
    public func generation(of id: ObjectID) throws -> Int? {
        if let known = rows.generations[id] { return known }
        return try generations(of: [id])[id]
    }

    /// Enters a revision in the revision index; its parents must be there already (they are stored first). Returns
    /// its generation (`nil` in a file without numbers).
    @discardableResult
    private func index(_ revision: RevisionContent, row: Int64, rows: [ObjectID: Int64]) throws -> Int? {
        guard let root = rows[revision.root] else { throw StoreError.objectNotFound(revision.root) }
        let parentRows = try revision.parents.map { parent in
            guard let parentRow = rows[parent] else { throw StoreError.revisionNotFound(parent) }
            return parentRow
        }
        var generation: Int?
        if try RevisionIndexRecord.hasGenerations(db) {
            generation = try RevisionIndexRecord.generation(withParents: parentRows, in: db)
            guard generation != nil else {
                throw StoreError.damagedIndex(detail: "a parent of revision row \(row) is not in the revision index")
            }
        }
        try RevisionIndexRecord(
            object: row, agency: revision.report.agency, year: revision.report.year, root: root,
            time: Int64(revision.time.timeIntervalSince1970), generation: generation, author: revision.author
        ).insertCached(db)
        for (position, parentRow) in parentRows.enumerated() {
            try RevisionParentRecord(revision: row, position: position, parent: parentRow).insertCached(db)
        }
        return generation
    }
}

/// The rows of objects one write transaction has met. Rows are never deleted, and the memory ends with the
/// transaction, so what it holds stays true.
private final class ObjectRows {
    var known: [ObjectID: (row: Int64, kind: Int)] = [:]
    /// The generations of the revisions this transaction stored.
    var generations: [ObjectID: Int] = [:]
}

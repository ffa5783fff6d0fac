import Foundation
import GRDB
import ObjectCodec
import ReportModel
import Synchronization

/// How a compact body is kept in its `object` row (`Schema/store.md`, "Compressed bodies"): as it is (`codec` 0), as
/// a zstd frame without its magic bytes made with the dictionary of `object_dictionary` whose id is the codec, or
/// (`codec` -1, "Revision deltas" and "Deltas of the pieces of reports") as such a frame made with the compact body of
/// the row `base` names.
///
/// Dictionaries are fixed forever once a migration has added them, like the kind codes: a row's codec says which
/// one reads it, so a later dictionary is a new id and old rows stay readable.
enum StoredBody {
    /// The codec of a body kept as it is.
    static let plain = 0
    /// The codec of a body kept as a delta: a frame whose dictionary is the compact body of the row in `base`.
    static let delta = -1
    /// The most deltas read to expand one body: a revision whose first parent is this deep is kept whole (with the
    /// dictionary), so reading any revision expands at most this many frames after its own.
    static let maxDeltaDepth = 16
    /// The dictionary new bodies are compressed with (added by `v7-compression`).
    static let currentDictionary = 1
    /// The largest compact body a frame may expand to: more than any object the store or the wire accepts.
    static let maxBodyBytes = 16 * 1024 * 1024
    /// zstd's level for bodies. Measured on the 5,940 bodies of the 2,000-revision sync bench (dictionary 1, one
    /// body per call): level 19 took about 100 µs a body, more than half of a cold clone's time, for bodies 0.9 %
    /// smaller than level 6's at 21 µs; level 3 is 6 µs but 5 % larger.
    static let level: Int32 = 6

    /// The form to store a compact body in: compressed with the current dictionary when that is smaller, else as
    /// it is. Stores whose schema predates compression (no dictionary) keep it as it is.
    static func encode(_ body: [UInt8], in db: Database) throws -> (codec: Int, bytes: [UInt8]) {
        guard let codec = try codec(currentDictionary, in: db) else { return (plain, body) }
        let compressed = codec.compressStored(body)
        guard !compressed.isEmpty, compressed.count < body.count else { return (plain, body) }
        return (currentDictionary, compressed)
    }

    /// Whether the store's schema has deltas (schema 14, `object.base`); older files, read as they are or in a
    /// migration test, keep every body whole.
    static func keepsDeltas(_ db: Database) throws -> Bool {
        try db.columns(in: "object").contains { $0.name == "base" }
    }

    /// A delta of a compact body against its base's (another version of the same thing: a revision's first parent, or
    /// the piece of a report that replaced it), when that is smaller than `stored`, the body's other form; `nil`
    /// otherwise.
    static func delta(of body: [UInt8], against base: [UInt8], smallerThan stored: Int) throws -> [UInt8]? {
        let frame = deltaCodec.compressStored(body, prefix: base)
        guard !frame.isEmpty, frame.count < stored else { return nil }
        // Read back before it is kept: the body must come out of the frame and its base as it went in.
        guard try expand(frame, base: base) == body else {
            throw StoredBodyError("its delta against another version of it does not give it back")
        }
        return frame
    }

    /// The compact body kept as a delta against `base`, the base's compact body.
    ///
    /// - Throws: ``StoredBodyError`` when the frame is damaged.
    static func expand(_ stored: [UInt8], base: [UInt8]) throws -> [UInt8] {
        do {
            return try deltaCodec.decompressStored(stored, prefix: base, limit: maxBodyBytes)
        } catch {
            throw StoredBodyError("its delta against another version of it cannot be read: \(error.description)")
        }
    }

    /// The compact body kept in a row.
    ///
    /// - Throws: ``StoredBodyError`` when the codec is unknown or the frame is damaged.
    static func decode(_ stored: [UInt8], codec id: Int, in db: Database) throws -> [UInt8] {
        guard id != plain else { return stored }
        guard id != delta else { throw StoredBodyError("it is a delta, read without its base") }
        // A dictionary is the same in every store that has it, so one this process has read decodes the body
        // without asking SQLite whether the table exists (4 % of a node's time serving a clone).
        guard let codec = try codecs.withLock({ $0[id] }) ?? codec(id, in: db) else {
            throw StoredBodyError("it is compressed with dictionary \(id), which this store does not have")
        }
        do {
            return try codec.decompressStored(stored, limit: maxBodyBytes)
        } catch {
            throw StoredBodyError("its compressed body cannot be read: \(error.description)")
        }
    }

    /// Compresses every body kept as it is (the `v7-compression` migration): ids, kinds and references do not
    /// change, only how the bytes are kept. Each new form is expanded back and compared before it is written.
    static func compressAll(_ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT id, body FROM object WHERE codec = ?", arguments: [plain])
        var updates: [(row: Int64, bytes: [UInt8])] = []
        while let row = try rows.next() {
            let body = [UInt8](row["body"] as Data)
            let (codec, bytes) = try encode(body, in: db)
            guard codec != plain else { continue }
            guard try decode(bytes, codec: codec, in: db) == body else {
                throw StoredBodyError("object row \(row["id"] as Int64) does not survive compression")
            }
            updates.append((row["id"], bytes))
        }
        let statement = try db.makeStatement(sql: "UPDATE object SET body = ?, codec = ? WHERE id = ?")
        for update in updates {
            try statement.execute(arguments: [Data(update.bytes), currentDictionary, update.row])
        }
    }

    /// Keeps every revision an older store holds as a delta against its first parent, where that is smaller (the
    /// `v14-deltas` migration): ids, kinds and references do not change, only how the bytes are kept. Rows are taken
    /// in row order, in which a parent always comes before its children, so that chains stay within
    /// ``maxDeltaDepth``; each delta is expanded back and compared before it is written.
    static func deltifyRevisions(_ db: Database) throws {
        let kind = CompactBody.code(of: .revision)
        let bodies = DeltaCache()
        var depths: [Int64: Int] = [:]
        var updates: [(row: Int64, frame: [UInt8], base: Int64)] = []
        let rows = try Row.fetchCursor(
            db, sql: "SELECT id, body, codec FROM object WHERE kind = ? ORDER BY id", arguments: [kind])
        while let row = try rows.next() {
            let id: Int64 = row["id"]
            let stored = [UInt8](row["body"] as Data)
            let body = try decode(stored, codec: row["codec"], in: db)
            var depth = 0
            // A revision's references are its root, then its parents in order.
            let references = try CompactBody.references(of: body, kind: kind)
            if references.count > 1, let parentDepth = depths[references[1]], parentDepth < maxDeltaDepth {
                let parent = references[1]
                // The parent's body as the store kept it before this migration: whole.
                guard let base = try bodies[parent]?.body ?? ObjectRecord.find(row: parent, in: db)?.compactBody(in: db)
                else { throw StoredBodyError("the parent of revision row \(id) is missing") }
                if let frame = try delta(of: body, against: base, smallerThan: stored.count) {
                    updates.append((id, frame, parent))
                    depth = parentDepth + 1
                }
            }
            depths[id] = depth
            bodies.remember(id, body: body, depth: depth)
        }
        for update in updates {
            try ObjectRecord.rewrite(row: update.row, stored: update.frame, codec: delta, base: update.base, in: db)
        }
    }

    /// Keeps a row's body whole again (with the current dictionary, as a new body is) instead of as a delta: `gc` does
    /// it to every kept row whose base it removes. The new form is expanded back and compared before it is written.
    static func keepWhole(_ record: ObjectRecord, in db: Database, deltas: DeltaCache) throws {
        let body = try record.expanded(in: db, deltas: deltas).body
        let (codec, bytes) = try encode(body, in: db)
        guard try decode(bytes, codec: codec, in: db) == body else {
            throw StoredBodyError("object row \(record.id) does not survive compression")
        }
        try ObjectRecord.rewrite(row: record.id, stored: bytes, codec: codec, base: nil, in: db)
    }

    /// The codec of a dictionary, read from the store once per process (dictionaries never change), or `nil` when
    /// the store has no such dictionary.
    private static func codec(_ id: Int, in db: Database) throws -> ZstdCodec? {
        // A store whose schema predates compression (a migration test, a read-only old file) has no dictionary.
        guard try db.tableExists("object_dictionary") else { return nil }
        if let known = codecs.withLock({ $0[id] }) { return known }
        guard
            let bytes = try Data.fetchOne(db, sql: "SELECT bytes FROM object_dictionary WHERE id = ?", arguments: [id])
        else { return nil }
        let codec: ZstdCodec
        do {
            codec = try ZstdCodec(dictionary: [UInt8](bytes), level: level)
        } catch {
            throw StoredBodyError("dictionary \(id) of this store is damaged: \(error.description)")
        }
        return codecs.withLock { known in
            if let first = known[id] { return first }
            known[id] = codec
            return codec
        }
    }

    private static let codecs = Mutex<[Int: ZstdCodec]>([:])

    /// The codec of deltas: no dictionary of its own (each frame names its base).
    private static let deltaCodec = ZstdCodec(level: level)
}

/// Why a stored body could not be read back.
struct StoredBodyError: Error, CustomStringConvertible {
    /// What is wrong, as a clause ("its compressed body cannot be read: …").
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

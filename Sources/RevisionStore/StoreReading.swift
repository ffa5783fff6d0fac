public import Foundation
import GRDB
public import ReportModel

/// The database connection of one transaction, opaque outside the store; valid only inside the closure given to
/// ``RevisionStore/read(_:)`` or ``RevisionStore/write(_:)``.
public struct StoreConnection {
    let db: Database
    let path: String
    /// The delta chains this transaction has expanded: reading a report's history expands each frame once.
    let deltas = DeltaCache()
    /// The pieces of reports this transaction has rebuilt: the revisions of a report share most of theirs.
    let pieces = AssembledPieces()
}

/// What can be read inside a transaction. ``StoreReader`` and ``StoreWriter`` both read.
///
/// The methods throw ``StoreError`` for what the store finds wrong, and any other error only from SQLite; the
/// transaction (``RevisionStore/read(_:)``) translates those.
public protocol StoreReading {
    /// The transaction's connection.
    var connection: StoreConnection { get }
}

/// Read access inside ``RevisionStore/read(_:)``.
public struct StoreReader: StoreReading {
    /// The transaction's connection.
    public let connection: StoreConnection
}

extension StoreReading {
    var db: Database { connection.db }

    /// Whether the store has an object.
    public func contains(_ id: ObjectID) throws -> Bool {
        try ObjectRecord.locate(id, in: db) != nil
    }

    /// An object, its bytes rebuilt and checked against its id.
    ///
    /// - Returns: The object, or `nil` when the store does not have it.
    /// - Throws: ``StoreError/damagedObject(_:detail:)`` when its stored form does not give back its id.
    public func object(_ id: ObjectID) throws -> EncodedObject? {
        var reader = objectReader()
        return try reader.object(id)
    }

    /// A reader of many objects in one go (a transfer), which remembers what it has read.
    public func objectReader() -> ObjectReader {
        ObjectReader(db: db, deltas: connection.deltas)
    }

    /// A whole report, rebuilt from its root and every object under it, each checked against its id — or taken from
    /// the pieces this transaction rebuilt already, checked when they were read (``AssembledPieces``).
    ///
    /// - Throws: ``StoreError/objectNotFound(_:)`` when the root is not stored; ``StoreError/unreadableContent(_:)``
    ///   or ``StoreError/damagedObject(_:detail:)`` when an object under it is missing or damaged.
    /// - Complexity: O(n) in the number of objects of the report.
    public func report(root: ObjectID) throws -> Report {
        guard try contains(root) else { throw StoreError.objectNotFound(root) }
        var reader = objectReader()
        return try ObjectGraph.report(root: root, sharing: connection.pieces) { id in
            guard let record = try ObjectRecord.find(id, in: db) else { return nil }
            return try reader.canonicalBytes(of: record, id: id)
        }
    }

    /// A revision.
    ///
    /// - Returns: The revision, or `nil` when the store has no revision with this id.
    /// - Throws: ``StoreError/damagedObject(_:detail:)`` when it is stored but unreadable.
    public func revision(_ id: ObjectID) throws -> Revision? {
        guard let object = try object(id), object.kind == .revision else { return nil }
        guard case .revision(let record) = try decoded(object) else { return nil }
        return Revision(id: id, content: record)
    }

    /// A revision that must exist.
    ///
    /// - Throws: ``StoreError/revisionNotFound(_:)`` when it does not.
    public func requireRevision(_ id: ObjectID) throws -> Revision {
        guard let revision = try revision(id) else { throw StoreError.revisionNotFound(id) }
        return revision
    }

    /// The revisions whose id starts with some hexadecimal digits, in id order.
    ///
    /// - Parameters:
    ///   - prefix: 1 to 64 hexadecimal digits, either case.
    ///   - limit: The most ids to return.
    /// - Returns: The matching revision ids; empty when the prefix is not hexadecimal.
    public func revisions(withPrefix prefix: String, limit: Int = 10) throws -> [ObjectID] {
        let digits = prefix.lowercased()
        guard HexDigits.isHex(digits), digits.count <= 64,
            let lower = HexDigits.decode(digits + String(repeating: "0", count: 64 - digits.count)),
            let upper = HexDigits.decode(digits + String(repeating: "f", count: 64 - digits.count))
        else { return [] }
        return try ObjectRecord.revisions(hashFrom: Data(lower), to: Data(upper), limit: limit, in: db)
            .compactMap { ObjectID(bytes: $0) }
    }

    /// The revisions of a report, oldest first (by time, then by storage order).
    public func revisions(of report: ReportKey) throws -> [ObjectID] {
        try RevisionIndexRecord.all().filter(agency: report.agency, year: report.year).fetchAll(db).map {
            try objectID(ofRow: $0.object)
        }
    }

    /// The revisions of a report with a generation (第 N 版), in storage order: one, or several made side by side;
    /// none in a file older than schema 16 read as it is.
    public func revisions(of report: ReportKey, generation: Int) throws -> [ObjectID] {
        try RevisionIndexRecord.rows(of: report, generation: generation, in: db).map { try objectID(ofRow: $0) }
    }

    /// The revisions of a report whose content is `root` (the same document committed before), oldest first.
    public func revisions(of report: ReportKey, withRoot root: ObjectID) throws -> [ObjectID] {
        guard let rootRow = try row(of: root) else { return [] }
        return try RevisionIndexRecord.rows(of: report, root: rootRow, in: db).map { try objectID(ofRow: $0) }
    }

    /// The generations of those of some revisions the store holds within a scope (one of an agency outside it is
    /// left out, as one not held): 1 for a revision without parents, else one more than the greatest of its
    /// parents' — the same on every node that holds the revision, the number pages name it by (第 3 版).
    public func generations(of ids: [ObjectID], scope: AccessScope = .all) throws -> [ObjectID: Int] {
        // (a file without numbers may also lack the index of names the lookup reads: not looked up at all)
        guard try RevisionIndexRecord.hasGenerations(db) else { return [:] }
        let rows = try ObjectRecord.locate(ids, in: db)
        let generations = try RevisionIndexRecord.generations(ofRows: rows.values.map(\.row), in: db)
        return rows.compactMapValues { found in
            generations[found.row].flatMap { scope.allows(agency: $0.agency) ? $0.generation : nil }
        }
    }

    /// One ref of a report, if set.
    public func ref(_ name: RefName, of report: ReportKey) throws -> Ref? {
        try RefRecord.find(
            agency: report.agency, year: report.year, kind: name.kind.rawValue, name: name.name, in: db
        ).map(ref(from:))
    }

    /// Every ref of a report: its heads, then its marks.
    public func refs(of report: ReportKey) throws -> [Ref] {
        try RefRecord.all().filter(agency: report.agency, year: report.year).orderedByReport().fetchAll(db)
            .map(ref(from:))
    }

    /// Every ref of every report, by report.
    public func refs() throws -> [Ref] {
        try RefRecord.all().orderedByReport().fetchAll(db).map(ref(from:))
    }

    /// An agency, if known, with its kind and aliases.
    public func agency(_ id: String) throws -> Agency? {
        guard let record = try AgencyRecord.fetchOne(db, key: id) else { return nil }
        let aliases = try AgencyAliasRecord.filter(AgencyAliasRecord.Columns.agency == id).fetchAll(db)
        return record.agency(aliases: aliases.map(\.alias).sorted())
    }

    /// Every agency, by id, with its kind and aliases.
    public func agencies() throws -> [Agency] {
        let aliases = Dictionary(grouping: try AgencyAliasRecord.fetchAll(db), by: \.agency)
        return try AgencyRecord.all().orderedByID().fetchAll(db).map {
            $0.agency(aliases: (aliases[$0.id] ?? []).map(\.alias).sorted())
        }
    }

    /// This node's name, recorded in every revision made here.
    public func nodeName() throws -> String? {
        try Setting.value(of: Setting.nodeKey, in: db)
    }

    /// The node name each remote gave at the last pull from it (``StoreWriter/setNodeName(_:ofRemote:)``), by the
    /// remote's name here; a remote not pulled from since it was recorded is not there.
    public func remoteNodeNames() throws -> [String: String] {
        let prefix = Setting.remoteNodePrefix
        let rows = try Setting.filter(Setting.Columns.key > prefix && Setting.Columns.key < prefix + "\u{10FFFF}")
            .fetchAll(db)
        return Dictionary(
            rows.filter { $0.key.hasPrefix(prefix) }.map { (String($0.key.dropFirst(prefix.count)), $0.value) },
            uniquingKeysWith: { $1 })
    }

    /// Which copy of the store this is (``RevisionStore/backup(to:)`` writes a new one into each copy); `nil` for a
    /// store no backup made.
    public func epoch() throws -> String? {
        try Setting.value(of: Setting.epochKey, in: db)
    }

    /// Whether this store is a backup's copy not yet written to since a backup made it (``RevisionStore/backup(to:)``,
    /// ``StoreWriter/takeRestoredCopy(at:)``).
    public func isUnlistedCopy() throws -> Bool {
        try Setting.value(of: Setting.copyKey, in: db) != nil
    }

    /// The last backup put in this store's place and used (``StoreWriter/takeRestoredCopy(at:)``), if any.
    public func restoredBackup() throws -> RestoredBackup? {
        let formatter = ISO8601DateFormatter()
        guard let restored = try Setting.value(of: Setting.restoredKey, in: db).flatMap(formatter.date(from:)),
            let made = try Setting.value(of: Setting.restoredFromKey, in: db).flatMap(formatter.date(from:))
        else { return nil }
        return RestoredBackup(made: made, restored: restored)
    }

    /// The author configured for this repository (`nianbao config author`), if any.
    public func author() throws -> String? {
        try Setting.value(of: Setting.authorKey, in: db)
    }

    /// When `gc` last ran here (``StoreWriter/recordCollection(at:)``), if it ever did.
    public func lastCollection() throws -> Date? {
        try Setting.value(of: Setting.collectedKey, in: db).flatMap(Int64.init).map {
            Date(timeIntervalSince1970: TimeInterval($0))
        }
    }

    /// Counts of what the store holds.
    public func statistics() throws -> StoreStatistics {
        try StoreStatistics.read(db)
    }

    // MARK: - Internals shared with the writer and the verifier

    /// The id of the object in a row.
    func objectID(ofRow row: Int64) throws -> ObjectID {
        guard let identity = try ObjectRecord.identity(ofRow: row, in: db), let id = ObjectID(bytes: identity.hash)
        else { throw StoreError.damagedIndex(detail: "object row \(row) is missing") }
        return id
    }

    func decoded(_ object: EncodedObject) throws -> CanonicalObject {
        do {
            return try object.decoded()
        } catch {
            throw StoreError.damagedObject(object.id, detail: error.description)
        }
    }

    private func ref(from record: RefRecord) throws -> Ref {
        Ref(
            report: ReportKey(agency: record.agency, year: record.year),
            name: RefName(kind: RefName.Kind(rawValue: record.kind) ?? .head, name: record.name),
            revision: try objectID(ofRow: record.revision),
            moved: Date(timeIntervalSince1970: TimeInterval(record.moved)), order: record.seq ?? 0)
    }
}

extension Revision {
    /// A revision whose id is already known.
    init(id: ObjectID, content: RevisionContent) {
        self.id = id
        self.content = content
    }
}

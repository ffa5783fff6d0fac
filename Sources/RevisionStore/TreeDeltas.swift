// `nianbao gc`'s packing: each piece of a report kept as a delta against the same piece of its parent's report.

import Foundation
import GRDB
import ReportModel

/// Keeps the pieces of reports — roots, sections, paragraphs, tables and rows — as deltas against the piece in the
/// same place of the report of their revision's first parent, where that is smaller (`Schema/store.md`, "Deltas").
///
/// A commit keeps a changed paragraph whole (compressed with the dictionary): finding its previous version would take
/// the parent's report, which a commit does not read. `gc` walks each revision's report beside its first parent's,
/// and keeps each piece, in the first revision that has it, as a delta against the piece in the same place of the
/// parent's report: a paragraph one sentence longer becomes a frame of a few dozen bytes. Revisions are kept as
/// deltas when they are stored; blobs (the bytes of original files) stay whole.
enum TreeDeltas {
    /// The kind codes of the pieces of a report.
    static let kinds = Set([ObjectKind.report, .section, .paragraph, .table, .row].map(CompactBody.code(of:)))

    /// Rewrites as deltas the pieces of every report that are smaller so, in this transaction.
    ///
    /// A piece already kept as a delta stays as it is, and so does a piece another row is a delta of (its
    /// dependents' chains would grow). Each delta is expanded back and compared before it is written, and no chain
    /// grows beyond ``StoredBody/maxDeltaDepth``.
    ///
    /// - Returns: How many rows were rewritten.
    /// - Complexity: O(n) in the stored objects: each is read once, and tried as a delta once.
    static func pack(_ db: Database) throws -> Int {
        var walk = try Packing(db: db)
        let revision = CompactBody.code(of: .revision)
        let revisions = try Int64.fetchAll(
            db, sql: "SELECT id FROM object WHERE kind = ? ORDER BY id", arguments: [revision])
        for row in revisions {
            // A revision refers to its root, then to its parents in order.
            let references = try walk.references(ofRow: row)
            guard let root = references.first?.row else { continue }
            var beside: Int64?
            if let parent = references.dropFirst().first?.row {
                beside = try walk.references(ofRow: parent).first?.row
            }
            try walk.visit(root, beside: beside)
        }
        return walk.packed
    }
}

/// One walk of ``TreeDeltas/pack(_:)``.
private struct Packing {
    let db: Database
    /// The rows visited: a piece met again (a later revision kept it unchanged) was decided the first time, with
    /// everything under it.
    var met = Set<Int64>()
    /// Rows rewritten.
    var packed = 0
    private let deltas = DeltaCache()
    private let update: Statement
    private let dependents: Statement

    init(db: Database) throws {
        self.db = db
        update = try db.makeStatement(sql: "UPDATE object SET body = ?, codec = ?, base = ? WHERE id = ?")
        dependents = try db.makeStatement(sql: "SELECT 1 FROM object WHERE base = ? LIMIT 1")
    }

    /// The references of a row's body, with the kind each names.
    func references(ofRow row: Int64) throws -> [(kind: Int, row: Int64)] {
        guard let record = try ObjectRecord.find(row: row, in: db) else { return [] }
        return try CompactBody.typedReferences(of: record.expanded(in: db, deltas: deltas).body, kind: record.kind)
    }

    /// Decides a piece, then the pieces under it, each beside the piece of the same kind in the same place (the
    /// n-th of its kind) under `beside`.
    mutating func visit(_ row: Int64, beside counterpart: Int64?) throws {
        guard met.insert(row).inserted, let record = try ObjectRecord.find(row: row, in: db),
            TreeDeltas.kinds.contains(record.kind)
        else { return }
        let (body, _) = try record.expanded(in: db, deltas: deltas)
        var base: (record: ObjectRecord, body: [UInt8], depth: Int)?
        if let counterpart, counterpart != row, let found = try ObjectRecord.find(row: counterpart, in: db),
            found.kind == record.kind
        {
            let (baseBody, depth) = try found.expanded(in: db, deltas: deltas)
            base = (found, baseBody, depth)
        }
        if record.codec != StoredBody.delta, let base, base.depth < StoredBody.maxDeltaDepth,
            try !hasDependents(row),
            let frame = try StoredBody.delta(of: body, against: base.body, smallerThan: record.body.count)
        {
            try update.execute(arguments: [Data(frame), StoredBody.delta, base.record.id, row])
            deltas.remember(row, body: body, depth: base.depth + 1)
            packed += 1
        }
        var places: [Int: [Int64]] = [:]
        if let base {
            for reference in try CompactBody.typedReferences(of: base.body, kind: base.record.kind) {
                places[reference.kind, default: []].append(reference.row)
            }
        }
        var seen: [Int: Int] = [:]
        for child in try CompactBody.typedReferences(of: body, kind: record.kind) {
            let index = seen[child.kind, default: 0]
            seen[child.kind] = index + 1
            let candidates = places[child.kind] ?? []
            try visit(child.row, beside: index < candidates.count ? candidates[index] : nil)
        }
    }

    private func hasDependents(_ row: Int64) throws -> Bool {
        try Int.fetchOne(dependents, arguments: [row]) != nil
    }
}

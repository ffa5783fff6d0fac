// `nianbao gc`'s packing: each older piece of a report kept as a delta against the same piece of the next version.

import GRDB
import ReportModel

/// Keeps the pieces of reports — roots, sections, paragraphs, tables and rows — that a later revision replaced as
/// deltas against the piece that replaced them, where that is smaller (`Schema/store.md`, "Deltas of the pieces of
/// reports").
///
/// A commit keeps a changed paragraph whole (compressed with the dictionary). `gc` walks each revision's report beside
/// its first parent's, newest revisions first, and keeps the parent's piece in each place where the two differ as a
/// delta against the child's: the paragraph before a sentence was added becomes a frame of a few dozen bytes. As in
/// git's packs, the newest version stays whole, so the reports people read most — the current drafts — expand no
/// deltas, and each older version expands one frame more than the version after it.
enum TreeDeltas {
    /// The kind codes of the pieces of a report.
    static let kinds = Set([ObjectKind.report, .section, .paragraph, .table, .row].map(CompactBody.code(of:)))

    /// Rewrites as deltas the replaced pieces of every report that are smaller so, in this transaction.
    ///
    /// Each piece is decided once, the first time it is met as a replaced piece. One already kept as a delta stays as
    /// it is; no chain grows beyond ``StoredBody/maxDeltaDepth`` (counting the deltas already made against the piece)
    /// or loops back on itself; each delta is expanded back and compared before it is written.
    ///
    /// - Returns: How many rows were rewritten.
    /// - Complexity: O(n) in the stored objects: each is read about once, and tried as a delta at most once.
    static func pack(_ db: Database) throws -> Int {
        var walk = try Packing(db: db)
        let revision = CompactBody.code(of: .revision)
        let revisions = try Int64.fetchAll(
            db, sql: "SELECT id FROM object WHERE kind = ? ORDER BY id DESC", arguments: [revision])
        let report = CompactBody.code(of: .report)
        for row in revisions {
            // A revision refers to its root, then to its parents in order.
            let references = try walk.references(ofRow: row)
            guard let root = references.first(where: { $0.kind == report })?.row,
                let parent = references.first(where: { $0.kind == revision })?.row,
                let parentRoot = try walk.references(ofRow: parent).first(where: { $0.kind == report })?.row
            else { continue }
            try walk.visit(older: parentRoot, newer: root)
        }
        return walk.packed
    }
}

/// One walk of ``TreeDeltas/pack(_:)``.
private struct Packing {
    let db: Database
    /// The replaced pieces decided: one met again (as the same piece of another revision) was decided the first
    /// time, with everything under it.
    var decided = Set<Int64>()
    /// Rows rewritten.
    var packed = 0
    private let deltas = DeltaCache()
    /// The rows kept as deltas, by the row each was made against, kept up to date as rows are rewritten.
    private var deltasByBase: [Int64: [Int64]]

    init(db: Database) throws {
        self.db = db
        deltasByBase = try ObjectRecord.deltasByBase(in: db)
    }

    /// The references of a row's body, with the kind each names.
    func references(ofRow row: Int64) throws -> [(kind: Int, row: Int64)] {
        guard let record = try ObjectRecord.find(row: row, in: db) else { return [] }
        return try CompactBody.typedReferences(of: record.expanded(in: db, deltas: deltas).body, kind: record.kind)
    }

    /// Decides a replaced piece against the piece that replaced it, then the pieces under them, each beside the
    /// piece of the same kind in the same place (the n-th of its kind).
    mutating func visit(older: Int64, newer: Int64) throws {
        guard older != newer, decided.insert(older).inserted,
            let old = try ObjectRecord.find(row: older, in: db), let new = try ObjectRecord.find(row: newer, in: db),
            old.kind == new.kind, TreeDeltas.kinds.contains(old.kind)
        else { return }
        let (oldBody, _) = try old.expanded(in: db, deltas: deltas)
        let (newBody, newDepth) = try new.expanded(in: db, deltas: deltas)
        if old.codec != StoredBody.delta, newDepth < StoredBody.maxDeltaDepth, try !chain(from: newer, reaches: older),
            let below = rowsBelow(older), newDepth + 1 + below.depth <= StoredBody.maxDeltaDepth,
            let frame = try StoredBody.delta(of: oldBody, against: newBody, smallerThan: old.body.count)
        {
            try ObjectRecord.rewrite(row: older, stored: frame, codec: StoredBody.delta, base: newer, in: db)
            deltasByBase[newer, default: []].append(older)
            deltas.remember(older, body: oldBody, depth: newDepth + 1)
            // The rows made against this one are one chain deeper now: read their depths again when met.
            for row in below.rows { deltas.forget(row) }
            packed += 1
        }
        var places: [Int: [Int64]] = [:]
        for reference in try CompactBody.typedReferences(of: newBody, kind: new.kind) {
            places[reference.kind, default: []].append(reference.row)
        }
        var seen: [Int: Int] = [:]
        for child in try CompactBody.typedReferences(of: oldBody, kind: old.kind) {
            let index = seen[child.kind, default: 0]
            seen[child.kind] = index + 1
            if let candidates = places[child.kind], index < candidates.count {
                try visit(older: child.row, newer: candidates[index])
            }
        }
    }

    /// Whether following deltas to their bases from `start` meets `row` (a delta against `start` would then loop).
    private func chain(from start: Int64, reaches row: Int64) throws -> Bool {
        var current: Int64? = start
        for _ in 0...StoredBody.maxDeltaDepth {
            guard let step = current else { return false }
            if step == row { return true }
            current = try ObjectRecord.base(ofRow: step, in: db)
        }
        return false
    }

    /// The rows kept as deltas against `row`, directly or through others, and the longest chain of them; `nil` when
    /// that chain is longer than a read may expand (the store is damaged: nothing is rewritten over it).
    private func rowsBelow(_ row: Int64) -> (rows: [Int64], depth: Int)? {
        var rows: [Int64] = []
        var level = [row]
        var depth = 0
        while true {
            var next: [Int64] = []
            for parent in level { next += deltasByBase[parent, default: []] }
            guard !next.isEmpty else { return (rows, depth) }
            depth += 1
            guard depth <= StoredBody.maxDeltaDepth else { return nil }
            rows += next
            level = next
        }
    }
}

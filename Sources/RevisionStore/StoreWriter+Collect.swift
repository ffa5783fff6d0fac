// `nianbao gc`: removing objects that nothing reaches, such as the batches of a push that never finished.

public import Foundation
import GRDB
import Logging
import ReportModel

extension StoreWriter {
    /// Removes the objects that nothing reaches and that arrived before a cutoff, in this transaction.
    ///
    /// Kept: everything in the closure of every ref (heads and marks), of every remote ref, of every conflict (open
    /// or closed), of every mark receipt and of every revision of an agency merged into another; and what a push brought after `cutoff` (it may still be finishing),
    /// with its closure. An object that arrived at an unknown time (before uploads were recorded, or by a pull that
    /// never took its refs) counts as old. Uploads a ref now reaches are no longer counted against their token's
    /// quota. The revision index loses the rows of removed revisions. A kept row kept as a delta against a removed
    /// one is kept whole. Then the pieces of reports that later revisions replaced are kept as deltas against the
    /// pieces that replaced them, where that is smaller (``TreeDeltas``).
    ///
    /// Nothing is removed from a store where `fsck` (``StoreVerifier``, in this transaction) finds a problem in an
    /// object gc keeps, or one that is no object's: a kept object whose content is not its name's may name other
    /// children than its true content, and those the true content needs would go — damage a repair from a backup or
    /// a pull could have undone, made for good. A damaged object nothing reaches goes like any other.
    ///
    /// - Parameter cutoff: Objects a push brought from this time on are kept.
    /// - Returns: What was removed and kept.
    /// - Throws: ``StoreError/collectionRefused(problems:first:)`` when the store has such a problem.
    /// - Complexity: O(n) in the stored objects and their bytes (every object is checked against its name).
    public func collectGarbage(arrivedBefore cutoff: Date) throws -> GarbageReport {
        var walk = ObjectGraphWalk(db: db)
        var reached = Set<Int64>()
        for root in try GarbageRoots.rows(db) {
            try walk.markClosure(from: root, into: &reached)
        }
        var kept = reached
        for upload in try UploadRecord.fetchAll(db) {
            if reached.contains(upload.object) {
                try upload.delete(db)
            } else if upload.received >= Int64(cutoff.timeIntervalSince1970.rounded(.down)) {
                try walk.markClosure(from: upload.object, into: &kept)
            }
        }
        try refuseIfDamaged(keeping: kept)
        var report = GarbageReport()
        var doomed: [Int64] = []
        for (row, size) in try ObjectRecord.sizes(db) {
            if kept.contains(row) {
                report.kept += 1
            } else {
                doomed.append(row)
                report.bytes += size
            }
        }
        report.removed = doomed.count
        report.recent = kept.count - reached.count
        // A kept row kept as a delta against a row about to go is kept whole first.
        let deltas = DeltaCache()
        let deltasByBase = try ObjectRecord.deltasByBase(in: db)
        for row in doomed {
            for dependent in deltasByBase[row, default: []] where kept.contains(dependent) {
                guard let record = try ObjectRecord.find(row: dependent, in: db) else { continue }
                try StoredBody.keepWhole(record, in: db, deltas: deltas)
            }
        }
        for chunk in stride(from: 0, to: doomed.count, by: 500).map({ doomed[$0..<min($0 + 500, doomed.count)] }) {
            let rows = Array(chunk)
            try UploadRecord.filter(rows.contains(UploadRecord.Columns.object)).deleteAll(db)
            try MarkReceiptRecord.filter(rows.contains(MarkReceiptRecord.Columns.revision)).deleteAll(db)
            try RevisionReceiptRecord.deleteAll(db, keys: rows)
            try RevisionParentRecord.filter(rows.contains(RevisionParentRecord.Columns.revision)).deleteAll(db)
            try RevisionIndexRecord.filter(rows.contains(RevisionIndexRecord.Columns.object)).deleteAll(db)
            try ObjectRecord.deleteAll(db, keys: rows)
        }
        // Of what is left, each replaced piece of a report as a delta against the piece that replaced it, if smaller.
        if try StoredBody.keepsDeltas(db) { report.packed = try TreeDeltas.pack(db) }
        logger.info(
            "collected garbage",
            metadata: [
                "removed": "\(report.removed)", "bytes": "\(report.bytes)", "packed": "\(report.packed)",
            ])
        return report
    }

    /// Throws ``StoreError/collectionRefused(problems:first:)`` when `fsck` finds a problem that is not a damaged
    /// object outside `kept`.
    private func refuseIfDamaged(keeping kept: Set<Int64>) throws {
        let problems = try StoreVerifier(db: db, path: "").run().problems.filter { problem in
            guard let id = problem.object, let (row, _) = try ObjectRecord.locate(id, in: db) else { return true }
            return kept.contains(row)
        }
        if let first = problems.first {
            throw StoreError.collectionRefused(problems: problems.count, first: first.description)
        }
    }
}

/// Where `gc` starts its walk: every row the other tables point to.
private enum GarbageRoots {
    static func rows(_ db: Database) throws -> Set<Int64> {
        var rows = Set(try Int64.fetchAll(db, sql: "SELECT revision FROM ref"))
        rows.formUnion(try Int64.fetchAll(db, sql: "SELECT revision FROM remote_ref"))
        rows.formUnion(try Int64.fetchAll(db, sql: "SELECT revision FROM mark_receipt"))
        // The history of an agency merged into another: its refs are gone, its revisions are kept by id.
        rows.formUnion(
            try Int64.fetchAll(
                db, sql: "SELECT object FROM revision WHERE agency IN (SELECT agency FROM agency_merge)"))
        let revisions = "ours, theirs, base, merge, written_ours, written_theirs"
        for columns in try Row.fetchAll(db, sql: "SELECT \(revisions) FROM conflict") {
            for index in 0..<6 {
                if let row: Int64 = columns[index] { rows.insert(row) }
            }
        }
        return rows
    }
}

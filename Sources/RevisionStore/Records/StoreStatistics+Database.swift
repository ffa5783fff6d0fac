// Counting what a store holds: the queries behind StoreReading.statistics().

import GRDB
import ReportModel

extension StoreStatistics {
    static func read(_ db: Database) throws -> StoreStatistics {
        var objects: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) FROM object GROUP BY kind") {
            let code: Int = row[0]
            objects[CompactBody.kind(code: code)?.rawValue ?? "kind \(code)"] = row[1]
        }
        let bodyBytes = try Int.fetchOne(db, sql: "SELECT coalesce(sum(length(body)), 0) FROM object") ?? 0
        let (pages, freePages) = try Self.pages(db)
        let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
        return StoreStatistics(
            objects: objects, bodyBytes: bodyBytes,
            revisions: try RevisionIndexRecord.fetchCount(db),
            refs: try RefRecord.fetchCount(db),
            agencies: try AgencyRecord.fetchCount(db),
            fileBytes: (pages - freePages) * pageSize)
    }

    /// Whether a file is worth compacting (`VACUUM`) although nothing was removed: a quarter or more of its pages are
    /// free, as a migration that rewrote bodies smaller (`v14-deltas`) or a whole table (`v15-object-names`) leaves
    /// it.
    static func isMostlyFree(_ db: Database) throws -> Bool {
        let (total, free) = try pages(db)
        return free * 4 >= total && free > 0
    }

    /// The file's pages, and how many of them are free (what `VACUUM` would give back).
    static func pages(_ db: Database) throws -> (total: Int, free: Int) {
        (
            try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0,
            try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0
        )
    }
}

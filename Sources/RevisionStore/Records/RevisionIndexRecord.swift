import GRDB
import ReportModel

/// A row of the derived `revision` table: which report a revision object is of, its root and its time.
struct RevisionIndexRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "revision"

    /// The revision object's row id.
    var object: Int64
    /// The agency id.
    var agency: String
    /// The report's year.
    var year: Int
    /// The root object's row id.
    var root: Int64
    /// Seconds since 1970, UTC.
    var time: Int64
    /// 1 for a revision without parents, else one more than the greatest of its parents' (schema 16; `nil` in an
    /// older file read as it is).
    var generation: Int?
    /// Who made the revision, as its object says (schema 20; `nil` in an older file read as it is, or for a revision
    /// the migration could not read).
    var author: String?

    enum Columns {
        static let object = Column(CodingKeys.object)
        static let agency = Column(CodingKeys.agency)
        static let year = Column(CodingKeys.year)
        static let root = Column(CodingKeys.root)
        static let time = Column(CodingKeys.time)
    }
}

/// A row of the derived `revision_parent` table: one parent of a revision, by position.
struct RevisionParentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "revision_parent"

    /// The revision object's row id.
    var revision: Int64
    /// 0 for the first parent.
    var position: Int
    /// The parent revision's row id.
    var parent: Int64

    enum Columns {
        static let revision = Column(CodingKeys.revision)
        static let position = Column(CodingKeys.position)
        static let parent = Column(CodingKeys.parent)
    }
}

extension DerivableRequest<RevisionIndexRecord> {
    /// The revisions of one report, oldest first.
    func filter(agency: String, year: Int) -> Self {
        filter(RevisionIndexRecord.Columns.agency == agency && RevisionIndexRecord.Columns.year == year)
            .order(RevisionIndexRecord.Columns.time, RevisionIndexRecord.Columns.object)
    }
}

extension DerivableRequest<RevisionParentRecord> {
    /// The parents of a revision, first parent first.
    func filter(revision: Int64) -> Self {
        filter(RevisionParentRecord.Columns.revision == revision).order(RevisionParentRecord.Columns.position)
    }
}

// Inserts through cached statements: a pull stores thousands of revisions in one transaction, and the record's
// own `insert` builds its SQL each time.
extension RevisionIndexRecord {
    /// Inserts this row (its generation only where the schema has them).
    func insertCached(_ db: Database) throws {
        if try Self.hasAuthors(db) {
            try db.cachedStatement(
                sql: """
                    INSERT INTO revision (object, agency, year, root, time, generation, author)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [object, agency, year, root, time, generation, author])
            return
        }
        guard try Self.hasGenerations(db) else {
            try db.cachedStatement(
                sql: "INSERT INTO revision (object, agency, year, root, time) VALUES (?, ?, ?, ?, ?)"
            )
            .execute(arguments: [object, agency, year, root, time])
            return
        }
        try db.cachedStatement(
            sql: "INSERT INTO revision (object, agency, year, root, time, generation) VALUES (?, ?, ?, ?, ?, ?)"
        ).execute(arguments: [object, agency, year, root, time, generation])
    }

    /// Whether the store's schema numbers revisions (schema 16, `revision.generation`); an older file, read as it is
    /// (on read-only media) or in a migration test, has no numbers.
    static func hasGenerations(_ db: Database) throws -> Bool {
        try db.columns(in: databaseTableName).contains { $0.name == "generation" }
    }

    /// The generation of a revision whose parents are in the given rows: 1 without parents, else one more than the
    /// greatest of theirs; `nil` when a parent is not in the revision index.
    static func generation(withParents parents: [Int64], in db: Database) throws -> Int? {
        var greatest = 0
        let statement = try db.cachedStatement(sql: "SELECT generation FROM revision WHERE object = ?")
        for parent in parents {
            guard let generation = try Int.fetchOne(statement, arguments: [parent]) else { return nil }
            greatest = max(greatest, generation)
        }
        return greatest + 1
    }

    /// The rows of a report's revisions with a generation, in storage order (none without the column).
    static func rows(of report: ReportKey, generation: Int, in db: Database) throws -> [Int64] {
        guard try hasGenerations(db) else { return [] }
        return try Int64.fetchAll(
            db,
            sql: "SELECT object FROM revision WHERE agency = ? AND year = ? AND generation = ? ORDER BY object",
            arguments: [report.agency, report.year, generation])
    }

    /// The rows of a report's revisions whose root is a row, oldest first.
    static func rows(of report: ReportKey, root: Int64, in db: Database) throws -> [Int64] {
        try Int64.fetchAll(
            db, sql: "SELECT object FROM revision WHERE agency = ? AND year = ? AND root = ? ORDER BY time, object",
            arguments: [report.agency, report.year, root])
    }

    /// The generations and agencies of the revisions in some rows, those in the revision index.
    static func generations(ofRows rows: [Int64], in db: Database) throws -> [Int64: (generation: Int, agency: String)]
    {
        guard !rows.isEmpty, try hasGenerations(db) else { return [:] }
        let found = try Row.fetchAll(
            db,
            sql: "SELECT object, generation, agency FROM revision WHERE object IN (SELECT value FROM json_each(?))",
            arguments: [RevisionParentRecord.jsonArray(rows)])
        return Dictionary(found.map { ($0[0], ($0[1], $0[2])) }, uniquingKeysWith: { first, _ in first })
    }
}

extension RevisionIndexRecord {
    /// The report (agency and year) of the revision in a row, through a cached statement: every stored revision
    /// looks up its parents'.
    static func report(ofRow row: Int64, in db: Database) throws -> (agency: String, year: Int)? {
        let statement = try db.cachedStatement(sql: "SELECT agency, year FROM revision WHERE object = ?")
        return try Row.fetchOne(statement, arguments: [row]).map { ($0[0], $0[1]) }
    }
}

extension RevisionParentRecord {
    /// Inserts this row.
    func insertCached(_ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO revision_parent (revision, position, parent) VALUES (?, ?, ?)")
            .execute(arguments: [revision, position, parent])
    }

    /// The given revision rows and all their ancestors, by the derived parent index (one recursive query).
    static func ancestors(of rows: [Int64], in db: Database) throws -> Set<Int64> {
        guard !rows.isEmpty else { return [] }
        return Set(
            try Int64.fetchAll(
                db,
                sql: """
                    WITH RECURSIVE ancestor(id) AS (
                        SELECT value FROM json_each(?)
                        UNION
                        SELECT revision_parent.parent FROM revision_parent
                        JOIN ancestor ON revision_parent.revision = ancestor.id
                    )
                    SELECT id FROM ancestor
                    """, arguments: [jsonArray(rows)]))
    }

    /// The parents of the given revision rows, by the derived parent index (one query).
    static func parents(of rows: [Int64], in db: Database) throws -> Set<Int64> {
        guard !rows.isEmpty else { return [] }
        return Set(
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT parent FROM revision_parent
                    WHERE revision IN (SELECT value FROM json_each(?))
                    """, arguments: [jsonArray(rows)]))
    }

    /// Row ids as a JSON array, one argument that `json_each` opens in the query: `[3,17,42]`.
    static func jsonArray(_ rows: [Int64]) -> String {
        "[" + rows.map(String.init).joined(separator: ",") + "]"
    }
}

/// Emptying the derived tables before ``StoreWriter/rebuildIndexes()`` fills them again.
enum RevisionIndex {
    static func erase(_ db: Database) throws {
        try RevisionParentRecord.deleteAll(db)
        try RevisionIndexRecord.deleteAll(db)
    }

    /// Works out the generation of every revision in the index from the parent index (migration `v16-generations`):
    /// parents first, whatever the order of the rows, each revision once.
    static func fillGenerations(_ db: Database) throws {
        var parents: [Int64: [Int64]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT revision, parent FROM revision_parent") {
            parents[row[0], default: []].append(row[1])
        }
        let revisions = try Int64.fetchAll(db, sql: "SELECT object FROM revision ORDER BY object")
        var generations: [Int64: Int] = [:]
        generations.reserveCapacity(revisions.count)
        // Depth first without recursion (a report's line may be thousands of revisions long): a revision is opened
        // (its parents pushed above it) once, and numbered when it comes back to the top with every parent numbered.
        // Meeting a revision again while it is open means its parents lead back to it. Each revision is opened at
        // most once and pushed at most once for each of its children and once more, so the loop ends.
        var open: Set<Int64> = []
        for start in revisions where generations[start] == nil {
            var stack: [(row: Int64, opened: Bool)] = [(start, false)]
            while let (row, opened) = stack.popLast() {
                guard generations[row] == nil else { continue }
                let rowParents = parents[row] ?? []
                if opened {
                    generations[row] = 1 + (rowParents.compactMap { generations[$0] }.max() ?? 0)
                    open.remove(row)
                    continue
                }
                guard open.insert(row).inserted else {
                    throw StoreError.damagedIndex(detail: "the parents of revision row \(row) lead back to it")
                }
                stack.append((row, true))
                stack.append(contentsOf: rowParents.filter { generations[$0] == nil }.map { ($0, false) })
            }
        }
        let update = try db.makeStatement(sql: "UPDATE revision SET generation = ? WHERE object = ?")
        for (row, generation) in generations {
            try update.execute(arguments: [generation, row])
        }
    }
}

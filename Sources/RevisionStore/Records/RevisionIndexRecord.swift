import GRDB

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
    /// Inserts this row.
    func insertCached(_ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO revision (object, agency, year, root, time) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [object, agency, year, root, time])
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
    private static func jsonArray(_ rows: [Int64]) -> String {
        "[" + rows.map(String.init).joined(separator: ",") + "]"
    }
}

/// Emptying the derived tables before ``StoreWriter/rebuildIndexes()`` fills them again.
enum RevisionIndex {
    static func erase(_ db: Database) throws {
        try RevisionParentRecord.deleteAll(db)
        try RevisionIndexRecord.deleteAll(db)
    }
}

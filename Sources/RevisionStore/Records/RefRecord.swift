import GRDB

/// A row of the `ref` table: a named pointer from a report to one of its revisions.
struct RefRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "ref"

    /// The agency id.
    var agency: String
    /// The report's year.
    var year: Int
    /// `head` or `mark`.
    var kind: String
    /// `draft`, `submitted`, `published`, or the name of a further head.
    var name: String
    /// The revision object's row id.
    var revision: Int64
    /// When the ref last moved, in seconds since 1970 (UTC).
    var moved: Int64
    /// The order this node moved the report's refs in (v21; `nil` in an older file read as it is).
    var seq: Int64?

    enum Columns {
        static let agency = Column(CodingKeys.agency)
        static let year = Column(CodingKeys.year)
        static let kind = Column(CodingKeys.kind)
        static let name = Column(CodingKeys.name)
        static let revision = Column(CodingKeys.revision)
        static let moved = Column(CodingKeys.moved)
        static let seq = Column(CodingKeys.seq)
    }
}

extension DerivableRequest<RefRecord> {
    /// The refs of one report.
    func filter(agency: String, year: Int) -> Self {
        filter(RefRecord.Columns.agency == agency && RefRecord.Columns.year == year)
    }

    /// One ref of one report.
    func filter(agency: String, year: Int, kind: String, name: String) -> Self {
        filter(agency: agency, year: year).filter(RefRecord.Columns.kind == kind && RefRecord.Columns.name == name)
    }

    /// Refs in a stable order: by report, heads before marks, by name.
    func orderedByReport() -> Self {
        order(RefRecord.Columns.agency, RefRecord.Columns.year, RefRecord.Columns.kind, RefRecord.Columns.name)
    }
}

extension RefRecord {
    /// The row's columns: `seq` only when it has one (an older file, in a migration test, has no such column).
    func encode(to container: inout PersistenceContainer) throws {
        container[Columns.agency] = agency
        container[Columns.year] = year
        container[Columns.kind] = kind
        container[Columns.name] = name
        container[Columns.revision] = revision
        container[Columns.moved] = moved
        if let seq { container[Columns.seq] = seq }
    }

    /// Whether the store's schema orders the refs' moves (schema 21, `ref.seq`); an older file, read as it is or in a
    /// migration test, does not.
    static func hasOrder(_ db: Database) throws -> Bool {
        try db.columns(in: databaseTableName).contains { $0.name == "seq" }
    }

    /// One ref of one report, through a cached statement: every command looks up a report's draft, most of them
    /// several times, and the query interface builds its SQL anew each time.
    static func find(agency: String, year: Int, kind: String, name: String, in db: Database) throws -> RefRecord? {
        let statement = try db.cachedStatement(
            sql: "SELECT * FROM ref WHERE agency = ? AND year = ? AND kind = ? AND name = ?")
        return try RefRecord.fetchOne(statement, arguments: [agency, year, kind, name])
    }
}

import GRDB

/// The one migrator of the repository schema. Migrations are named after their SQL file in `Schema/sql/`,
/// append-only, and never edited once released: a schema change is a new file and a new migration.
enum Migrations {
    /// The migrations this program knows, oldest first.
    static let names = [
        "v1-initial", "v2-access", "v3-sync", "v4-parent-index", "v5-mark-reason", "v6-receipts",
        "v7-compression", "v8-originals", "v9-people", "v10-agencies", "v11-workflow", "v12-changes", "v13-merges",
        "v14-deltas", "v15-object-names", "v16-generations", "v17-merged-text",
        "v18-revision-receipts", "v19-web-sessions", "v20-revision-authors", "v21-ref-order",
        "v22-delta-bases",
    ]

    /// The schema version (`PRAGMA user_version`) the last known migration sets.
    static let schemaVersion = 22

    /// The migrator that brings a database from any known version to ``schemaVersion``.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for name in names {
            migrator.registerMigration(name) { db in
                try db.execute(sql: try sql(name))
                // The bodies an older store kept as they are, compressed in the same transaction.
                if name == "v7-compression" { try StoredBody.compressAll(db) }
                // The revisions an older store kept whole, as deltas against their parents in the same transaction.
                if name == "v14-deltas" { try StoredBody.deltifyRevisions(db) }
                // The generations of the revisions an older store holds.
                if name == "v16-generations" { try RevisionIndex.fillGenerations(db) }
                // Who made each revision an older store holds.
                if name == "v20-revision-authors" { try RevisionIndex.fillAuthors(db) }
            }
        }
        return migrator
    }

    /// The SQL of a migration, embedded from `Schema/sql/NAME.sql` at build time.
    static func sql(_ name: String) throws -> String {
        guard let text = EmbeddedFiles.contents["\(name).sql"] else {
            throw StoreError.schemaNotBuiltIn(name: name)
        }
        return text
    }

    /// The application id every nianbao repository carries in its SQLite header ("NBRP").
    static let applicationID: Int32 = 0x4E42_5250

    /// What a database says about its schema.
    struct Status {
        /// `PRAGMA application_id`.
        var applicationID: Int32
        /// `PRAGMA user_version`.
        var version: Int
        /// The known migrations applied, oldest first.
        var applied: [String]
        /// Applied migrations this program does not know: the file was written by a newer nianbao.
        var unknown: [String]
    }

    /// Reads the schema status of a database without changing it.
    static func status(_ db: Database) throws -> Status {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        guard try db.tableExists("grdb_migrations") else {
            return Status(applicationID: applicationID, version: version, applied: [], unknown: [])
        }
        let identifiers = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        return Status(
            applicationID: applicationID, version: version,
            applied: names.filter(identifiers.contains),
            unknown: identifiers.filter { !names.contains($0) }.sorted())
    }
}

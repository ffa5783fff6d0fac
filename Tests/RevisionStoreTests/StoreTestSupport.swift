import Foundation
import GRDB
import Logging
import ReportModel
import RevisionStore

/// Helpers shared by the store tests.
enum StoreTestSupport {
    /// A logger that stays quiet unless something is badly wrong.
    static var logger: Logger {
        var logger = Logger(label: "nianbao.test.store")
        logger.logLevel = .critical
        return logger
    }

    /// A fresh in-memory store built through the production migrator.
    static func memoryStore() throws -> RevisionStore {
        try RevisionStore.inMemory(node: "test-node", logger: logger)
    }

    /// Stores a report as a new revision on top of the draft head and moves the head; one transaction.
    @discardableResult
    static func commit(
        _ report: Report, as key: ReportKey, in store: RevisionStore, message: String = "edit",
        time: Date = Date(timeIntervalSince1970: 1_736_300_000)
    ) async throws -> (revision: ObjectID, summary: PutSummary) {
        try await store.write { writer in
            let (root, objects) = ObjectGraph.objects(of: report)
            var summary = try writer.put(objects)
            let head = try writer.ref(.draft, of: key)?.revision
            let record = RevisionContent(
                report: key, root: root, parents: head.map { [$0] } ?? [], author: "tester", node: "test-node",
                time: time, message: message)
            let revision = EncodedObject(.revision(record))
            summary.add(try writer.put([revision]))
            try writer.moveRef(.draft, of: key, to: revision.id, expecting: .current(head), at: time)
            return (revision.id, summary)
        }
    }

    /// Brings a file back to schema 21: the index of the rows deltas were made against, and no record of version 22.
    static func undoVersion22(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX object_by_base ON object (base) WHERE base IS NOT NULL;
                DELETE FROM grdb_migrations WHERE identifier = 'v22-delta-bases';
                PRAGMA user_version = 21;
                """)
    }

    /// Brings a file back to schema 20 (and the rest to schema 21, ``undoVersion22(_:)``): no order of the refs'
    /// moves, and no record of version 21.
    static func undoVersion21(_ db: Database) throws {
        try undoVersion22(db)
        try db.execute(
            sql: """
                ALTER TABLE ref DROP COLUMN seq;
                DELETE FROM grdb_migrations WHERE identifier = 'v21-ref-order';
                PRAGMA user_version = 20;
                """)
    }

    /// Brings a file back to schema 19 (and the rest to schema 20, ``undoVersion21(_:)``): no authors in the
    /// revision index, and no record of version 20.
    static func undoVersion20(_ db: Database) throws {
        try undoVersion21(db)
        try db.execute(
            sql: """
                ALTER TABLE revision DROP COLUMN author;
                DELETE FROM grdb_migrations WHERE identifier = 'v20-revision-authors';
                PRAGMA user_version = 19;
                """)
    }

    /// Brings a file back to schema 18 (and the rest to schema 19, ``undoVersion20(_:)``): no web sessions nor
    /// anti-forgery key, and no record of version 19.
    static func undoVersion19(_ db: Database) throws {
        try undoVersion20(db)
        try db.execute(
            sql: """
                DROP TABLE web_session;
                DROP TABLE web_key;
                DELETE FROM grdb_migrations WHERE identifier = 'v19-web-sessions';
                PRAGMA user_version = 18;
                """)
    }

    /// Brings a file back to schema 17 (and the rest to schema 18, ``undoVersion19(_:)``): no receipts of pushed
    /// revisions, and no record of version 18.
    static func undoVersion18(_ db: Database) throws {
        try undoVersion19(db)
        try db.execute(
            sql: """
                DROP TABLE revision_receipt;
                DELETE FROM grdb_migrations WHERE identifier = 'v18-revision-receipts';
                PRAGMA user_version = 17;
                """)
    }

    /// Brings a file back to schema 16 (and the rest to schema 17, ``undoVersion18(_:)``): conflicts without the
    /// heads of a merged text, and no record of version 17.
    static func undoVersion17(_ db: Database) throws {
        try undoVersion18(db)
        try db.execute(
            sql: """
                ALTER TABLE conflict DROP COLUMN written_ours;
                ALTER TABLE conflict DROP COLUMN written_theirs;
                DELETE FROM grdb_migrations WHERE identifier = 'v17-merged-text';
                PRAGMA user_version = 16;
                """)
    }

    /// Brings a file back to schema 15 (and the rest to schema 16, ``undoVersion17(_:)``): no generations in the
    /// revision index, and no record of version 16.
    static func undoVersion16(_ db: Database) throws {
        try undoVersion17(db)
        try db.execute(
            sql: """
                ALTER TABLE revision DROP COLUMN generation;
                DELETE FROM grdb_migrations WHERE identifier = 'v16-generations';
                PRAGMA user_version = 15;
                """)
    }

    /// Brings a file's object table back to schema 14 (and the rest to schema 15, ``undoVersion16(_:)``): names in
    /// a unique index of whole names, no index of their first 8 bytes, and no record of version 15. Needs foreign
    /// keys off, as a migration runs.
    static func undoVersion15(_ db: Database) throws {
        try undoVersion16(db)
        try db.execute(
            sql: """
                CREATE TABLE object_v14 (
                    id    INTEGER PRIMARY KEY,
                    hash  BLOB    NOT NULL UNIQUE CHECK (length(hash) = 32),
                    kind  INTEGER NOT NULL REFERENCES object_kind(code),
                    body  BLOB    NOT NULL,
                    codec INTEGER NOT NULL DEFAULT 0,
                    base  INTEGER REFERENCES object(id) DEFERRABLE INITIALLY DEFERRED
                );
                INSERT INTO object_v14 SELECT id, hash, kind, body, codec, base FROM object;
                DROP TABLE object;
                ALTER TABLE object_v14 RENAME TO object;
                CREATE INDEX object_by_base ON object (base) WHERE base IS NOT NULL;
                DELETE FROM grdb_migrations WHERE identifier = 'v15-object-names';
                PRAGMA user_version = 14;
                """)
    }
}

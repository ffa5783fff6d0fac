public import Foundation
import GRDB
import Logging
import ReportModel

/// One node's repository: every revision of every report, each piece stored once, in one SQLite file.
///
/// The store is a value holding a GRDB writer (on disk one connection to the WAL-mode file, its reads through a pool
/// of read-only connections beside it; a `DatabaseQueue` in memory for tests); GRDB serialises writes, so copies may
/// be used from any task. All access goes through ``read(_:)`` and
/// ``write(_:)``: one call is one SQLite transaction, so a write lands entirely or not at all, and a reader sees
/// the store as it was before or after each write, never in between.
///
/// ```swift
/// let store = try RevisionStore.open(at: path, logger: logger)
/// let head = try await store.read { try $0.ref(.draft, of: key)?.revision }
/// ```
public struct RevisionStore: Sendable {
    /// The GRDB connection(s) that write.
    let writer: any DatabaseWriter
    /// The connections that read: a pool of read-only ones beside a long-running process's writer, else the writer.
    let reader: any DatabaseReader
    /// The file, or `:memory:`.
    public let path: String
    /// Where the store logs what it does.
    let logger: Logger
    /// Whether this store was opened read-only: nothing can be written through it.
    public var isReadOnly: Bool { writer.configuration.readonly }
    /// The watch on the `-shm` file of a long-running process's pool, if any.
    let sharedMemory: SharedMemoryWatch?

    init(
        writer: any DatabaseWriter, reader: (any DatabaseReader)? = nil, path: String, logger: Logger,
        watchingSharedMemory: Bool = false
    ) {
        self.writer = writer
        self.reader = reader ?? writer
        self.path = path
        self.logger = logger
        sharedMemory = watchingSharedMemory ? SharedMemoryWatch(database: path, logger: logger) : nil
    }

    /// Runs a read-only transaction.
    ///
    /// - Parameter body: Reads through the ``StoreReader``, which is valid only during the call.
    /// - Returns: What `body` returns.
    /// - Throws: ``StoreError``: what `body` throws, or the translation of any SQLite error.
    public func read<T: Sendable>(_ body: @Sendable (StoreReader) throws -> T) async throws(StoreError) -> T {
        let path = self.path
        try sharedMemory?.check(writing: false)
        do {
            return try await reader.read { db in try body(StoreReader(connection: StoreConnection(db: db, path: path)))
            }
        } catch {
            throw StoreError.translating(error, path: path)
        }
    }

    /// Runs a write transaction: everything `body` does is committed together, or nothing is when it throws.
    ///
    /// - Parameter body: Reads and writes through the ``StoreWriter``, which is valid only during the call.
    /// - Returns: What `body` returns.
    /// - Throws: ``StoreError``: what `body` throws (the transaction is rolled back), ``StoreError/busy`` when another
    ///   process keeps the repository locked longer than the busy timeout, or the translation of any SQLite error.
    public func write<T: Sendable>(_ body: @Sendable (StoreWriter) throws -> T) async throws(StoreError) -> T {
        let path = self.path
        let logger = self.logger
        try sharedMemory?.check(writing: true)
        do {
            return try await writer.write { db in
                try body(StoreWriter(connection: StoreConnection(db: db, path: path), logger: logger))
            }
        } catch {
            throw StoreError.translating(error, path: path)
        }
    }

    /// Runs a read-only transaction for a layer above the store that has errors of its own.
    ///
    /// Unlike ``read(_:)``, errors that `body` throws and that are not SQLite's or the store's pass through
    /// unchanged; SQLite's errors are still translated into ``StoreError``.
    ///
    /// - Throws: ``StoreError``, or whatever else `body` throws.
    public func readTransaction<T: Sendable>(_ body: @Sendable (StoreReader) throws -> T) async throws -> T {
        let path = self.path
        try sharedMemory?.check(writing: false)
        do {
            return try await reader.read { db in try body(StoreReader(connection: StoreConnection(db: db, path: path)))
            }
        } catch {
            throw StoreError.passing(error, path: path)
        }
    }

    /// Runs a write transaction for a layer above the store that has errors of its own: when `body` throws, nothing
    /// it wrote is kept.
    ///
    /// Unlike ``write(_:)``, errors that `body` throws and that are not SQLite's or the store's pass through
    /// unchanged; SQLite's errors are still translated into ``StoreError``.
    ///
    /// - Throws: ``StoreError``, or whatever else `body` throws.
    public func writeTransaction<T: Sendable>(_ body: @Sendable (StoreWriter) throws -> T) async throws -> T {
        let path = self.path
        let logger = self.logger
        try sharedMemory?.check(writing: true)
        do {
            return try await writer.write { db in
                try body(StoreWriter(connection: StoreConnection(db: db, path: path), logger: logger))
            }
        } catch {
            throw StoreError.passing(error, path: path)
        }
    }

    /// Checks every object, revision and ref (see ``StoreVerifier``).
    ///
    /// - Returns: What was checked and every problem found; an empty problem list means the store is sound.
    /// - Throws: ``StoreError`` only when the store cannot be read at all.
    /// - Complexity: O(n) in the number and size of stored objects.
    public func verify() async throws(StoreError) -> FsckReport {
        let path = self.path
        try sharedMemory?.check(writing: false)
        do {
            return try await reader.read { db in try StoreVerifier(db: db, path: path).run() }
        } catch {
            throw StoreError.translating(error, path: path)
        }
    }

    /// Regenerates the derived tables (the revision index) from the revision objects.
    ///
    /// - Returns: The number of revisions indexed.
    /// - Throws: ``StoreError`` when a revision object cannot be read.
    public func rebuildIndexes() async throws(StoreError) -> Int {
        try await write { try $0.rebuildIndexes() }
    }

    /// Rewrites the file without free pages (SQLite `VACUUM`), for a smaller file after many writes.
    ///
    /// A file made with pages of another size than ``pageSize`` (by an earlier nianbao) is rewritten in pages of that
    /// size when no other connection has it open: SQLite changes a page size only outside WAL mode, so the file
    /// leaves WAL for the rewrite and comes back to it. With another connection open (a server, a reader), the file is
    /// rewritten in its own page size, without waiting.
    ///
    /// - Throws: ``StoreError`` (``StoreError/busy`` while another process uses the file).
    public func vacuum() async throws(StoreError) {
        try await rewrite(onlyToResize: false)
    }

    /// ``vacuum()``, or when `onlyToResize`, nothing unless the file's pages can be rewritten in ``pageSize``.
    private func rewrite(onlyToResize: Bool) async throws(StoreError) {
        try sharedMemory?.check(writing: true)
        do {
            try await writer.writeWithoutTransaction { db in
                let resizes = try Int.fetchOne(db, sql: "PRAGMA page_size") != Self.pageSize && Self.leaveWAL(db)
                guard resizes else { return onlyToResize ? () : try db.execute(sql: "VACUUM") }
                do {
                    try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)")
                    try db.execute(sql: "VACUUM")
                } catch {
                    _ = try? String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                    throw error
                }
                _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            }
        } catch {
            throw StoreError.translating(error, path: path)
        }
    }

    /// Takes the file out of WAL mode if it is in WAL mode and this is the only connection to it, without waiting
    /// for others. A file in rollback-journal mode already (a backup restored, a rewrite cut off) is left: another
    /// process may have it open without this one knowing; ``returnToWAL(_:)`` puts it back when it opens alone.
    ///
    /// - Returns: Whether the file left WAL mode.
    private static func leaveWAL(_ db: Database) throws -> Bool {
        guard try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal" else { return false }
        return try withoutWaiting(db) { try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE") == "delete" }
    }

    /// Puts a file found in rollback-journal mode back in WAL mode — a page-size rewrite cut off (the process killed,
    /// the power gone), a file restored from a backup (`VACUUM INTO` writes one in rollback mode) — when no other
    /// connection has it open, without waiting; else leaves it as it is. A file in WAL mode is only asked its mode.
    static func returnToWAL(_ db: Database) {
        guard (try? String.fetchOne(db, sql: "PRAGMA journal_mode")) != "wal" else { return }
        _ = try? withoutWaiting(db) { try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" }
    }

    /// `body` run with no busy timeout: `false` when another connection holds what it needs.
    private static func withoutWaiting(_ db: Database, _ body: () throws -> Bool) throws -> Bool {
        let timeout = try Int.fetchOne(db, sql: "PRAGMA busy_timeout") ?? 0
        try db.execute(sql: "PRAGMA busy_timeout = 0")
        defer { _ = try? Int.fetchOne(db, sql: "PRAGMA busy_timeout = \(timeout)") }
        do {
            return try body()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
        {
            return false
        }
    }

    /// Writes the whole store as it is at one moment into a new file (SQLite `VACUUM INTO`, compacted), while others
    /// go on reading and writing: unlike a copy of the file, which misses what is still in its `-wal` file, the copy
    /// holds every committed write and opens as a repository of its own. The copy gets an epoch of its own
    /// (``StoreReading/epoch()``), and another when it is first written to once put in a repository's place
    /// (``StoreWriter/takeRestoredCopy(at:)``, which records the restore): the nodes that sync with it once restored
    /// know it for another store, each time the file is restored.
    ///
    /// - Parameter path: The new file; there must be no file there.
    /// - Throws: ``StoreError`` (a translated SQLite error: the file is there, the disk is full, …).
    public func backup(to path: String) async throws(StoreError) {
        try sharedMemory?.check(writing: false)
        do {
            try await writer.vacuum(into: path)
            // The copy is another store: a new epoch (Setting.epochKey), written in the copy's own rollback
            // journal, so that the file stays one file to carry away, with no -wal beside it. It holds no login:
            // a store restored from it does not bring back a session closed since. It is also marked as a copy not
            // yet listed, for a new epoch again once restored (a backup file may be restored twice, and each restore
            // is another store).
            let copy = try DatabaseQueue(path: path)
            let made = ISO8601DateFormatter().string(from: Date())
            try await copy.write { db in
                try Setting(key: Setting.epochKey, value: UUID().uuidString).save(db)
                try Setting(key: Setting.copyKey, value: made).save(db)
                try WebSessionRecord.forgetAll(in: db)
            }
            try copy.close()
        } catch {
            throw StoreError.translating(error, path: path)
        }
    }

    /// The names of the schema migrations applied to this repository, oldest first.
    ///
    /// - Throws: ``StoreError`` when the repository cannot be read.
    public func appliedMigrations() async throws(StoreError) -> [String] {
        do {
            return try await reader.read { db in try Migrations.migrator.appliedMigrations(db) }
        } catch {
            throw StoreError.translating(error, path: path)
        }
    }

    /// Closes the store's connections, the readers first: the last connection to a WAL-mode file checkpoints it and
    /// deletes its `-wal` and `-shm` files, so that a server stopped the ordinary way leaves the file alone beside
    /// nothing (a backup copied over it later then opens as itself, ``StoreError/strayLog(path:)``). Nothing can be
    /// read or written through the store afterwards. A connection still in use, or another process's, keeps the log.
    ///
    /// - Throws: ``StoreError`` when a connection cannot be closed (a statement still running).
    public func close() throws(StoreError) {
        do {
            if reader as AnyObject !== writer as AnyObject { try reader.close() }
            try writer.close()
        } catch {
            throw StoreError.translating(error, path: path)
        }
    }

    /// The schema migrations this program knows, oldest first.
    public static var knownMigrations: [String] { Migrations.names }

    /// The schema version this program writes (`PRAGMA user_version` of a repository it creates).
    public static var schemaVersion: Int { Migrations.schemaVersion }
}

extension RevisionStore {
    /// Removes the objects nothing reaches that arrived before a cutoff and keeps the pieces of reports as deltas
    /// where that is smaller, then gives the space back to the file system (`VACUUM`) — also when nothing changed but
    /// a quarter or more of the file is free pages, as after the `v14-deltas` migration kept revisions smaller, or
    /// the file is in pages of another size than ``pageSize`` and nothing else has it open.
    ///
    /// - Parameter cutoff: Objects a push brought from this time on are kept (see
    ///   ``StoreWriter/collectGarbage(arrivedBefore:)``).
    /// - Returns: What was removed and kept.
    /// - Throws: ``StoreError`` (``StoreError/busy`` while another process writes).
    public func collectGarbage(arrivedBefore cutoff: Date) async throws(StoreError) -> GarbageReport {
        let report = try await write { try $0.collectGarbage(arrivedBefore: cutoff) }
        let mostlyFree = try await read { reader in try StoreStatistics.isMostlyFree(reader.db) }
        if report.removed > 0 || report.packed > 0 || mostlyFree {
            try await vacuum()
        } else {
            // A file an earlier nianbao made in 4 KiB pages gets ``pageSize`` ones when nothing else has it open.
            try await rewrite(onlyToResize: true)
        }
        return report
    }
}

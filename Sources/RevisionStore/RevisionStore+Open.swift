// Creating and opening repositories: the checks that keep nianbao from touching a file it should not.

public import Foundation
import GRDB
public import Logging

extension RevisionStore {
    /// How long a write waits for another process's write to finish before failing with ``StoreError/busy``.
    public static let defaultBusyTimeout: TimeInterval = 10

    /// The size of a page of a repository file this program makes, in bytes: 1 KiB, not SQLite's 4 KiB.
    ///
    /// A repository holds about 45 tables and indexes, most of them empty on a township's node (people, tokens,
    /// conflicts, sessions…), and each takes at least one page: at 4 KiB, 200 one-edit revisions of a report compacted
    /// to 385,024 bytes, 152 KiB of them empty pages; at 1 KiB, to about 246,000 (`Scripts/bench-store`). A commit
    /// also writes fewer bytes to the WAL. A file made with another page size keeps it until ``vacuum()`` can rewrite
    /// it alone.
    public static let pageSize = 1024

    /// Creates a new repository file (and its folder), applies the schema and records the node's name.
    ///
    /// - Parameters:
    ///   - path: The SQLite file to create.
    ///   - node: The name of this node, recorded in every revision made here.
    ///   - busyTimeout: Seconds a write waits for another process.
    ///   - logger: Where the store logs.
    /// - Throws: ``StoreError/repositoryExists(path:)`` when a repository is already there,
    ///   ``StoreError/notARepository(path:reason:)`` when another file is; nothing is changed in either case.
    public static func create(
        at path: String, node: String, busyTimeout: TimeInterval = defaultBusyTimeout, logger: Logger
    ) throws(StoreError) -> RevisionStore {
        let manager = FileManager.default
        if manager.fileExists(atPath: path) {
            if (try? validate(path)) != nil { throw .repositoryExists(path: path) }
            throw .notARepository(path: path, reason: "a file is already there")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotOpen(path: path)
        }
        do {
            var configuration = configuration(busyTimeout: busyTimeout)
            // Before the pool turns the new file to WAL, after which its page size is fixed.
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA page_size = \(pageSize)") }
            let pool = try DatabasePool(path: path, configuration: configuration)
            try Migrations.migrator.migrate(pool)
            try pool.write { db in try StoreWriter.initialise(db, node: node) }
            logger.info("created repository", metadata: ["path": "\(path)", "node": "\(node)"])
            return RevisionStore(writer: pool, path: path, logger: logger, watchingSharedMemory: true)
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? manager.removeItem(atPath: path + suffix) }
            throw StoreError.translating(error, path: path)
        }
    }

    /// How a process means to use a repository it opens.
    public enum Access: Sendable, Hashable {
        /// Read and write, through a WAL `DatabasePool`: one writer and concurrent readers, for a long-running
        /// process such as a server.
        case readWrite
        /// Read and write through one connection (a `DatabaseQueue` on the WAL file), for a short-lived process that
        /// does one thing, such as a command: it opens faster and writes nothing to the file until it writes.
        case singleConnection
        /// Read only, through one read-only connection: nothing is ever written to the file, not even SQLite's
        /// housekeeping, so a command that only reads leaves the file byte for byte as it was.
        case readOnly
    }

    /// Opens an existing repository file, bringing an older schema up to date.
    ///
    /// The file is checked read-only first: a missing file, a file that is not a nianbao repository, or one written by
    /// a newer nianbao is refused before anything is written to it. A file brought up to date that is then a quarter
    /// or more free pages (a migration rebuilt a table) is compacted at once.
    ///
    /// - Parameters:
    ///   - path: The SQLite file.
    ///   - access: Read and write through a pool (the default), through one connection, or read only. Opening a
    ///     repository whose schema is older than this program's opens it through a pool once, to bring the schema
    ///     up to date.
    ///   - busyTimeout: Seconds a write waits for another process.
    ///   - logger: Where the store logs.
    /// - Throws: ``StoreError/repositoryNotFound(path:)``, ``StoreError/notARepository(path:reason:)``,
    ///   ``StoreError/newerSchema(path:found:known:migrations:)``, or a translated SQLite error.
    public static func open(
        at path: String, access: Access = .readWrite, busyTimeout: TimeInterval = defaultBusyTimeout, logger: Logger
    ) throws(StoreError) -> RevisionStore {
        if access != .readWrite {
            try checkFile(path)
            var configuration = configuration(busyTimeout: busyTimeout)
            configuration.readonly = access == .readOnly
            if access == .singleConnection {
                // The file is in WAL mode since its creation; keep the pool's durability setting.
                configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            }
            let unwritable = access == .readOnly && !ReadOnlyMedia.canWrite(path)
            do {
                // Opening writes nothing: the schema is checked through this connection before any write.
                let location = unwritable ? try ReadOnlyMedia.location(of: path) : path
                let queue = try DatabaseQueue(path: location, configuration: configuration)
                // A file nobody may upgrade here is read as it is: what its schema lacks reads as empty.
                if try checkSchema(queue, path: path) || unwritable {
                    if access == .singleConnection { try queue.writeWithoutTransaction(returnToWAL) }
                    return RevisionStore(writer: queue, path: path, logger: logger)
                }
                try queue.close()
            } catch {
                throw StoreError.translating(error, path: path)
            }
        }
        let isCurrent = try validate(path)
        do {
            if isCurrent { return try openShared(at: path, busyTimeout: busyTimeout, logger: logger) }
            let pool = try DatabasePool(path: path, configuration: configuration(busyTimeout: busyTimeout))
            logger.info("upgrading repository schema", metadata: ["path": "\(path)"])
            try Migrations.migrator.migrate(pool)
            // A migration that rewrote a table leaves its old pages free: give them back now, not at the next gc.
            if try pool.read(StoreStatistics.isMostlyFree) { try pool.vacuum() }
            return RevisionStore(writer: pool, path: path, logger: logger, watchingSharedMemory: true)
        } catch {
            throw StoreError.translating(error, path: path)
        }
    }

    /// Opens a repository of the current schema for a long-running process without writing, so without waiting for
    /// another process's write: its writes go through one connection (as a command's), its reads through a pool of
    /// read-only connections beside it, each read a transaction of its own that sees every write committed before it.
    ///
    /// (GRDB's `DatabasePool` writes as it opens whenever the `-wal` file is missing or empty — it creates and drops
    /// a table to make one — and so waited for another process's write transaction and failed with
    /// ``StoreError/busy`` after the busy timeout: `nianbao serve` could not start while an import ran.)
    private static func openShared(
        at path: String, busyTimeout: TimeInterval, logger: Logger
    ) throws -> RevisionStore {
        var configuration = configuration(busyTimeout: busyTimeout)
        // The file is in WAL mode since its creation; the durability a pool sets.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        let writer = try DatabaseQueue(path: path, configuration: configuration)
        try writer.writeWithoutTransaction(returnToWAL)
        // A first read opens the WAL (making the `-wal` and `-shm` files the read-only connections need) and writes
        // nothing; the file stays open through this connection while the process runs.
        _ = try writer.read { db in try Int.fetchOne(db, sql: "PRAGMA schema_version") }
        var readers = self.configuration(busyTimeout: busyTimeout)
        readers.readonly = true
        let pool = try DatabasePool(path: path, configuration: readers)
        return RevisionStore(writer: writer, reader: pool, path: path, logger: logger, watchingSharedMemory: true)
    }

    /// Creates a repository in memory, for tests.
    ///
    /// - Parameters:
    ///   - node: The node's name.
    ///   - migration: Stop after this migration instead of applying them all (for migration tests); the node's name
    ///     is then not recorded.
    ///   - logger: Where the store logs.
    /// - Throws: ``StoreError`` when the schema cannot be applied.
    public static func inMemory(
        node: String = "memory", upTo migration: String? = nil, logger: Logger
    )
        throws(StoreError) -> RevisionStore
    {
        do {
            let queue = try DatabaseQueue(configuration: configuration(busyTimeout: 0))
            if let migration {
                try Migrations.migrator.migrate(queue, upTo: migration)
            } else {
                try Migrations.migrator.migrate(queue)
                try queue.write { db in try StoreWriter.initialise(db, node: node) }
            }
            return RevisionStore(writer: queue, path: ":memory:", logger: logger)
        } catch {
            throw StoreError.translating(error, path: ":memory:")
        }
    }

    /// Applies the migrations this program knows and the repository lacks.
    ///
    /// - Throws: ``StoreError`` when a migration fails; the failed migration is rolled back.
    public func migrate() async throws(StoreError) {
        do {
            try Migrations.migrator.migrate(writer)
        } catch {
            throw StoreError.translating(error, path: path)
        }
    }

    static func configuration(busyTimeout: TimeInterval) -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "nianbao"
        return configuration
    }

    /// Checks, without writing, that `path` is a nianbao repository this program can use.
    ///
    /// - Returns: Whether its schema is already current (no migration needed).
    static func validate(_ path: String) throws(StoreError) -> Bool {
        try peek(path) { queue in try checkSchema(queue, path: path) }
    }

    /// Reads a repository file through one read-only connection, closed after `body`: nothing is written to it.
    ///
    /// - Throws: What ``checkFile(_:)`` throws, and SQLite's and `body`'s errors translated.
    static func peek<T>(_ path: String, _ body: (DatabaseQueue) throws -> T) throws(StoreError) -> T {
        try checkFile(path)
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(defaultBusyTimeout)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try body(queue)
        } catch {
            throw StoreError.translating(error, path: path)
        }
    }

    /// Checks that a file exists and starts as a SQLite database does (or is empty beside a WAL that holds it), and
    /// that no other file's WAL lies beside it (``StoreError/strayLog(path:)``).
    static func checkFile(_ path: String) throws(StoreError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            // A folder this process may not look into hides the file: that is not "no repository" (whose message
            // says to make one with `init`), it is a permission to ask for.
            var status = stat()
            if stat(path, &status) != 0, errno == EACCES { throw .cannotOpen(path: path) }
            throw .repositoryNotFound(path: path)
        }
        guard !isDirectory.boolValue else { throw .notARepository(path: path, reason: "it is a folder") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .cannotOpen(path: path) }
        // (the first 16 bytes name the format; bytes 18 and 19 are 2 in WAL mode, 1 in rollback-journal mode)
        let header = (try? handle.read(upToCount: 20)) ?? Data()
        try? handle.close()
        if header.isEmpty {
            // Asked only here: `attributesOfItem` also looks up the file's owner and group by name, which reads the
            // system's user and group databases.
            let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
            guard walSize > 0 else { throw .notARepository(path: path, reason: "the file is empty") }
        } else if !header.prefix(16).elementsEqual("SQLite format 3\0".utf8) {
            throw .notARepository(path: path, reason: "it is not a SQLite database")
        } else if header.count >= 20, header[header.startIndex + 18] == 1,
            header[header.startIndex + 19] == 1, hasLoggedPages(besides: path)
        {
            // A file not in WAL mode never has a log of its own beside it: nianbao's files are in WAL mode, and the
            // one way out of it (gc's rewrite) checkpoints and deletes the log first. The log is another file's.
            throw .strayLog(path: path)
        }
    }

    /// Whether a `-wal` file beside the repository holds any page (more than its 32-byte header).
    private static func hasLoggedPages(besides path: String) -> Bool {
        var status = stat()
        return stat(path + "-wal", &status) == 0 && status.st_size > 32
    }

    /// Checks the application id and the schema version through a connection, without writing.
    ///
    /// - Returns: Whether the schema is current.
    static func checkSchema(_ reader: any DatabaseReader, path: String) throws -> Bool {
        let status = try reader.read { db in try Migrations.status(db) }
        guard status.applicationID == Migrations.applicationID else {
            throw StoreError.notARepository(path: path, reason: "it is another program's SQLite database")
        }
        guard status.version <= Migrations.schemaVersion, status.unknown.isEmpty else {
            throw StoreError.newerSchema(
                path: path, found: status.version, known: Migrations.schemaVersion, migrations: status.unknown)
        }
        return status.applied == Migrations.names
    }
}

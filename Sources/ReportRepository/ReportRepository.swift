public import Foundation
public import Logging
import ReportModel
public import RevisionStore

/// What a person does with a repository: commit a report, import a folder, look at history, mark revisions, check
/// the store. The CLI, sync and the web pages all go through it.
///
/// ```swift
/// let repository = try ReportRepository.open(at: path, logger: logger)
/// let outcome = try await repository.commit(fileAt: "常张乡2024.txt", to: ReportKey(agency: "changzhang", year: 2024),
///                                           author: "王芳", message: "补充第三部分")
/// ```
public struct ReportRepository: Sendable {
    /// The store underneath: reached only through the repository's methods, never from the layers above.
    let store: RevisionStore
    /// Where the repository logs.
    let logger: Logger
    /// The checks of documents already seen (``findings(of:)-(String)``), shared by every copy.
    let findingsCache: FindingsCache
    /// Whether this process has made sure the store is not a backup put back in its place and not yet written to,
    /// shared by every copy (``recordRestoredBackup(at:)``).
    let copyCheck: RestoredCopyCheck
    /// The lanes its slow work (reading uploads, bcrypt) waits in, shared by every copy.
    let lanes: WorkLanes
    /// The order in which requests to set each person's password came, shared by every copy.
    let passwordOrder: PasswordOrder

    /// Wraps a store.
    init(store: RevisionStore, logger: Logger) {
        self.store = store
        self.logger = logger
        findingsCache = FindingsCache()
        copyCheck = RestoredCopyCheck()
        lanes = WorkLanes()
        passwordOrder = PasswordOrder()
    }

    /// Creates a new repository file.
    ///
    /// - Parameters:
    ///   - path: The SQLite file to create (its folder is created too).
    ///   - node: This node's name, recorded in every revision made here.
    ///   - logger: Where to log.
    /// - Throws: ``RepositoryError/invalidNodeName(_:)`` for a name that is not a short printable one;
    ///   ``RepositoryError/store(_:)`` with ``StoreError/repositoryExists(path:)`` when one is there.
    public static func create(
        at path: String, node: String, logger: Logger
    ) throws(RepositoryError)
        -> ReportRepository
    {
        guard NodeName.isValid(node) else { throw .invalidNodeName(node) }
        do {
            return ReportRepository(
                store: try RevisionStore.create(at: path, node: node, logger: logger), logger: logger)
        } catch {
            throw .store(error)
        }
    }

    /// How a process opens a repository: shared by several connections, through one connection, or read-only.
    public typealias Access = RevisionStore.Access

    /// The version of the repository file's schema this program writes.
    public static var schemaVersion: Int { RevisionStore.schemaVersion }

    /// Whether this process may write to a repository file (and its folder): `false` on read-only media, where the
    /// repository can only be opened `.readOnly`.
    public static func canWrite(_ path: String) -> Bool { RevisionStore.canWrite(path) }

    /// Opens an existing repository file.
    ///
    /// - Parameters:
    ///   - path: The SQLite file.
    ///   - access: `.readOnly` for a process that only reads: the file is then never written to.
    ///   - logger: Where to log.
    /// - Throws: ``RepositoryError/store(_:)``: the file is missing, not a repository, or from a newer nianbao.
    public static func open(
        at path: String, access: Access = .readWrite, logger: Logger
    )
        throws(RepositoryError) -> ReportRepository
    {
        do {
            return ReportRepository(
                store: try RevisionStore.open(at: path, access: access, logger: logger), logger: logger)
        } catch {
            throw .store(error)
        }
    }

    /// Closes the repository's connections (``RevisionStore/close()``): a server stopped the ordinary way leaves no
    /// `-wal` beside the file. Nothing can be read or written through it afterwards.
    ///
    /// - Throws: ``RepositoryError/store(_:)`` when a connection is still in use; the file is as it was.
    public func close() throws(RepositoryError) {
        do {
            try store.close()
        } catch {
            throw .store(error)
        }
    }

    /// This node's name, as recorded at `init`.
    public func nodeName() async throws(RepositoryError) -> String {
        try await read { try $0.nodeName() ?? "unnamed" }
    }

    /// Every known agency, by id.
    public func agencies() async throws(RepositoryError) -> [Agency] {
        try await read { try $0.agencies() }
    }

    /// The name of every known agency, by id (what lists print in place of an id).
    public func agencyNames() async throws(RepositoryError) -> [String: String] {
        Dictionary(try await agencies().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// Checks every object, revision and ref of the store.
    public func fsck() async throws(RepositoryError) -> FsckReport {
        do {
            return try await store.verify()
        } catch {
            throw .store(error)
        }
    }

    /// Counts of what the repository holds.
    public func statistics() async throws(RepositoryError) -> StoreStatistics {
        try await read { try $0.statistics() }
    }

    // MARK: - Transactions with repository errors

    func read<T: Sendable>(_ body: @Sendable (StoreReader) throws -> T) async throws(RepositoryError) -> T {
        do {
            return try await store.readTransaction(body)
        } catch {
            throw RepositoryError(error)
        }
    }

    /// Runs a write transaction; the first of a process over a backup put back in the repository's place records the
    /// restore before it, in a transaction of its own (``recordRestoredBackup(at:)``).
    func write<T: Sendable>(_ body: @Sendable (StoreWriter) throws -> T) async throws(RepositoryError) -> T {
        if copyCheck.isPending { await recordRestoredBackup() }
        do {
            return try await store.writeTransaction(body)
        } catch {
            throw RepositoryError(error)
        }
    }
}

extension RepositoryError {
    /// The repository error for anything a transaction threw.
    init(_ error: any Error) {
        switch error {
        case let error as RepositoryError: self = error
        case let error as StoreError: self = .store(error)
        default: self = .store(.unexpected("\(error)"))
        }
    }
}

extension ReportRepository {
    /// How long an upload no ref reaches is kept before `gc` may remove it: a push still running keeps its batches.
    public static let uploadGracePeriod: TimeInterval = 24 * 3600

    /// Removes what nothing reaches: objects that arrived more than a day ago (or at an unknown time) that no ref,
    /// head, mark, remote ref or conflict reaches, such as the batches of a push that never finished; then gives the
    /// space back to the file system.
    ///
    /// - Parameter time: Now; objects a push brought after `time` minus a day are kept.
    /// - Returns: What was removed and kept.
    /// - Throws: ``RepositoryError/store(_:)`` (``StoreError/busy`` while another process writes).
    public func collectGarbage(time: Date = Date()) async throws(RepositoryError) -> GarbageReport {
        let report: GarbageReport
        do {
            report = try await store.collectGarbage(arrivedBefore: time.addingTimeInterval(-Self.uploadGracePeriod))
        } catch {
            throw .store(error)
        }
        try await write { try $0.recordCollection(at: time) }
        return report
    }

    /// When `gc` last ran on this repository, if it ever did.
    public func lastCollection() async throws(RepositoryError) -> Date? {
        try await read { try $0.lastCollection() }
    }

    /// How often a node's server runs `gc` on its own (``collectGarbageIfDue(time:)``): once a day.
    public static let collectionInterval: TimeInterval = 24 * 3600

    /// Runs ``collectGarbage(time:)`` when it last ran ``collectionInterval`` or more before `time`, never, or after
    /// `time` (the clock was set back): what `nianbao serve` does every hour, so that a county's file stays packed
    /// and the batches of pushes that never finished stop counting against their tokens' quota, without anyone
    /// running `nianbao gc`.
    ///
    /// - Returns: What was removed and kept, or `nil` when it was not due.
    /// - Throws: ``RepositoryError/store(_:)`` (``StoreError/busy`` while another process writes).
    public func collectGarbageIfDue(time: Date = Date()) async throws(RepositoryError) -> GarbageReport? {
        if let last = try await lastCollection(), last <= time,
            time.timeIntervalSince(last) < Self.collectionInterval
        {
            return nil
        }
        return try await collectGarbage(time: time)
    }
}

// A backup: a consistent copy of the whole repository in a file of its own, made while a server may be running.

public import Foundation
import RevisionStore

/// What a backup holds.
public struct BackupSummary: Sendable, Hashable {
    /// The backup file.
    public var path: String
    /// Reports (agency and year) with a draft.
    public var reports: Int
    /// Revisions.
    public var revisions: Int
    /// The file's size.
    public var bytes: Int

    /// Creates a summary.
    public init(path: String, reports: Int, revisions: Int, bytes: Int) {
        self.path = path
        self.reports = reports
        self.revisions = revisions
        self.bytes = bytes
    }
}

extension ReportRepository {
    /// Copies the whole repository, as it is at one moment, into a file: every committed revision, mark, comment,
    /// person, token and audit line, whatever is still in the `-wal` file a running server keeps (a copy of the
    /// database file alone, made while `nianbao serve` runs, can hold none of its reports).
    ///
    /// The copy is written beside `path` under a temporary name, opened and counted as a repository, and only then
    /// moved to `path` (replacing a file there): a backup cut short by a full disk or a killed process leaves no
    /// half-written file under the backup's name. Restoring is putting the file in the repository's place while no
    /// `nianbao` process uses it; townships that pushed after the backup send their revisions again at their next
    /// sync.
    ///
    /// - Parameter path: The backup file; the caller decides whether a file there may be replaced.
    /// - Returns: What the backup holds.
    /// - Throws: ``RepositoryError/store(_:)`` when the copy cannot be written or read back (nothing is left at
    ///   `path` then).
    public func backup(to path: String) async throws(RepositoryError) -> BackupSummary {
        let target = URL(fileURLWithPath: path)
        let partial = target.deletingLastPathComponent().appendingPathComponent(
            ".\(target.lastPathComponent).nianbao-backup-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: partial) }
        do throws(StoreError) {
            // (the copy is marked as another store, with an epoch of its own: a node that syncs with it once it is
            // restored knows it is not the one it synced with, and sends again what the copy lacks)
            try await store.backup(to: partial.path)
            let copy = try RevisionStore.open(at: partial.path, access: .readOnly, logger: logger)
            let statistics = try await copy.read { try $0.statistics() }
            let reports = try await copy.read { reader in
                Set(try reader.refs().filter { $0.name == .draft }.map(\.report)).count
            }
            // (the folder was written a moment ago: a rename that fails is a name that cannot be written)
            if rename(partial.path, target.path) != 0 { throw StoreError.readOnly(path: path) }
            return BackupSummary(
                path: path, reports: reports, revisions: statistics.revisions, bytes: statistics.fileBytes)
        } catch {
            throw .store(error)
        }
    }
}

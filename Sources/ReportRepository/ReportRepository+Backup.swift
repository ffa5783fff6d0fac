// A backup: a consistent copy of the whole repository in a file of its own, made while a server may be running.

import Foundation
import Logging
import ReportModel
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
    /// `nianbao` process uses it; its first write records the restore (``recordRestoredBackup(at:)``), and townships
    /// that pushed after the backup send their revisions again at their next sync.
    ///
    /// - Parameter path: The backup file; the caller decides whether a file there may be replaced.
    /// - Returns: What the backup holds.
    /// - Throws: ``RepositoryError/store(_:)`` when the copy cannot be written or read back (nothing is left at
    ///   `path` then).
    public func backup(to path: String) async throws(RepositoryError) -> BackupSummary {
        let target = URL(fileURLWithPath: path)
        let partial = BackupPartial(of: target)
        // (a backup killed before it was done left its whole-size copy, people's password hashes included, under a
        // hidden name that the user does not see: the next backup to the same file removes it)
        partial.removeCutShortCopies()
        defer { partial.remove() }
        let own = try await read { try $0.identity() }
        let damaged: (kept: String, problems: Int)
        do throws(StoreError) {
            // (the copy is marked as another store, with an epoch of its own: a node that syncs with it once it is
            // restored knows it is not the one it synced with, and sends again what the copy lacks)
            try await store.backup(to: partial.url.path)
            let copy = try RevisionStore.open(at: partial.url.path, access: .readOnly, logger: logger)
            // (every object of the copy re-hashed, as fsck does: a copy of a damaged store must not take the place
            // of the last good backup, which a nightly `backup --overwrite` to one name would do — rr99 F5)
            let verified = try await copy.verify()
            if verified.problems.isEmpty {
                let statistics = try await copy.read { try $0.statistics() }
                let reports = try await copy.read { reader in
                    Set(try reader.refs().filter { $0.name == .draft }.map(\.report)).count
                }
                // (the folder was written a moment ago: a rename that fails is a name that cannot be written)
                if rename(partial.url.path, target.path) != 0 { throw StoreError.readOnly(path: path) }
                return BackupSummary(
                    path: path, reports: reports, revisions: statistics.revisions, bytes: statistics.fileBytes)
            }
            let kept = partial.keptDamaged(at: Date())
            if rename(partial.url.path, kept.path) != 0 { throw StoreError.readOnly(path: kept.path) }
            // (a nightly backup of a damaged store would leave a full-size copy, password hashes included, every
            // night: the newest holds what the earlier ones did, so only it is kept)
            partial.removeEarlierDamagedCopies(of: own, keeping: kept)
            damaged = (kept.path, verified.problems.count)
        } catch {
            throw .store(error)
        }
        throw .backupDamaged(
            path: path, kept: damaged.kept, problems: damaged.problems,
            earlier: FileManager.default.fileExists(atPath: path))
    }
}

extension ReportRepository {
    /// The hidden file beside a backup's target that a backup is written into before it takes the target's name: a
    /// dot, the target's name, `.nianbao-backup-` and eight characters of a UUID (with SQLite's `-journal` beside it
    /// while it is written).
    struct BackupPartial {
        /// The folder of the target.
        let folder: URL
        /// The beginning of every such file's name for this target.
        let prefix: String
        /// This backup's own file.
        let url: URL

        /// A new file name for a backup to `target`.
        init(of target: URL) {
            folder = target.deletingLastPathComponent()
            prefix = ".\(target.lastPathComponent).nianbao-backup-"
            url = folder.appendingPathComponent(prefix + UUID().uuidString.prefix(8))
        }

        /// Where a copy found damaged is kept, beside the target: `县政务公开办.sqlite.有损坏-20261206-2130`
        /// (Beijing time), never under the target's name.
        func keptDamaged(at time: Date) -> URL {
            let name = String(prefix.dropFirst().dropLast(".nianbao-backup-".count))
            return folder.appendingPathComponent("\(name).有损坏-\(BeijingTime.compactMinute(time))")
        }

        /// Removes the copies earlier backups of this repository found damaged and kept in this folder
        /// (``keptDamaged(at:)``, to any target's name), but `kept`: another repository's are left alone.
        func removeEarlierDamagedCopies(of own: StoreIdentity, keeping kept: URL) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names where name.contains(".有损坏-") && name != kept.lastPathComponent {
                let path = folder.appendingPathComponent(name).path
                guard let identity = try? RevisionStore.identity(ofFileAt: path), identity.isCopy(of: own) else {
                    continue
                }
                for suffix in ["", "-journal", "-wal", "-shm"] {
                    try? FileManager.default.removeItem(atPath: path + suffix)
                }
            }
        }

        /// Removes this backup's file and its journal.
        func remove() {
            for name in [url.lastPathComponent, url.lastPathComponent + "-journal"] {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            }
        }

        /// Removes the files earlier backups to the same target left when they were cut short (a killed process runs
        /// no clean-up of its own). A backup to the same file running at the same moment loses its copy and says the
        /// file could not be written; the repository is not touched either way.
        func removeCutShortCopies() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names where name.hasPrefix(prefix) {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            }
        }
    }

    /// What a file that `backup --overwrite` would replace is, read without bringing it up to date or writing to
    /// it: only an earlier backup of this repository may be replaced. A backup has this repository's node and the
    /// id `init` gave it (``StoreIdentity/isCopy(of:)``); another computer's repository of the same node name has
    /// another, even when made in the same second.
    public func backupTarget(at path: String) async throws(RepositoryError) -> BackupTarget {
        guard let other = try? RevisionStore.identity(ofFileAt: path) else { return .notARepository }
        let own = try await read { try $0.identity() }
        guard other.node == own.node else { return .otherNode(other.node ?? "") }
        guard other.isCopy(of: own) else { return .sameNameElsewhere(own.node ?? "") }
        return .earlierBackup
    }
}

/// What a file `backup --overwrite` would replace is (``ReportRepository/backupTarget(at:)``).
public enum BackupTarget: Sendable, Hashable {
    /// An earlier backup of this repository: it may be replaced.
    case earlierBackup
    /// No repository that opens.
    case notARepository
    /// The repository of another node (its name).
    case otherNode(String)
    /// Another repository of this node's name, made on another computer.
    case sameNameElsewhere(String)
}

// A backup put back in the repository's place: the first write there records it — an epoch of its own, an audit line
// saying when the backup was made and that the work since is gone — and the board says so for some days.

public import Foundation
import Logging
import ReportModel
import RevisionStore
import Synchronization

extension ReportRepository {
    /// How long after a restore the board tells the people who review, and the clerks, that the repository went back
    /// to a backup (``restoredBackup(now:)``): seven days, the one home of the rule.
    public static let restoreNoticePeriod: TimeInterval = 7 * 24 * 3600

    /// Records, once, that this repository is a backup put in its place (`nianbao backup`, then the file copied over
    /// the repository): gives it an epoch of its own, writes the audit line `从备份恢复` that says when the backup was
    /// made and that the uploads, marks and comments since are not here, and removes the backup's mark, in one
    /// transaction (``RevisionStore/StoreWriter/takeRestoredCopy(at:)``). What `nianbao serve` does as it starts; any
    /// other process that writes does it with its first write. The repository a backup was made of bears no mark, a
    /// restore is recorded once, and a store opened read-only (`fsck`, `serve --read-only`) leaves the mark.
    ///
    /// - Parameter time: Now: when the backup is put in use.
    /// - Returns: The restore, when this call recorded it; `nil` when there was none to record, it was recorded
    ///   before, or the file was busy (logged: the next write records it).
    @discardableResult
    public func recordRestoredBackup(at time: Date = Date()) async -> RestoredBackup? {
        guard copyCheck.isPending else { return nil }
        guard !isReadOnly else {
            copyCheck.markDone()  // (it lists the backup's epoch, takes no pushes, and records nothing)
            return nil
        }
        do {
            // (read first: a store no backup put in place, nearly every one, takes no write and waits for none)
            guard try await store.readTransaction({ try $0.isUnlistedCopy() }) else {
                copyCheck.markDone()
                return nil
            }
            let restored = try await store.writeTransaction { try $0.recordRestoredBackup(at: time) }
            copyCheck.markDone()
            if let restored {
                logger.notice(
                    "this repository is a backup put back in its place: recorded in the audit log",
                    metadata: ["made": "\(restored.made)"])
            }
            return restored
        } catch {
            // (a busy file: the next write, or the next pull listed, records it)
            logger.warning("could not record that this repository is a restored backup: \(error)")
            return nil
        }
    }

    /// The last backup put in this repository's place, while the board tells of it: up to
    /// ``restoreNoticePeriod`` after the restore (and from a restore the clock places later than `now`).
    ///
    /// - Parameter now: The time of the board.
    /// - Returns: The restore, or `nil` when there was none or it is older than the period.
    public func restoredBackup(now: Date = Date()) async throws(RepositoryError) -> RestoredBackup? {
        guard let restored = try await read({ try $0.restoredBackup() }) else { return nil }
        return now.timeIntervalSince(restored.restored) < Self.restoreNoticePeriod ? restored : nil
    }
}

extension StoreWriter {
    /// Takes a backup's mark, if the store bears one, with its audit line (``AuditWording/restoredBackup``), in the
    /// writer's transaction.
    ///
    /// - Returns: The restore, or `nil` when the store bore no mark.
    func recordRestoredBackup(at time: Date) throws -> RestoredBackup? {
        guard let restored = try takeRestoredCopy(at: time) else { return nil }
        let made = BeijingTime.minute(restored.made, in: BeijingTime.zone)
        try appendAudit(
            person: AuditPerson.terminal, action: .backupRestored, detail: AuditWording.restoredBackup.detail(made),
            time: time)
        return restored
    }
}

extension AuditWording {
    /// The line of a backup put back in the repository's place (``AuditAction/backupRestored``): `这份库是
    /// 2026-12-07 21:30（北京时间）做的备份；…`, the backup's time in Beijing time.
    public static let restoredBackup = AuditWording(
        "这份库是 {}（北京时间）做的备份；备份之后的上传、标记和批注都不在了，请通知各单位重新上传。",
        "this repository is the backup made at {} (Beijing time); the uploads, marks and comments made after it are "
            + "gone: ask the offices to upload again.")
}

/// Whether a process has yet to check that its store is not a backup's copy put back and not yet written to (one check
/// a process: only a backup marks a store so, and it marks the copy, never the store it runs in).
final class RestoredCopyCheck: Sendable {
    private let pending = Mutex(true)

    /// Whether the check is still to be made.
    var isPending: Bool { pending.withLock { $0 } }

    /// Records that the check was made.
    func markDone() { pending.withLock { $0 = false } }
}

// What a store keeps besides reports and agencies: the author, its epoch, when it was collected, its first settings.

public import Foundation
import GRDB

extension StoreWriter {
    /// Records the node name a remote gave at a pull (`县政务公开办` for the remote `county`): what its older receipts
    /// and audit lines, which recorded the remote's name here, are read as (``StoreReading/remoteNodeNames()``).
    public func setNodeName(_ node: String, ofRemote remote: String) throws {
        try Setting(key: Setting.remoteNodeKey(remote), value: node).save(db)
    }

    /// Sets (or, with `nil`, removes) the author recorded in revisions, merges and marks made here.
    public func setAuthor(_ name: String?) throws {
        if let name {
            try Setting(key: Setting.authorKey, value: name).save(db)
        } else {
            _ = try Setting.deleteOne(db, key: Setting.authorKey)
        }
    }

    /// Takes the mark a backup left in its copy (``RevisionStore/backup(to:)``) the first time the copy, put in a
    /// repository's place, is written to: gives it an epoch of its own, so that each restore of one backup file is
    /// another store to the nodes that sync with it (even when the same file was restored before and they saw that
    /// restore's epoch), records the restore (``StoreReading/restoredBackup()``) and removes the mark, all in the
    /// writer's transaction. The store a backup was made of never bears the mark; a copy found with a mark that is not
    /// a time gets its epoch and loses the mark, with no restore recorded.
    ///
    /// - Parameter time: Now: when the copy is put in use.
    /// - Returns: The restore, or `nil` when the store bore no mark (or one that is not a time).
    public func takeRestoredCopy(at time: Date) throws -> RestoredBackup? {
        guard let mark = try Setting.value(of: Setting.copyKey, in: db) else { return nil }
        try Setting(key: Setting.epochKey, value: UUID().uuidString).save(db)
        _ = try Setting.deleteOne(db, key: Setting.copyKey)
        let formatter = ISO8601DateFormatter()
        guard let made = formatter.date(from: mark) else { return nil }
        try Setting(key: Setting.restoredKey, value: formatter.string(from: time)).save(db)
        try Setting(key: Setting.restoredFromKey, value: formatter.string(from: made)).save(db)
        return RestoredBackup(made: made, restored: time)
    }

    /// Records when `gc` ran (``StoreReading/lastCollection()``).
    public func recordCollection(at time: Date) throws {
        try Setting(key: Setting.collectedKey, value: String(Int64(time.timeIntervalSince1970.rounded(.down)))).save(db)
    }

    /// Records the settings of a new repository.
    static func initialise(_ db: Database, node: String) throws {
        try Setting(key: Setting.nodeKey, value: node).save(db)
        try Setting(key: Setting.createdKey, value: ISO8601DateFormatter().string(from: Date())).save(db)
        try Setting(key: Setting.originKey, value: UUID().uuidString).save(db)
    }
}

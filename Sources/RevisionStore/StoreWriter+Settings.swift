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

    /// Gives a backup's copy an epoch of its own the first time a server that writes lists it, and unmarks it: each
    /// restore of one backup file is then another store to the nodes that sync with it, even when the same file was
    /// restored before and they saw that restore's epoch.
    ///
    /// - Returns: Whether the store was an unlisted copy (and now has a new epoch).
    public func renewEpochOfCopy() throws -> Bool {
        guard try Setting.value(of: Setting.copyKey, in: db) != nil else { return false }
        try Setting(key: Setting.epochKey, value: UUID().uuidString).save(db)
        _ = try Setting.deleteOne(db, key: Setting.copyKey)
        return true
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

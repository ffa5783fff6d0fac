import GRDB

/// A row of the `setting` table: one setting of this node.
struct Setting: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "setting"

    /// The setting's name.
    var key: String
    /// Its value.
    var value: String

    enum Columns {
        static let key = Column(CodingKeys.key)
        static let value = Column(CodingKeys.value)
    }

    /// The node's name, recorded in every revision made here.
    static let nodeKey = "node"
    /// When the repository was created (ISO 8601).
    static let createdKey = "created"
    /// A random UUID `init` records (from v1.x stores on): which repository this is, kept in every backup, another
    /// in a repository of the same node name made in the same second elsewhere.
    static let originKey = "origin"
    /// Who makes the revisions, merges and marks of this repository (`nianbao config author`).
    static let authorKey = "author"
    /// The day of the year after the reporting year by which reports are due, `MM-DD` (`nianbao config deadline`).
    static let deadlineKey = "deadline"
    /// When `gc` last ran here, in whole seconds since 1970 (UTC).
    static let collectedKey = "collected"
    /// Which copy of the store this is: set anew in every backup (``RevisionStore/backup(to:)``), so that a store
    /// restored from one is known for another by the nodes that synced with it, even when its change sequence did
    /// not go back below what they last saw.
    static let epochKey = "epoch"
    /// When a backup made this copy (ISO 8601), until the copy, put in a repository's place, is first written to: it
    /// then takes an epoch of its own (``StoreWriter/takeRestoredCopy(at:)``), so that each restore of one backup file
    /// is another store, and the restore is recorded (``restoredKey``, ``restoredFromKey``).
    static let copyKey = "copy"
    /// When a backup's copy was last put in use here (ISO 8601): its first write (``StoreWriter/takeRestoredCopy(at:)``).
    static let restoredKey = "restored"
    /// When the backup in use here since ``restoredKey`` was made (ISO 8601): the ``copyKey`` it bore.
    static let restoredFromKey = "restored-from"

    /// The key of the node name a remote's listing gave at the last pull from it (`remote-node:county`).
    static func remoteNodeKey(_ remote: String) -> String { remoteNodePrefix + remote }
    static let remoteNodePrefix = "remote-node:"

    /// The value of a setting, if set (the node's name is read on every request the server answers).
    static func value(of key: String, in db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM setting WHERE key = ?"), arguments: [key])
    }
}

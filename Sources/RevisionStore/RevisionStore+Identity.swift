// Which repository a file is — its node and when it was created — read without opening it as a store.

import GRDB

/// Which repository a file is: the node's name and when the repository was created (`init`). A backup, made by
/// `VACUUM INTO`, has both of the repository it copies; another computer's repository of the same node name was
/// created at another time.
public struct StoreIdentity: Sendable, Hashable {
    /// The node's name; `nil` for a repository that never recorded one.
    public var node: String?
    /// When the repository was created (ISO 8601), as `init` recorded it.
    public var created: String?
}

extension RevisionStore {
    /// The identity recorded in a repository file, read through one read-only connection: the file is neither
    /// brought up to date nor written to, whatever its schema.
    ///
    /// - Parameter path: The SQLite file.
    /// - Throws: ``StoreError/repositoryNotFound(path:)``, ``StoreError/notARepository(path:reason:)``,
    ///   ``StoreError/newerSchema(path:found:known:migrations:)``, or a translated SQLite error.
    public static func identity(ofFileAt path: String) throws(StoreError) -> StoreIdentity {
        try peek(path) { queue in
            _ = try checkSchema(queue, path: path)
            return try queue.read { db in try StoreIdentity.read(db) }
        }
    }
}

extension StoreReading {
    /// This repository's identity.
    public func identity() throws -> StoreIdentity { try StoreIdentity.read(db) }
}

extension StoreIdentity {
    /// The identity recorded in a repository's settings.
    static func read(_ db: Database) throws -> StoreIdentity {
        StoreIdentity(
            node: try Setting.value(of: Setting.nodeKey, in: db),
            created: try Setting.value(of: Setting.createdKey, in: db))
    }
}

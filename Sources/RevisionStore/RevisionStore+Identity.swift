// Which repository a file is — its node, when it was created and its random id — read without opening it as a store.

import GRDB

/// Which repository a file is: the node's name, when the repository was created (`init`) and the random id `init`
/// gave it. A backup, made by `VACUUM INTO`, has all three of the repository it copies; another computer's repository
/// of the same node name has another id (and, when made before ids were recorded, another creation time).
public struct StoreIdentity: Sendable, Hashable {
    /// The node's name; `nil` for a repository that never recorded one.
    public var node: String?
    /// When the repository was created (ISO 8601), as `init` recorded it.
    public var created: String?
    /// The random id `init` recorded; `nil` for a repository made before ids were recorded.
    public var origin: String?

    /// Whether a file with this identity is a copy of the repository `own` identifies: the same node, and the same
    /// id (or, where either lacks one, the same creation time — to the second, as older repositories recorded it).
    public func isCopy(of own: StoreIdentity) -> Bool {
        guard node == own.node else { return false }
        if let origin, let ownOrigin = own.origin { return origin == ownOrigin }
        return created == own.created
    }
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
            created: try Setting.value(of: Setting.createdKey, in: db),
            origin: try Setting.value(of: Setting.originKey, in: db))
    }
}

// Which node a repository file belongs to, read without opening it as a store.

import GRDB

extension RevisionStore {
    /// The node name recorded in a repository file, read through one read-only connection: the file is neither
    /// brought up to date nor written to, whatever its schema.
    ///
    /// - Parameter path: The SQLite file.
    /// - Returns: The node's name; `nil` for a repository that never recorded one.
    /// - Throws: ``StoreError/repositoryNotFound(path:)``, ``StoreError/notARepository(path:reason:)``,
    ///   ``StoreError/newerSchema(path:found:known:migrations:)``, or a translated SQLite error.
    public static func nodeName(ofFileAt path: String) throws(StoreError) -> String? {
        try peek(path) { queue in
            _ = try checkSchema(queue, path: path)
            return try queue.read { db in try Setting.value(of: Setting.nodeKey, in: db) }
        }
    }
}

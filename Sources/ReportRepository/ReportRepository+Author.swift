// Who makes a revision, a merge or a mark. Never guessed: like git without user.name, a repository with no author
// configured refuses to commit, merge or mark until one is given.

import ReportModel
import RevisionStore

extension ReportRepository {
    /// The most characters an author name may have.
    public static let maxAuthorLength = 64

    /// The author configured for this repository (`nianbao config author`), if any.
    public func configuredAuthor() async throws(RepositoryError) -> String? {
        try await read { try $0.author() }
    }

    /// Records who makes the revisions, merges and marks of this repository, or forgets it (`nil`).
    ///
    /// - Throws: ``RepositoryError/invalidAuthor(_:)`` for a name that cannot be one.
    public func setAuthor(_ name: String?) async throws(RepositoryError) {
        let checked = try name.map { name throws(RepositoryError) in try Self.checkedAuthor(name) }
        try await write { try $0.setAuthor(checked) }
    }

    /// The author of a change: the one given (by `--author` or `$NIANBAO_AUTHOR`, in the order the caller
    /// chooses), else the one configured for the repository.
    ///
    /// - Throws: ``RepositoryError/authorMissing`` when there is neither; ``RepositoryError/invalidAuthor(_:)``.
    public func author(given: String?) async throws(RepositoryError) -> String {
        if let given, !given.isLayoutBlank { return try Self.checkedAuthor(given) }
        guard let configured = try await configuredAuthor() else { throw .authorMissing }
        return try Self.checkedAuthor(configured)
    }

    /// An author name as recorded: trimmed; refused when empty, with a line break, or too long.
    ///
    /// - Throws: ``RepositoryError/authorMissing`` for an empty name, ``RepositoryError/invalidAuthor(_:)``.
    static func checkedAuthor(_ name: String) throws(RepositoryError) -> String {
        let trimmed = name.trimmingLayoutSpace()
        guard !trimmed.isEmpty else { throw .authorMissing }
        guard trimmed.unicodeScalars.count <= maxAuthorLength, !trimmed.hasInvisibleCharacters else {
            throw .invalidAuthor(trimmed)
        }
        return trimmed
    }
}

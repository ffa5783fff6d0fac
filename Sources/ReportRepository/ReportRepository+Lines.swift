// A report's line of revisions with their documents: the input of history and blame.

public import ReportModel
public import RevisionStore

extension ReportRepository {
    /// The first-parent line from a REF back to the report's first revision, oldest first, each with its document.
    ///
    /// - Parameters:
    ///   - ref: Where the line ends (see ``RevisionSelector``).
    ///   - limit: The most revisions to return (the newest ones); `nil` for all.
    /// - Throws: What ``resolve(_:)`` throws; ``RepositoryError/store(_:)`` when a document cannot be read back.
    /// - Complexity: O(n) revisions, each document rebuilt from the store.
    public func firstParentLine(
        _ ref: String, limit: Int? = nil
    ) async throws(RepositoryError)
        -> [(revision: Revision, report: Report)]
    {
        let selector = try RevisionSelector(ref)
        return try await read { reader in
            var line: [(revision: Revision, report: Report)] = []
            var current: Revision? = try Resolver.resolve(selector, in: reader)
            var seen: Set<ObjectID> = []
            while let revision = current, line.count < (limit ?? Int.max), seen.insert(revision.id).inserted {
                line.append((revision, try reader.report(root: revision.root)))
                current = try revision.parents.first.map { try reader.requireRevision($0) }
            }
            return line.reversed()
        }
    }
}

// Turning a REF into a revision: `AGENCY/YEAR`, `AGENCY/YEAR@MARK`, a revision id prefix, each with `~N`.

import ReportModel
import RevisionStore

extension ReportRepository {
    /// The revision a REF names.
    ///
    /// - Parameter ref: `AGENCY/YEAR`, `AGENCY/YEAR~N`, `AGENCY/YEAR@submitted`, a unique prefix (≥ 4 hex digits)
    ///   of a revision id, … (see ``RevisionSelector``).
    /// - Throws: ``RepositoryError/malformedRef(_:)``, ``RepositoryError/refNotSet(_:_:)``,
    ///   ``RepositoryError/unknownRevision(prefix:)``, ``RepositoryError/ambiguousRevision(prefix:candidates:)``,
    ///   ``RepositoryError/historyTooShort(ref:requested:available:)``.
    public func resolve(_ ref: String) async throws(RepositoryError) -> Revision {
        let selector = try RevisionSelector(ref)
        return try await read { try Resolver.resolve(selector, in: $0) }
    }
}

/// Resolution inside a transaction, so that a write can resolve and act on what it resolved atomically.
enum Resolver {
    static func resolve(_ selector: RevisionSelector, in reader: some StoreReading) throws -> Revision {
        var revision: Revision
        switch selector.base {
        case .ref(let key, let name):
            guard let ref = try reader.ref(name, of: key) else { throw RepositoryError.refNotSet(key, name) }
            revision = try reader.requireRevision(ref.revision)
        case .prefix(let prefix):
            let matches = try reader.revisions(withPrefix: prefix, limit: 10)
            guard let first = matches.first else { throw RepositoryError.unknownRevision(prefix: prefix) }
            guard matches.count == 1 else {
                throw RepositoryError.ambiguousRevision(prefix: prefix, candidates: matches)
            }
            revision = try reader.requireRevision(first)
        }
        for step in 0..<selector.back {
            guard let parent = revision.firstParent else {
                throw RepositoryError.historyTooShort(ref: selector.text, requested: selector.back, available: step)
            }
            revision = try reader.requireRevision(parent)
        }
        return revision
    }
}

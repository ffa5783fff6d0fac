// Turning a REF into a revision: `AGENCY/YEAR`, `AGENCY/YEAR@MARK`, `AGENCY/YEAR#N`, a revision id prefix, each with
// `~N`.

import ReportModel
public import RevisionStore

extension ReportRepository {
    /// The revision a REF names.
    ///
    /// - Parameter ref: `AGENCY/YEAR`, `AGENCY/YEAR~N`, `AGENCY/YEAR@submitted`, a unique prefix (≥ 4 hex digits)
    ///   of a revision id, … (see ``RevisionSelector``).
    /// A revision outside `scope` is answered exactly as one that does not exist: a report of an agency the scope
    /// does not reach has no refs, and a prefix matches only revisions of agencies it reaches.
    ///
    /// - Throws: ``RepositoryError/malformedRef(_:)``, ``RepositoryError/refNotSet(_:_:)``,
    ///   ``RepositoryError/unknownRevision(prefix:)``, ``RepositoryError/ambiguousRevision(prefix:candidates:)``,
    ///   ``RepositoryError/unknownNumber(_:number:)``, ``RepositoryError/ambiguousNumber(_:number:candidates:)``,
    ///   ``RepositoryError/historyTooShort(ref:requested:available:)``.
    public func resolve(_ ref: String, scope: AccessScope = .all) async throws(RepositoryError) -> Revision {
        let selector = try RevisionSelector(ref)
        return try await read { try Resolver.resolve(selector, scope: scope, in: $0) }
    }
}

/// Resolution inside a transaction, so that a write can resolve and act on what it resolved atomically.
enum Resolver {
    /// The most revisions a prefix is matched against before those outside a scope are left out.
    static let scopedPrefixCandidates = 1000

    static func resolve(
        _ selector: RevisionSelector, scope: AccessScope = .all, in reader: some StoreReading
    ) throws -> Revision {
        var revision: Revision
        switch selector.base {
        case .ref(let key, let name):
            guard scope.allows(agency: key.agency), let ref = try reader.ref(name, of: key) else {
                // An id merged into another is named with where it went, to whoever reaches that one.
                if let merge = try reader.agencyMerge(of: key.agency), scope.allows(agency: merge.into) {
                    throw try ReportRepository.unknownAgency(key.agency, in: reader)
                }
                // (named by its office only where the scope reaches: elsewhere it is as if there were none)
                throw RepositoryError.refNotSet(key, name, agencyName: officeName(of: key, reaching: scope, in: reader))
            }
            revision = try reader.requireRevision(ref.revision)
        case .prefix(let prefix) where !scope.isAll:
            let candidates = try reader.revisions(withPrefix: prefix, limit: scopedPrefixCandidates)
            let matches = try candidates.filter {
                try reader.revision($0).map { scope.allows(agency: $0.report.agency) } ?? false
            }
            guard let first = matches.first else { throw RepositoryError.unknownRevision(prefix: prefix) }
            guard matches.count == 1 else {
                throw RepositoryError.ambiguousRevision(prefix: prefix, candidates: Array(matches.prefix(10)))
            }
            revision = try reader.requireRevision(first)
        case .number(let key, let number):
            // (another agency's report answers as one without that number)
            let matches = scope.allows(agency: key.agency) ? try reader.revisions(of: key, generation: number) : []
            guard let first = matches.first else {
                throw RepositoryError.unknownNumber(
                    key, number: number, agencyName: officeName(of: key, reaching: scope, in: reader))
            }
            guard matches.count == 1 else {
                throw RepositoryError.ambiguousNumber(
                    key, number: number, candidates: try matches.map { try reader.requireRevision($0) },
                    agencyName: ReportRepository.officeName(of: key, in: reader))
            }
            revision = try reader.requireRevision(first)
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

    /// A report's office name for an error, where the scope reaches it.
    private static func officeName(
        of key: ReportKey, reaching scope: AccessScope, in reader: some StoreReading
    ) -> String? {
        scope.allows(agency: key.agency) ? ReportRepository.officeName(of: key, in: reader) : nil
    }
}

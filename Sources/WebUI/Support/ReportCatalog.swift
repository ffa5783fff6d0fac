import Foundation
import ReportChecks
import ReportModel
import ReportRepository
import RevisionStore

/// One report as the pages list it: its heads, its marks and where it stands.
struct ReportEntry: Sendable {
    /// Which report.
    var key: ReportKey
    /// The agency's name (its id when the repository has none).
    var agencyName: String
    /// The draft head.
    var head: Revision
    /// Further heads kept while a sync conflict is open.
    var otherHeads: [Revision]
    /// Every ref of the report.
    var refs: [Ref]
    /// The comments of its marks (the county's correction request of `returned`), by mark name.
    var comments: [String: MarkComment]
    /// The sync conflicts still open.
    var conflicts: [SyncConflict]
    /// Where it stands.
    var status: ReportStatus

    /// The revision a mark points to, if set.
    func mark(_ name: RefName) -> Ref? { refs.first { $0.name == name } }
}

/// How many of the report's own problems of each severity a report's checks give, and how many reading problems.
struct FindingCounts: Sendable, Hashable {
    var errors = 0
    var warnings = 0
    var notes = 0
    /// Places the text could not be read reliably: not the report's problems, counted apart.
    var reading = 0

    init(_ findings: [Finding]) {
        for finding in findings {
            guard finding.kind == .report else {
                reading += 1
                continue
            }
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: notes += 1
            }
        }
    }
}

/// What the pages read from the repository: the reports a token reaches, their states, and their checks (computed
/// once per document and kept in a ``FindingsCache``).
struct ReportCatalog: Sendable {
    let repository: ReportRepository
    let cache: FindingsCache

    /// Every report with a draft that a scope reaches, by agency and year.
    func states(reachableBy scope: AccessScope) async throws(WebError) -> [ReportEntry] {
        try await read { reader in
            let names = Dictionary(uniqueKeysWithValues: try reader.agencies().map { ($0.id, $0.name) })
            let refs = Dictionary(grouping: try reader.refs(), by: \.report)
            let comments = Dictionary(grouping: try reader.markComments(), by: \.report)
            let conflicts = Dictionary(grouping: try reader.conflicts(openOnly: true), by: \.report)
            return try refs.keys.sorted().compactMap { key -> ReportEntry? in
                guard scope.allows(agency: key.agency) else { return nil }
                return try Self.state(
                    of: key, refs: refs[key] ?? [], name: names[key.agency], comments: comments[key] ?? [],
                    conflicts: conflicts[key] ?? [], in: reader)
            }
        }
    }

    /// One report's state.
    ///
    /// - Throws: ``WebError/unknownAgency(_:)`` or ``WebError/reportNotFound(_:)``.
    func state(of key: ReportKey) async throws(WebError) -> ReportEntry {
        let (agencyKnown, state) = try await read { reader -> (Bool, ReportEntry?) in
            guard let agency = try reader.agency(key.agency) else { return (false, nil) }
            let state = try Self.state(
                of: key, refs: try reader.refs(of: key), name: agency.name,
                comments: try reader.markComments().filter { $0.report == key },
                conflicts: try reader.conflicts(openOnly: true, report: key), in: reader)
            return (true, state)
        }
        guard agencyKnown else { throw .unknownAgency(key.agency) }
        guard let state else { throw .reportNotFound(key) }
        return state
    }

    /// Whether an agency is known.
    func agencyExists(_ id: String) async throws(WebError) -> Bool {
        try await read { try $0.agency(id) != nil }
    }

    /// The findings of a report's document, with the agency's report of the year before (its draft) for the
    /// cross-year rules.
    func findings(of report: Report, root: ObjectID, key: ReportKey) async throws(WebError) -> [Finding] {
        let previous = try await read { reader -> (ObjectID, Report)? in
            guard let ref = try reader.ref(.draft, of: ReportKey(agency: key.agency, year: key.year - 1)) else {
                return nil
            }
            let root = try reader.requireRevision(ref.revision).root
            return (root, try reader.report(root: root))
        }
        let cacheKey = FindingsCache.Key(root: root, previous: previous?.0)
        if let cached = await cache.findings(for: cacheKey) { return cached }
        let findings = ReportChecker().check(report, previous: previous?.1)
        await cache.store(findings, for: cacheKey)
        return findings
    }

    /// The finding counts of the draft heads of some reports; documents not checked yet are read in one
    /// transaction and checked.
    func findingCounts(of states: [ReportEntry]) async throws(WebError) -> [ReportKey: FindingCounts] {
        let roots = Dictionary(states.map { ($0.key, $0.head.root) }, uniquingKeysWith: { first, _ in first })
        var previousRoots: [ReportKey: ObjectID] = [:]
        var keys: [ReportKey: FindingsCache.Key] = [:]
        for state in states {
            let previous = ReportKey(agency: state.key.agency, year: state.key.year - 1)
            previousRoots[state.key] = roots[previous]
            keys[state.key] = FindingsCache.Key(root: state.head.root, previous: roots[previous])
        }
        var counts: [ReportKey: FindingCounts] = [:]
        var missing: [ReportKey] = []
        for state in states {
            guard let key = keys[state.key] else { continue }
            if let cached = await cache.findings(for: key) {
                counts[state.key] = FindingCounts(cached)
            } else {
                missing.append(state.key)
            }
        }
        guard !missing.isEmpty else { return counts }
        let needed = Set(missing.compactMap { roots[$0] } + missing.compactMap { previousRoots[$0] })
        let documents = try await read { reader in
            Dictionary(uniqueKeysWithValues: try needed.map { ($0, try reader.report(root: $0)) })
        }
        for report in missing {
            guard let key = keys[report], let document = documents[key.root] else { continue }
            let findings = ReportChecker().check(document, previous: key.previous.flatMap { documents[$0] })
            await cache.store(findings, for: key)
            counts[report] = FindingCounts(findings)
        }
        return counts
    }

    /// Runs a read transaction, turning store errors into page errors.
    func read<T: Sendable>(_ body: @Sendable (StoreReader) throws -> T) async throws(WebError) -> T {
        do {
            return try await repository.store.readTransaction(body)
        } catch let error as StoreError {
            throw WebError(RepositoryError.store(error))
        } catch let error as RepositoryError {
            throw WebError(error)
        } catch let error as WebError {
            throw error
        } catch {
            throw WebError.repository(.store(.database(code: -1, message: "\(error)")))
        }
    }

    private static func state(
        of key: ReportKey, refs: [Ref], name: String?, comments: [MarkComment], conflicts: [SyncConflict],
        in reader: StoreReader
    ) throws -> ReportEntry? {
        guard let draft = refs.first(where: { $0.name == .draft }) else { return nil }
        let head = try reader.requireRevision(draft.revision)
        let others = try refs.filter { $0.name.kind == .head && $0.name != .draft }
            .map { try reader.requireRevision($0.revision) }
        return ReportEntry(
            key: key, agencyName: name ?? key.agency, head: head, otherHeads: others, refs: refs,
            comments: Dictionary(comments.map { ($0.mark, $0) }, uniquingKeysWith: { _, last in last }),
            conflicts: conflicts,
            status: ReportStatus.of(refs: refs, head: head.id, conflicted: !conflicts.isEmpty))
    }
}

/// The checks of documents already seen, by document (and last year's document): a report's checks are computed
/// once per process, not on every page view.
actor FindingsCache {
    /// A document and the document of the year before it was checked with.
    struct Key: Hashable, Sendable {
        var root: ObjectID
        var previous: ObjectID?
    }

    /// The most documents kept; the cache starts over beyond.
    static let capacity = 4096

    private var entries: [Key: [Finding]] = [:]

    /// The findings of a document, if checked already.
    func findings(for key: Key) -> [Finding]? { entries[key] }

    /// Keeps the findings of a document.
    func store(_ findings: [Finding], for key: Key) {
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = findings
    }
}

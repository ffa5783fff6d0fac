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
    /// Its marks, with their comments (the county's correction request of `returned`, the reason of a forced
    /// `published`).
    var marks: [MarkState]
    /// The sync conflicts still open.
    var conflicts: [SyncConflict]
    /// Where it stands.
    var status: ReportStatus

    /// A mark, if set.
    func mark(_ mark: Mark) -> MarkState? { marks.first { $0.mark == mark } }
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

/// What the pages read from the repository: the reports a token reaches, their states, and their checks.
struct ReportCatalog: Sendable {
    let repository: ReportRepository

    /// Every report with a draft that a scope reaches, by agency and year.
    func states(reachableBy scope: AccessScope) async throws(WebError) -> [ReportEntry] {
        try await read { reader in
            let names = Dictionary(uniqueKeysWithValues: try reader.agencies().map { ($0.id, $0.name) })
            let refs = Dictionary(grouping: try reader.refs(), by: \.report)
            let comments = Dictionary(grouping: try reader.markComments(), by: \.report)
            let receipts = Dictionary(grouping: try reader.markReceipts(), by: \.report)
            let conflicts = Dictionary(grouping: try reader.conflicts(openOnly: true), by: \.report)
            return try refs.keys.sorted().compactMap { key -> ReportEntry? in
                guard scope.allows(agency: key.agency) else { return nil }
                return try Self.state(
                    of: key, refs: refs[key] ?? [], name: names[key.agency], comments: comments[key] ?? [],
                    receipts: receipts[key] ?? [], conflicts: conflicts[key] ?? [], in: reader)
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
                receipts: try reader.markReceipts().filter { $0.report == key },
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

    /// The findings of the checks on a revision (``ReportRepository/findings(of:)-([Revision])``).
    func findings(of revision: Revision) async throws(WebError) -> [Finding] {
        let repository = self.repository
        do {
            return try await repository.findings(of: [revision])[revision.id] ?? []
        } catch {
            throw WebError(error)
        }
    }

    /// The finding counts of the draft heads of some reports.
    func findingCounts(of states: [ReportEntry]) async throws(WebError) -> [ReportKey: FindingCounts] {
        let findings: [ObjectID: [Finding]]
        do {
            findings = try await repository.findings(of: states.map(\.head))
        } catch {
            throw WebError(error)
        }
        return Dictionary(
            states.map { ($0.key, FindingCounts(findings[$0.head.id] ?? [])) }, uniquingKeysWith: { first, _ in first })
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
        of key: ReportKey, refs: [Ref], name: String?, comments: [MarkComment], receipts: [MarkReceipt],
        conflicts: [SyncConflict], in reader: StoreReader
    ) throws -> ReportEntry? {
        guard let draft = refs.first(where: { $0.name == .draft }) else { return nil }
        let head = try reader.requireRevision(draft.revision)
        let others = try refs.filter { $0.name.kind == .head && $0.name != .draft }
            .map { try reader.requireRevision($0.revision) }
        return ReportEntry(
            key: key, agencyName: name ?? key.agency, head: head, otherHeads: others, refs: refs,
            marks: MarkState.states(refs: refs, comments: comments, receipts: receipts),
            conflicts: conflicts,
            status: ReportStatus.of(refs: refs, head: head.id, conflicted: !conflicts.isEmpty))
    }
}

import Foundation
import ReportChecks
import ReportModel
import ReportRepository

/// What the pages read from the repository: the reports a token reaches, their states, and their checks.
struct ReportCatalog: Sendable {
    let repository: ReportRepository

    /// Every report with a draft that a scope reaches, by agency and year.
    func states(reachableBy scope: AccessScope) async throws(WebError) -> [ReportSummary] {
        try await run { () async throws(RepositoryError) in try await repository.reports(scope: scope) }
    }

    /// One report's state.
    ///
    /// - Throws: ``WebError/unknownAgency(_:)`` (a page of an id merged into another is sent on by
    ///   ``WebPageMiddleware``) or ``WebError/reportNotFound(_:)``.
    func state(of key: ReportKey) async throws(WebError) -> ReportSummary {
        guard try await agency(key.agency) != nil else { throw .unknownAgency(key.agency) }
        guard let state = try await run({ () async throws(RepositoryError) in try await repository.report(key) })
        else { throw .reportNotFound(key) }
        return state
    }

    /// The report an upload goes to: its state, or `nil` for an awaited report (the board's 未报送 row, which the
    /// person's scope reaches) that the upload starts as its 第 1 版.
    ///
    /// - Throws: as ``state(of:)`` for a report neither held nor awaited.
    func uploadTarget(_ key: ReportKey, scope: AccessScope) async throws(WebError) -> ReportSummary? {
        guard try await agency(key.agency) != nil else { throw .unknownAgency(key.agency) }
        let (state, awaited) = try await run { () async throws(RepositoryError) in
            let state = try await repository.report(key)
            return (state, state == nil ? try await repository.isAwaited(key, scope: scope) : false)
        }
        guard state != nil || awaited else { throw .reportNotFound(key) }
        return state
    }

    /// An agency, if known.
    func agency(_ id: String) async throws(WebError) -> Agency? {
        try await run { () async throws(RepositoryError) in try await repository.agency(id) }
    }

    /// Last year's report of the agency as the county counts it: published, else draft
    /// (``ReportRepository/previousYear(of:)``).
    func previousYear(of key: ReportKey) async throws(WebError) -> Revision? {
        try await run { () async throws(RepositoryError) in try await repository.previousYear(of: key) }
    }

    /// Whether last year's and next year's reports of the agency exist (``ReportRepository/previousYear(of:)``).
    func neighbours(of key: ReportKey) async throws(WebError) -> (last: Bool, next: Bool) {
        try await run { () async throws(RepositoryError) in
            (
                last: try await repository.previousYear(of: key) != nil,
                next: try await repository.nextYear(of: key) != nil
            )
        }
    }

    /// The findings of the checks on a revision (``ReportRepository/findings(of:)-([Revision])``).
    func findings(of revision: Revision) async throws(WebError) -> [Finding] {
        try await run { () async throws(RepositoryError) in
            try await repository.findings(of: [revision])[revision.id] ?? []
        }
    }

    /// The findings of a revision with their keys and the county's decisions
    /// (``ReportRepository/decidedFindings(of:)``).
    func decidedFindings(of revision: Revision) async throws(WebError) -> [DecidedFinding] {
        try await run { () async throws(RepositoryError) in
            try await repository.decidedFindings(of: [revision])[revision.id] ?? []
        }
    }

    /// The finding counts of the draft heads of some reports, after the county's decisions (dismissed findings do
    /// not count).
    func findingCounts(of states: [ReportSummary]) async throws(WebError) -> [ReportKey: FindingCounts] {
        let counts = try await run { () async throws(RepositoryError) in
            try await repository.findingCounts(of: states.map(\.head))
        }
        return Dictionary(
            states.map { ($0.report, counts[$0.head.id] ?? FindingCounts([])) },
            uniquingKeysWith: { first, _ in first })
    }

    /// Runs a repository operation, turning its error into a page error.
    private func run<T>(_ operation: () async throws(RepositoryError) -> T) async throws(WebError) -> T {
        do {
            return try await operation()
        } catch {
            throw WebError(error)
        }
    }
}

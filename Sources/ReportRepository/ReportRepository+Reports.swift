// The list of reports and their marks.

import Foundation
import Logging
import ReportModel
import RevisionStore

extension ReportRepository {
    /// Every report that has a draft, by agency id and year, with its head and marks.
    ///
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func reports() async throws(RepositoryError) -> [ReportSummary] {
        try await read { reader in
            let names = Dictionary(uniqueKeysWithValues: try reader.agencies().map { ($0.id, $0.name) })
            let refs = Dictionary(grouping: try reader.refs(), by: \.report)
            return try refs.keys.sorted().compactMap { key -> ReportSummary? in
                let refs = refs[key] ?? []
                guard let draft = refs.first(where: { $0.name == .draft }) else { return nil }
                return ReportSummary(
                    report: key, agencyName: names[key.agency], head: try reader.requireRevision(draft.revision),
                    otherHeads: refs.filter { $0.name.kind == .head && $0.name != .draft },
                    submitted: refs.first { $0.name == .submitted }?.revision,
                    published: refs.first { $0.name == .published }?.revision)
            }
        }
    }

    /// Marks a revision as submitted, published or returned: the mark of its report moves to it.
    ///
    /// A report with an open sync conflict cannot be published: merge it first.
    ///
    /// - Parameters:
    ///   - ref: The revision (see ``RevisionSelector``).
    ///   - mark: Which mark.
    ///   - comment: What goes with it (the correction request of `returned`); `nil` keeps no comment.
    ///   - author: Who sets it (recorded with the comment).
    ///   - time: When.
    /// - Throws: What ``resolve(_:)`` throws; ``RepositoryError/conflictOpen(_:heads:)`` when publishing a report
    ///   with an open conflict. The repository is then unchanged.
    @discardableResult
    public func mark(
        _ ref: String, as mark: Mark, comment: String? = nil, author: String = "unknown", time: Date = Date()
    ) async throws(RepositoryError) -> MarkOutcome {
        let selector = try RevisionSelector(ref)
        let outcome = try await write { writer in
            let revision = try Resolver.resolve(selector, in: writer)
            if mark == .published {
                let open = try writer.conflicts(openOnly: true, report: revision.report)
                guard open.isEmpty else {
                    throw RepositoryError.conflictOpen(revision.report, heads: open.map(\.head))
                }
            }
            let previous = try writer.ref(mark.refName, of: revision.report)?.revision
            if previous != revision.id {
                try writer.moveRef(
                    mark.refName, of: revision.report, to: revision.id, expecting: .current(previous), at: time)
            }
            let note = comment.map {
                MarkComment(report: revision.report, mark: mark.rawValue, comment: $0, author: author, time: time)
            }
            if note != nil || previous != revision.id {
                try writer.setMarkComment(note, mark: mark.rawValue, of: revision.report)
            }
            return MarkOutcome(report: revision.report, mark: mark, revision: revision.id, previous: previous)
        }
        logger.info("mark", metadata: ["report": "\(outcome.report)", "mark": "\(mark.rawValue)"])
        return outcome
    }

    /// Adds an agency, or changes its name or parent.
    ///
    /// - Throws: ``RepositoryError/invalidAgencyID(_:)``; a store error when the parent is unknown.
    public func save(_ agency: Agency) async throws(RepositoryError) {
        guard Agency.isValidID(agency.id) else { throw .invalidAgencyID(agency.id) }
        if let parent = agency.parent, !Agency.isValidID(parent) { throw .invalidAgencyID(parent) }
        try await write { try $0.save(agency) }
    }
}

// Committing a report as a new revision of its draft.

import Foundation
import Logging
import ReportModel
import ReportParser
import RevisionStore

extension ReportRepository {
    /// Commits a report as a new revision of its draft, in one transaction; a document equal to the draft head
    /// commits nothing.
    ///
    /// The agency is added to the repository when it is new: as `agency` says, else named as the report names it.
    ///
    /// - Parameters:
    ///   - report: The document.
    ///   - key: Which report (agency id and year).
    ///   - author: Who.
    ///   - message: Why.
    ///   - agency: The agency to record when it is new (its id must be `key.agency`); a parent it names that the
    ///     repository does not know is recorded too, named by its id.
    ///   - time: When (cut to whole seconds).
    ///   - mergingHeads: Record the document as the merge of the draft and every second head the report has while a
    ///     sync conflict is open (the person resolved it by editing): the new revision has them all as parents and
    ///     the conflicts close.
    /// - Returns: The new revision, or the unchanged head.
    /// - Throws: ``RepositoryError/invalidAgencyID(_:)``, ``RepositoryError/invalidYear(_:)``, or a store error;
    ///   the repository is then unchanged.
    @discardableResult
    public func commit(
        _ report: Report, to key: ReportKey, author: String, message: String, agency: Agency? = nil,
        time: Date = Date(), mergingHeads: Bool = false
    ) async throws(RepositoryError) -> CommitOutcome {
        guard Agency.isValidID(key.agency) else { throw .invalidAgencyID(key.agency) }
        guard (1900...9999).contains(key.year) else { throw .invalidYear(key.year) }
        var warnings: [String] = []
        if let year = report.year, year != key.year {
            warnings.append("the text says it is the report for \(year), but it was committed as \(key)")
        }
        let (root, objects) = ObjectGraph.objects(of: report)
        if let parent = agency?.parent, !Agency.isValidID(parent) { throw .invalidAgencyID(parent) }
        let newAgency = Agency(id: key.agency, name: agency?.name ?? report.agency ?? key.agency, parent: agency?.parent)
        // An unchanged document is found by a read, so that it costs no write transaction at all; the write below
        // checks again, in case the draft moved in between.
        let (current, known, open) = try await read { reader -> (Revision?, Agency?, [SyncConflict]) in
            let head = try reader.ref(.draft, of: key)?.revision
            return (
                try head.map { try reader.requireRevision($0) }, try reader.agency(key.agency),
                try reader.conflicts(openOnly: true, report: key)
            )
        }
        if !open.isEmpty, !mergingHeads {
            warnings.append(
                "\(key) has an open sync conflict (head \(open.map(\.head).joined(separator: ", "))): this commit goes on"
                    + " the draft's line; `nianbao merge \(key)` or `nianbao commit --resolve` joins the lines")
        }
        if let known, let named = report.agency,
            AgencyNaming.normalized(named) != AgencyNaming.normalized(known.name)
        {
            warnings.append("the text names \(named), but \(key.agency) is \(known.name)")
        }
        if let current, current.root == root, !mergingHeads || open.isEmpty {
            return CommitOutcome(status: .unchanged, revision: current, stored: PutSummary(), warnings: warnings)
        }
        let outcome = try await write { writer in
            if try writer.agency(key.agency) == nil {
                if let parent = newAgency.parent, try writer.agency(parent) == nil {
                    try writer.save(Agency(id: parent, name: parent))
                }
                try writer.save(newAgency)
            }
            let head = try writer.ref(.draft, of: key)?.revision
            let second = mergingHeads ? try HeadKeeper.secondHeads(of: key, in: writer).map(\.revision) : []
            if let head, second.isEmpty {
                let current = try writer.requireRevision(head)
                if current.root == root {
                    return CommitOutcome(status: .unchanged, revision: current, stored: PutSummary(), warnings: [])
                }
            }
            var stored = try writer.put(objects)
            let record = RevisionRecord(
                report: key, root: root, parents: (head.map { [$0] } ?? []) + second, author: author,
                node: try writer.nodeName() ?? "unnamed", time: time, message: message)
            let revision = EncodedObject(.revision(record))
            stored.add(try writer.put([revision]))
            try writer.moveRef(.draft, of: key, to: revision.id, expecting: .current(head), at: time)
            var outcome = CommitOutcome(status: .committed, revision: Revision(record), stored: stored, warnings: [])
            if !second.isEmpty {
                outcome.closed = try HeadKeeper.settle(key, draft: revision.id, time: time, writer: writer)
            }
            return outcome
        }
        logger.info(
            "commit", metadata: ["report": "\(key)", "status": "\(outcome.status.rawValue)",
                                 "revision": "\(outcome.revision.id.shortHex())", "stored": "\(outcome.stored.stored)"])
        var result = outcome
        result.warnings = warnings
        return result
    }

    /// Reads a report file and commits it (see ``commit(_:to:author:message:agency:time:)``).
    ///
    /// - Parameters:
    ///   - path: The report file (UTF-8 or GBK text).
    ///   - key: Which report.
    ///   - author: Who.
    ///   - message: Why; `nil` for "Commit FILE".
    ///   - time: When.
    /// - Returns: What the commit did, and what the parser noticed.
    /// - Throws: ``RepositoryError/parse(file:_:)`` for a file that is not a report (nothing is stored), and what
    ///   the commit throws.
    public func commit(
        fileAt path: String, to key: ReportKey, author: String, message: String? = nil, time: Date = Date(),
        mergingHeads: Bool = false
    ) async throws(RepositoryError) -> (outcome: CommitOutcome, diagnostics: [Diagnostic]) {
        let parsed = try Self.readReport(at: path)
        let name = URL(fileURLWithPath: path).lastPathComponent
        let outcome = try await commit(
            parsed.report, to: key, author: author, message: message ?? "Commit \(name)", time: time,
            mergingHeads: mergingHeads)
        return (outcome, parsed.diagnostics)
    }
}

// Reading history: log, show, export.

public import ReportModel
import ReportParser
public import RevisionStore

extension ReportRepository {
    /// The revisions reachable from a REF, newest first: every parent of a merge included, children always before
    /// their parents.
    ///
    /// - Parameters:
    ///   - ref: Where to start (see ``RevisionSelector``).
    ///   - limit: The most revisions to list; `nil` for all.
    ///   - scope: What the reader reaches: a REF outside it is answered as one that does not exist.
    /// - Throws: What ``resolve(_:scope:)`` throws.
    /// - Complexity: O(n · w) for n revisions listed and a frontier of w concurrent lines (1 for linear history).
    public func log(
        _ ref: String, limit: Int? = nil, scope: AccessScope = .all
    ) async throws(RepositoryError)
        -> [Revision]
    {
        let selector = try RevisionSelector(ref)
        return try await read { reader in
            let tip = try Resolver.resolve(selector, scope: scope, in: reader)
            var frontier: [Revision] = [tip]
            var seen: Set<ObjectID> = [tip.id]
            var listed: [Revision] = []
            while !frontier.isEmpty, listed.count < (limit ?? Int.max) {
                // The newest revision of the frontier; on a tie the one that entered first (a child before its parent).
                var newest = 0
                for index in frontier.indices.dropFirst()
                where frontier[index].content.time > frontier[newest].content.time {
                    newest = index
                }
                let revision = frontier.remove(at: newest)
                listed.append(revision)
                for parent in revision.parents where seen.insert(parent).inserted {
                    frontier.append(try reader.requireRevision(parent))
                }
            }
            return listed
        }
    }

    /// Every revision of a report that its heads reach (the draft, and each other head while a sync conflict is
    /// open), newest first; with one head, in ``log(_:limit:scope:)``'s order.
    ///
    /// - Parameters:
    ///   - report: The report, as ``reports(scope:)`` lists it.
    ///   - scope: What the reader reaches.
    /// - Throws: What ``log(_:limit:scope:)`` throws.
    public func log(of report: ReportSummary, scope: AccessScope = .all) async throws(RepositoryError) -> [Revision] {
        var revisions: [Revision] = []
        var seen: Set<ObjectID> = []
        for head in [report.head.id] + report.otherHeads.map(\.revision) {
            for revision in try await log(head.hex, scope: scope) where seen.insert(revision.id).inserted {
                revisions.append(revision)
            }
        }
        guard !report.otherHeads.isEmpty else { return revisions }
        return revisions.enumerated().sorted {
            ($0.element.content.time, -$0.offset) > ($1.element.content.time, -$1.offset)
        }.map(\.element)
    }

    /// A revision, its document and the refs that point to it.
    ///
    /// - Parameters:
    ///   - ref: Which revision (see ``RevisionSelector``).
    ///   - scope: What the reader reaches: a REF outside it is answered as one that does not exist.
    /// - Throws: What ``resolve(_:scope:)`` throws; ``RepositoryError/store(_:)`` when the document cannot be read
    ///   back.
    public func show(_ ref: String, scope: AccessScope = .all) async throws(RepositoryError) -> RevisionDetails {
        let selector = try RevisionSelector(ref)
        var details = try await read { reader in
            let revision = try Resolver.resolve(selector, scope: scope, in: reader)
            let refs = try reader.refs(of: revision.report)
            let marks = try Self.markStates(of: revision.report, refs: refs, in: reader)
                .filter { $0.revision == revision.id }
            return RevisionDetails(
                revision: revision, report: try reader.report(root: revision.root),
                agency: try reader.agency(revision.report.agency),
                refs: refs.filter { $0.revision == revision.id }.map(\.name),
                marks: marks, generation: try reader.generations(of: [revision.id])[revision.id],
                receipt: try Self.receipts(of: [revision.id], in: reader)[revision.id])
        }
        details.message = await shownMessage(of: details.revision)
        return details
    }

    /// Who sent each of some revisions that another node brought here (a push or a pull) (``RevisionStore/RevisionReceipt``), by
    /// revision; none for a revision made here.
    ///
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func receipts(of revisions: [ObjectID]) async throws(RepositoryError) -> [ObjectID: RevisionReceipt] {
        try await read { reader in try Self.receipts(of: revisions, in: reader) }
    }

    /// The receipts of some revisions, a pull's sender named as the remote's node names itself: older versions
    /// recorded the remote's name here (`county`), which a clerk does not know for the county's office.
    static func receipts(of revisions: [ObjectID], in reader: some StoreReading) throws -> [ObjectID: RevisionReceipt] {
        let receipts = try reader.revisionReceipts(of: revisions)
        guard !receipts.isEmpty else { return receipts }
        let nodes = try reader.remoteNodeNames()
        return receipts.mapValues { receipt in
            var receipt = receipt
            receipt.sender = nodes[receipt.sender] ?? receipt.sender
            return receipt
        }
    }

    /// The generations of some revisions (``RevisionStore/StoreReading/generations(of:scope:)``): the numbers pages
    /// name them by (第 3 版), the same on every node that holds them. A revision of an agency outside the scope is
    /// left out, as one the repository does not hold.
    ///
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func generations(
        of revisions: [ObjectID], scope: AccessScope = .all
    ) async throws(RepositoryError) -> [ObjectID: Int] {
        try await read { reader in try reader.generations(of: revisions, scope: scope) }
    }

    /// The document of a revision.
    ///
    /// - Throws: What ``resolve(_:)`` throws.
    public func report(at ref: String) async throws(RepositoryError) -> Report {
        try await show(ref).report
    }

    /// The document of a revision as text in the canonical layout, which parses back to the same document.
    ///
    /// - Throws: What ``resolve(_:)`` throws.
    public func exportText(_ ref: String) async throws(RepositoryError) -> String {
        ReportText.render(try await report(at: ref))
    }
}

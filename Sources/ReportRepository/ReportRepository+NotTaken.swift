// What the merges of a report since it was last published left out of one person's corrections, for the county's
// reviewer to be told before publishing the merged text.

import Foundation
import ReportModel
public import RevisionStore

extension ReportRepository {
    /// The places where a merge in a revision's history — since the report's published revision, or all of it when
    /// none — kept another side and left out a change `person` made on this node (``MergeDecisions/notTaken(from:in:)``),
    /// oldest merge first: a township's `merge --take ours` over the reviewer's correction; and those where a
    /// person's file was taken over such a change (``MergeDecisions/fileDecisions(in:)``: her older file changing the
    /// phrase the reviewer corrected, rv118 M4). The publish step says them, so that the reviewer does not publish
    /// without her correction unknowingly (user review ux96, finding 1).
    ///
    /// - Parameters:
    ///   - revision: The revision about to be published.
    ///   - person: Who publishes (the author name their changes carry).
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func changesNotTaken(in revision: Revision, of person: String) async throws(RepositoryError) -> [String] {
        try await read { reader in
            let office = try reader.nodeName()
            let makers = ChangeMaker.makerNames(of: person, office: office)
            let published = try reader.ref(.published, of: revision.report)?.revision
            let before = try published.map { try RevisionGraph.ancestors(of: $0, in: reader) } ?? []
            let merges = try RevisionGraph.ancestors(of: revision.id, in: reader).subtracting(before)
                .map { try reader.requireRevision($0) }
                .sorted { ($0.content.time, $0.id.hex) < ($1.content.time, $1.id.hex) }
            return merges.flatMap { revision in
                let message = revision.content.message
                let decided =
                    revision.parents.count > 1
                    ? message : MergeDecisions.fileDecisions(in: message).joined(separator: "；")
                return decided.isEmpty ? [] : MergeDecisions.notTaken(from: makers, in: decided)
            }
        }
    }
}

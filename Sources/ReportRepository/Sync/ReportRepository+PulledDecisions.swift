// The decisions of the merges a pull brought, for `pull` to print whole under the report's line.

public import ReportModel
import RevisionStore

/// One decision a merge recorded (``MergeDecisions``), and whether it left out a change of the person asking.
public struct PulledDecision: Sendable, Hashable {
    /// The decision as the merge recorded it: `五、第 1 段：保留 县政务公开办 王审核 的，未采用 大庄乡 赵六 的修改`.
    public var text: String
    /// Whether the change not taken is the person's own, made on this node.
    public var leavesOutPerson: Bool
}

extension ReportRepository {
    /// The decisions recorded by the merges a draft moved over from `previous` to `revision` — those in
    /// `revision`'s history and not in `previous`'s, oldest merge first; with no `previous` (a report new here),
    /// those of `revision` alone — each whole, and whether it left out a change `person` made on this node
    /// (``MergeDecisions/notTaken(from:in:)``). `pull` prints them under the report's line: the one that tells a
    /// clerk the county kept its own text over hers had been cut off at the end of that line (user review ux98,
    /// finding E).
    ///
    /// - Parameters:
    ///   - previous: Where the draft was before, if anywhere.
    ///   - revision: Where it is now.
    ///   - person: Who asks (the author name their changes carry), if known.
    ///   - labels: The labels of this node's tokens on the remote: the county records what a township pushed under
    ///     the token's label and the author (`长子县常张乡人民政府 李四`; the label is the office's name unless the
    ///     county gave another), not this node's name (rv117 F8: the note never showed for a township set up as the
    ///     README says).
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func mergeDecisions(
        from previous: ObjectID?, to revision: ObjectID, person: String?, sentAs labels: [String] = []
    ) async throws(RepositoryError) -> [PulledDecision] {
        try await read { reader in
            let office = try reader.nodeName()
            let makers = Set(
                person.map { person in [person] + ([office].compactMap { $0 } + labels).map { "\($0) \(person)" } }
                    ?? [])
            var ids: Set<ObjectID> = [revision]
            if let previous {
                ids = try RevisionGraph.ancestors(of: revision, in: reader)
                    .subtracting(try RevisionGraph.ancestors(of: previous, in: reader))
            }
            let merges = try ids.map { try reader.requireRevision($0) }.filter { $0.parents.count > 1 }
                .sorted { ($0.content.time, $0.id.hex) < ($1.content.time, $1.id.hex) }
            return merges.flatMap { merge in
                let mine = Set(MergeDecisions.notTaken(from: makers, in: merge.content.message))
                return MergeDecisions.parts(of: merge.content.message).decisions.map {
                    PulledDecision(text: $0, leavesOutPerson: mine.contains($0))
                }
            }
        }
    }
}

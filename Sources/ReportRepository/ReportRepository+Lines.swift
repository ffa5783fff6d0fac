// A report's revisions with their documents: the graph of every line its merges joined, the input of history and
// blame.

public import ReportDiff
import ReportModel
public import RevisionStore

extension ReportRepository {
    /// The revisions a REF reaches, through every parent of each merge, each with its document: the lines a merge
    /// joined, as history and blame follow them.
    ///
    /// - Parameters:
    ///   - ref: The tip (see ``RevisionSelector``).
    ///   - limit: The most revisions to read, nearest the tip first (breadth first through the parents); `nil` for
    ///     all. A revision whose parents are beyond it starts its line.
    /// - Returns: The revision the REF names, and the graph of revisions it ends.
    /// - Throws: What ``resolve(_:)`` throws; ``RepositoryError/store(_:)`` when a document cannot be read back.
    /// - Complexity: O(n) revisions, each read and its document rebuilt from the store once.
    public func revisionGraph(
        _ ref: String, limit: Int? = nil
    ) async throws(RepositoryError) -> (tip: Revision, graph: HistoryGraph) {
        let selector = try RevisionSelector(ref)
        let walked = try await read { reader -> (Revision, [(revision: RevisionSnapshot, parents: [String])]) in
            let tip: Revision = try Resolver.resolve(selector, in: reader)
            var walked: [(revision: RevisionSnapshot, parents: [String])] = []
            var queue = [tip.id]
            var seen: Set<ObjectID> = [tip.id]
            while walked.count < queue.count, walked.count < (limit ?? Int.max) {
                let revision = walked.isEmpty ? tip : try reader.requireRevision(queue[walked.count])
                walked.append(
                    (Self.snapshot((revision, try reader.report(root: revision.root))), revision.parents.map(\.hex)))
                for parent in revision.parents where seen.insert(parent).inserted { queue.append(parent) }
            }
            return (tip, walked)
        }
        do {
            return (walked.0, try HistoryGraph(tip: walked.1))
        } catch {
            throw .history(error)
        }
    }
}

// A unit's history and a report's blame: the revisions a REF reaches through every line its merges joined, each with
// its document, walked by ReportDiff. The CLI's `history` and `blame` (and any page that shows them) come here.

public import ReportDiff
public import ReportModel
import RevisionStore

/// The changes of one unit in a report's history (``ReportRepository/unitHistory(of:endingAt:limit:)``).
public struct UnitHistoryReport: Sendable {
    /// The report the history is of.
    public var report: ReportKey
    /// The unit followed.
    public var unit: UnitID
    /// Every revision that changed it, on every line a merge joined, oldest first.
    public var changes: [UnitChange]
}

/// For each unit of a revision, the revision that last changed it (``ReportRepository/blame(_:limit:)``).
public struct BlameReport: Sendable {
    /// The report blamed.
    public var report: ReportKey
    /// The revision blamed: where the line ends.
    public var revision: ObjectID
    /// The revision the history starts at: its cells are "unchanged since the first revision".
    public var first: ObjectID
    /// One entry per section, paragraph and cell of the revision.
    public var entries: [BlameEntry]
}

extension ReportRepository {
    /// Every revision that changed a unit, in the history that ends at a REF: at a merge, the changes of every line it
    /// joined, each by the revision that made it (``UnitHistory/changes(of:in:options:)``).
    ///
    /// - Parameters:
    ///   - unit: The unit (``UnitID/section(path:in:)`` and ``UnitID/cell(table:row:column:in:)`` find one in the
    ///     document of ``report(at:)``).
    ///   - ref: Where the history ends (see ``RevisionSelector``).
    ///   - limit: The most revisions to read (``revisionGraph(_:limit:)``); `nil` for all.
    /// - Throws: What ``revisionGraph(_:limit:)`` throws; ``RepositoryError/history(_:)`` when no revision has the
    ///   unit.
    public func unitHistory(
        of unit: UnitID, endingAt ref: String, limit: Int? = nil
    ) async throws(RepositoryError) -> UnitHistoryReport {
        let (tip, graph) = try await revisionGraph(ref, limit: limit)
        do {
            return UnitHistoryReport(
                report: tip.report, unit: unit, changes: try UnitHistory.changes(of: unit, in: graph))
        } catch {
            throw .history(error)
        }
    }

    /// For each section, paragraph and cell of a revision, the revision that last changed it, following merges into
    /// the line a value came from (``Blame/compute(in:options:)``).
    ///
    /// - Parameters:
    ///   - ref: The revision blamed (see ``RevisionSelector``).
    ///   - limit: The most revisions to read (``revisionGraph(_:limit:)``); `nil` for all.
    /// - Throws: What ``revisionGraph(_:limit:)`` throws.
    public func blame(_ ref: String, limit: Int? = nil) async throws(RepositoryError) -> BlameReport {
        let (tip, graph) = try await revisionGraph(ref, limit: limit)
        let first = graph.revisions.first.flatMap { ObjectID(hex: $0.revision.id) } ?? tip.id
        return BlameReport(
            report: tip.report, revision: tip.id, first: first, entries: Blame.compute(in: graph))
    }

    /// A revision and its document as ReportDiff's history walks them.
    static func snapshot(_ entry: (revision: Revision, report: Report)) -> RevisionSnapshot {
        (
            RevisionInfo(
                id: entry.revision.id.hex, author: entry.revision.content.author, time: entry.revision.content.time,
                message: entry.revision.content.message), entry.report
        )
    }
}

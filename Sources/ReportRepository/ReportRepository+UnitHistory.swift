// A unit's history and a report's blame: the first-parent line of a REF, each revision with its document, walked by
// ReportDiff. The CLI's `history` and `blame` (and any page that shows them) come here.

public import ReportDiff
public import ReportModel
import RevisionStore

/// The changes of one unit along a report's first-parent line (``ReportRepository/unitHistory(of:endingAt:)``).
public struct UnitHistoryReport: Sendable {
    /// The report the line is of.
    public var report: ReportKey
    /// The unit followed.
    public var unit: UnitID
    /// Every revision that changed it, oldest first.
    public var changes: [UnitChange]
}

/// For each unit of a revision, the revision that last changed it (``ReportRepository/blame(_:)``).
public struct BlameReport: Sendable {
    /// The report blamed.
    public var report: ReportKey
    /// The revision blamed: where the line ends.
    public var revision: ObjectID
    /// The revision of the line's start: its cells are "unchanged since the first revision".
    public var first: ObjectID
    /// One entry per section, paragraph and cell of the revision.
    public var entries: [BlameEntry]
}

extension ReportRepository {
    /// Every revision that changed a unit, along the first-parent line that ends at a REF.
    ///
    /// - Parameters:
    ///   - unit: The unit (``UnitID/section(path:in:)`` and ``UnitID/cell(table:row:column:in:)`` find one in the
    ///     document of ``report(at:)``).
    ///   - ref: Where the line ends (see ``RevisionSelector``).
    /// - Throws: What ``firstParentLine(_:limit:)`` throws; ``RepositoryError/history(_:)`` when no revision of the
    ///   line has the unit.
    public func unitHistory(of unit: UnitID, endingAt ref: String) async throws(RepositoryError) -> UnitHistoryReport {
        let line = try await firstParentLine(ref)
        guard let last = line.last else { throw .history(.noRevisions) }
        do {
            return UnitHistoryReport(
                report: last.revision.report, unit: unit,
                changes: try UnitHistory.changes(of: unit, along: line.map(Self.snapshot)))
        } catch {
            throw .history(error)
        }
    }

    /// For each section, paragraph and cell of a revision, the revision of its first-parent line that last changed
    /// it.
    ///
    /// - Throws: What ``firstParentLine(_:limit:)`` throws.
    public func blame(_ ref: String) async throws(RepositoryError) -> BlameReport {
        let line = try await firstParentLine(ref)
        guard let first = line.first, let last = line.last else { throw .history(.noRevisions) }
        do {
            return BlameReport(
                report: last.revision.report, revision: last.revision.id, first: first.revision.id,
                entries: try Blame.compute(along: line.map(Self.snapshot)))
        } catch {
            throw .history(error)
        }
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

// Next year's draft: which revision of last year it starts from.

public import ReportModel
public import RevisionStore

/// Next year's draft of a report, and the revision of last year's report it was made from.
public struct NextYearDraft: Sendable, Hashable {
    /// The revision of last year's report the draft starts from: its published revision, else its draft head.
    public var source: RevisionDetails
    /// The draft (see ``ReportModel/Report/nextYearDraft()``).
    public var report: Report
    /// The number of the new year's draft head when that report exists already (第 N 版): the draft made here
    /// holds none of its edits, and whoever asked should be told.
    public var existing: Int?
}

extension ReportRepository {
    /// The draft of a year's report made from the year before: from last year's published revision, or from its
    /// draft head when nothing is published yet.
    ///
    /// - Parameters:
    ///   - key: The new report (`AGENCY/YEAR`); the draft is made from `AGENCY/YEAR−1`.
    ///   - scope: What the reader reaches: last year's report outside it is answered as one that does not exist.
    /// - Throws: ``RepositoryError/refNotSet(_:_:)`` when last year's report does not exist (or is out of scope);
    ///   what ``show(_:scope:)`` throws.
    public func nextYearDraft(
        of key: ReportKey, scope: AccessScope = .all
    ) async throws(RepositoryError)
        -> NextYearDraft
    {
        let last = ReportKey(agency: key.agency, year: key.year - 1)
        let source: RevisionDetails
        do {
            source = try await show("\(last)@\(RefName.published.name)", scope: scope)
        } catch .refNotSet(_, _) {
            source = try await show(last.description, scope: scope)
        }
        // The repository's year is the report's year, whatever its text says.
        var base = source.report
        base.year = last.year
        let draft = base.nextYearDraft() ?? base
        let existing = try await read { reader -> Int? in
            guard scope.allows(agency: key.agency), let head = try reader.ref(.draft, of: key)?.revision else {
                return nil
            }
            return try reader.generations(of: [head])[head] ?? 0
        }
        return NextYearDraft(source: source, report: draft, existing: existing)
    }
}

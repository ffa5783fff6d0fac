// Reports as lists show them (``ReportSummary``), and the reports around one: last year's, next year's.

public import ReportModel
public import RevisionStore

extension ReportRepository {
    /// Every report with a draft that a scope reaches, by agency id and year, with its heads, refs, marks, open
    /// conflicts and status.
    ///
    /// - Parameter scope: Which agencies' reports (`.all` for every one).
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func reports(scope: AccessScope = .all) async throws(RepositoryError) -> [ReportSummary] {
        try await read { reader in
            let names = Dictionary(uniqueKeysWithValues: try reader.agencies().map { ($0.id, $0.name) })
            let refs = Dictionary(grouping: try reader.refs(), by: \.report)
            let comments = Dictionary(grouping: try reader.markComments(), by: \.report)
            let receipts = Dictionary(grouping: try reader.markReceipts(), by: \.report)
            let conflicts = Dictionary(grouping: try reader.conflicts(openOnly: true), by: \.report)
            return try refs.keys.sorted().compactMap { key -> ReportSummary? in
                guard scope.allows(agency: key.agency) else { return nil }
                return try Self.summary(
                    of: key, refs: refs[key] ?? [], name: names[key.agency], comments: comments[key] ?? [],
                    receipts: receipts[key] ?? [], conflicts: conflicts[key] ?? [], in: reader)
            }
        }
    }

    /// One report as lists show it.
    ///
    /// - Returns: The report, or `nil` when it has no draft.
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func report(_ key: ReportKey) async throws(RepositoryError) -> ReportSummary? {
        try await read { reader in
            try Self.summary(
                of: key, refs: try reader.refs(of: key), name: try reader.agency(key.agency)?.name,
                comments: try reader.markComments().filter { $0.report == key },
                receipts: try reader.markReceipts().filter { $0.report == key },
                conflicts: try reader.conflicts(openOnly: true, report: key), in: reader)
        }
    }

    /// An agency, if the repository knows it.
    ///
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func agency(_ id: String) async throws(RepositoryError) -> Agency? {
        try await read { try $0.agency(id) }
    }

    /// Where an agency id went when it was merged into another (`agency merge`), if it was.
    ///
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func agencyMerge(of id: String) async throws(RepositoryError) -> AgencyMerge? {
        try await read { try $0.agencyMerge(of: id) }
    }

    /// Last year's report of an agency: `AGENCY/YEAR−1` at its published revision, else its draft, if the repository
    /// has it. The one rule the checks, the diff page, the report page, next year's draft and the county's workbook
    /// use for "the year before".
    ///
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func previousYear(of report: ReportKey) async throws(RepositoryError) -> Revision? {
        try await read { try Self.lastYearsReport(of: report, in: $0) }
    }

    /// Next year's report of an agency: the draft of `AGENCY/YEAR+1`, if the repository has one.
    ///
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func nextYear(of report: ReportKey) async throws(RepositoryError) -> Revision? {
        try await read { reader in
            try reader.ref(.draft, of: ReportKey(agency: report.agency, year: report.year + 1)).map {
                try reader.requireRevision($0.revision)
            }
        }
    }

    /// Stored revisions by id, in the order asked.
    ///
    /// - Throws: ``RepositoryError/store(_:)`` with ``StoreError/revisionNotFound(_:)`` for an id the store lacks.
    public func revisions(_ ids: [ObjectID]) async throws(RepositoryError) -> [Revision] {
        try await read { reader in try ids.map { try reader.requireRevision($0) } }
    }

    private static func summary(
        of key: ReportKey, refs: [Ref], name: String?, comments: [MarkComment], receipts: [MarkReceipt],
        conflicts: [SyncConflict], in reader: some StoreReading
    ) throws -> ReportSummary? {
        guard let draft = refs.first(where: { $0.name == .draft }) else { return nil }
        let head = try reader.requireRevision(draft.revision)
        var summary = ReportSummary(
            report: key, agencyName: name, head: head,
            otherHeads: refs.filter { $0.name.kind == .head && $0.name != .draft }, refs: refs,
            marks: MarkState.states(refs: refs, comments: comments, receipts: receipts), conflicts: conflicts,
            status: ReportStatus.of(
                refs: refs, head: draft.revision, conflicted: !conflicts.isEmpty,
                sameText: try marksWithText(of: head, refs: refs, in: reader)))
        summary.headMaker = ChangeMaker(head, receipt: try Self.receipts(of: [head.id], in: reader)[head.id])
        return summary
    }

    /// Where a report stands, read inside a transaction (``ReportStatus/of(refs:head:conflicted:sameText:)``, as
    /// its summary says); `nil` for a report without a draft.
    static func status(of key: ReportKey, in reader: some StoreReading) throws -> ReportStatus? {
        let refs = try reader.refs(of: key)
        guard let draft = refs.first(where: { $0.name == .draft }) else { return nil }
        let head = try reader.requireRevision(draft.revision)
        return ReportStatus.of(
            refs: refs, head: draft.revision, conflicted: !(try reader.conflicts(openOnly: true, report: key)).isEmpty,
            sameText: try marksWithText(of: head, refs: refs, in: reader))
    }

    /// Refuses a change not confirmed to a published report (已公开):
    /// ``RepositoryError/publishedUnconfirmed(_:version:)``, naming the version published.
    static func checkNotPublished(_ key: ReportKey, in reader: some StoreReading) throws {
        guard try status(of: key, in: reader) == .published else { return }
        let published = try reader.ref(.published, of: key)?.revision
        let version = try published.flatMap { try reader.generations(of: [$0])[$0] }
        throw RepositoryError.publishedUnconfirmed(key, version: version, agencyName: officeName(of: key, in: reader))
    }

    /// The marks on another revision than the draft that have the draft's very text (the same root): a draft changed
    /// after publication and changed back, two same-text lines merged on their own by sync.
    /// ``ReportStatus/of(refs:head:conflicted:sameText:)`` lets such a mark stand.
    static func marksWithText(of head: Revision, refs: [Ref], in reader: some StoreReading) throws -> Set<Mark> {
        var marks: Set<Mark> = []
        for mark in [Mark.submitted, .published] {
            guard let marked = refs.first(where: { $0.name == mark.refName })?.revision, marked != head.id else {
                continue
            }
            if try reader.requireRevision(marked).root == head.root { marks.insert(mark) }
        }
        return marks
    }
}

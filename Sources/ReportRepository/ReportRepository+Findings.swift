// Running the checks: the one place that hands the checker a report, last year's report of its agency and the
// parser's diagnostics. `nianbao check` (a file), the web pages and the publish guard (a stored revision) all come
// here, so the same document gives the same findings everywhere.

public import ReportChecks
public import ReportModel
import ReportParser
public import RevisionStore

extension ReportRepository {
    /// The findings of the checks on a document.
    ///
    /// - Parameters:
    ///   - report: The document.
    ///   - previous: Last year's report of the same agency, for the cross-year rules (`nil`: those rules are skipped).
    ///   - diagnostics: What the parser noticed reading it (a heading typed twice, a scrambled table), for the rules
    ///     that only the source text can show.
    /// - Returns: The findings, as `nianbao check` lists them.
    public static func findings(of report: Report, previous: Report?, diagnostics: [Diagnostic]) -> [Finding] {
        ReportChecker().check(report, previous: previous, diagnostics: diagnostics)
    }

    /// Why a report given as last year's (`check --previous`) does not serve the cross-year rules, or may be
    /// another office's, for the person to read beside the findings; `nil` when it is the year before of the same
    /// office (names compared as ``ReportMismatch`` compares them: a county or city in front allowed).
    ///
    /// The rules run only on the year before: given another year, they are skipped, and this says so instead of a
    /// silent 没有发现问题.
    public static func previousYearNote(of report: Report, previous: Report) -> String? {
        guard let year = report.year else {
            return Language.pick(
                "看不出这份报告是哪一年度的：没有做跨年度检查。",
                "The report names no year: the cross-year rules were not run.")
        }
        guard let last = previous.year else {
            return Language.pick(
                "看不出作为上年报告给出的文件是哪一年度的：没有做跨年度检查。",
                "The file given as last year's report names no year: the cross-year rules were not run.")
        }
        guard last == year - 1 else {
            return Language.pick(
                "作为上年报告给出的文件是 \(last) 年度的，这份报告是 \(year) 年度的，应给 \(year - 1) 年度的报告：没有做跨年度检查。",
                "The file given as last year's report is of \(last), this report of \(year): give the report of"
                    + " \(year - 1). The cross-year rules were not run.")
        }
        if let this = report.agency, let that = previous.agency, !ReportMismatch.sameOffice(this, that) {
            return Language.pick(
                "作为上年报告给出的文件是 \(that) 的，这份报告是 \(this) 的：跨年度检查是拿另一个机关的报告做的"
                    + "（同一机关改了名称的，可以不理会）。",
                "The file given as last year's report is \(that)'s, this report is \(this)'s: the cross-year rules"
                    + " compared another office's report (if the office was renamed, this is fine).")
        }
        return nil
    }

    /// The findings of the checks on a revision: its document, with last year's report of its agency (its published
    /// revision, else its draft: ``countedRevision(of:in:)``) for the cross-year rules.
    ///
    /// - Throws: What ``resolve(_:)`` throws.
    public func findings(of ref: String) async throws(RepositoryError) -> [Finding] {
        let revision = try await resolve(ref)
        return try await findings(of: [revision])[revision.id] ?? []
    }

    /// The findings of the checks on several revisions (see ``findings(of:)-(String)``), each document checked once
    /// per process: later calls answer from memory.
    ///
    /// The parser's diagnostics come from the revision: a commit keeps those of the file it read
    /// (``RevisionContent/diagnostics``), so the rules that need them (`heading-repeated`, `paragraph-broken`,
    /// `table-unreadable`, `table-stray-text`, `heading-before-sections`) run here as in `nianbao check FILE`, and a
    /// revision gives the same findings as the file it was committed from. (A revision made before diagnostics were
    /// kept, or by a merge, has none.)
    ///
    /// - Returns: The findings by revision id.
    /// - Throws: ``RepositoryError/store(_:)`` when a document cannot be read.
    public func findings(of revisions: [Revision]) async throws(RepositoryError) -> [ObjectID: [Finding]] {
        let reports = Set(revisions.map(\.report))
        let lastYear = try await read { reader in
            var roots: [ReportKey: ObjectID] = [:]
            for report in reports {
                roots[report] = try Self.lastYearsReport(of: report, in: reader)?.root
            }
            return roots
        }
        var findings: [ObjectID: [Finding]] = [:]
        var unchecked: [(revision: Revision, key: FindingsCache.Key)] = []
        for revision in revisions {
            let key = FindingsCache.Key(
                root: revision.root, previous: lastYear[revision.report], diagnostics: revision.content.diagnostics)
            if let cached = await findingsCache.findings(for: key) {
                findings[revision.id] = cached
            } else {
                unchecked.append((revision, key))
            }
        }
        guard !unchecked.isEmpty else { return findings }
        let roots = Set(unchecked.flatMap { [$0.key.root] + ($0.key.previous.map { [$0] } ?? []) })
        let documents = try await read { reader in
            Dictionary(uniqueKeysWithValues: try roots.map { ($0, try reader.report(root: $0)) })
        }
        for (revision, key) in unchecked {
            guard let document = documents[key.root] else { continue }
            let checked = Self.findings(
                of: document, previous: key.previous.flatMap { documents[$0] }, diagnostics: key.diagnostics)
            await findingsCache.store(checked, for: key)
            findings[revision.id] = checked
        }
        return findings
    }

    /// Runs the checks on a document about to be committed and keeps their findings for its root
    /// (``findings(of:)-([Revision])`` answers a revision with that root, last year's report and these diagnostics
    /// from memory): `commit`'s, on another thread while the revision is written. A document is checked as the
    /// revision stored from it (`ObjectGraph` gives back the report it was given), as `nianbao check FILE` checks
    /// the file.
    ///
    /// - Parameters:
    ///   - report: The document; `nil` checks nothing.
    ///   - root: Its root.
    ///   - previous: The root of last year's report (``lastYearsReport(of:in:)``), read before the write.
    ///   - diagnostics: What the revision keeps of the parser's diagnostics.
    func checkInAdvance(_ report: Report?, root: ObjectID, previous: ObjectID?, diagnostics: [Diagnostic]) async {
        guard let report else { return }
        // (a document that cannot be read is checked again later, and its error reported there)
        let previousReport: Report?
        if let previous {
            guard let loaded = try? await read({ reader in try reader.report(root: previous) }) else { return }
            previousReport = loaded
        } else {
            previousReport = nil
        }
        let key = FindingsCache.Key(root: root, previous: previous, diagnostics: diagnostics)
        let findings = Self.findings(of: report, previous: previousReport, diagnostics: diagnostics)
        await findingsCache.store(findings, for: key)
    }

    /// Last year's report of an agency, as the county counts it (``countedRevision(of:in:)`` of `AGENCY/YEAR−1`).
    static func lastYearsReport(of report: ReportKey, in reader: some StoreReading) throws -> Revision? {
        try countedRevision(of: ReportKey(agency: report.agency, year: report.year - 1), in: reader)
    }

    /// A report as the county counts it: its published revision, else its draft head (nothing published yet). The
    /// one rule for "last year's report" wherever it is used — the cross-year checks, the report and diff pages'
    /// year before, next year's draft — and for the county's workbook of a year, so that the check and the workbook
    /// never compare a year with two different texts of the year before (a 2023 report corrected after it was
    /// published is counted as published until the corrected text is published too).
    static func countedRevision(of key: ReportKey, in reader: some StoreReading) throws -> Revision? {
        guard let ref = try reader.ref(.published, of: key) ?? reader.ref(.draft, of: key) else { return nil }
        return try reader.requireRevision(ref.revision)
    }
}

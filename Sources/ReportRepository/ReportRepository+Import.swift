// Importing a folder of report files: one commit (one transaction) per file.

public import Foundation
import Logging
import ReportModel
import ReportParser
import RevisionStore

extension ReportRepository {
    /// Commits every report file of a folder, each as one transaction, and says what happened to each.
    ///
    /// Files are the folder's regular, non-hidden files (not its subfolders), except the mapping file, oldest first
    /// by modification time (then by name): when a folder holds two versions of one report (`年报.docx` and
    /// `年报-修改稿.docx`), the one saved last becomes the draft, and the summary says so. The agency name and the
    /// year come from each report's text; the agency id from, in order: the mapping
    /// (by file name, then by agency name), the registered agency the name matches (``AgencyMatcher``: names,
    /// aliases, the regions in front dropped), or a new agency with a readable id
    /// (``AgencyNaming/readableID(for:taken:)``), listed in ``ImportSummary/newAgencies`` with the close names it may
    /// have meant — but not for a name one or two characters from a registered agency's (a typo, 长张乡 for 常张乡, or
    /// the office's new name): such a file fails, naming the registered agency and how to go on
    /// (``RepositoryError/nearAgencyName(file:name:near:newID:)``). A file that fails (not a report, no year, …) is listed with the reason and the import goes on; a
    /// spreadsheet or a batch export's notes (``BatchExportFiles``) is listed as skipped, with what it is.
    ///
    /// - Parameters:
    ///   - path: The folder.
    ///   - mapping: Lines added over the folder's own `agencies.tsv`, if any (``AgencyMapping``).
    ///   - author: Who.
    ///   - time: When (every revision of this import gets it).
    ///   - progress: Called before each file and once at the end.
    /// - Returns: What was imported, what was unchanged, and what failed and why.
    /// - Throws: ``RepositoryError/folderNotFound(path:)``, ``RepositoryError/notAFolder(path:)``,
    ///   ``RepositoryError/authorMissing``, or an error of the folder's mapping file; nothing is imported then.
    public func importFolder(
        at path: String, mapping: AgencyMapping = AgencyMapping(), author: String, time: Date = Date(),
        progress: @Sendable (ImportProgress) -> Void = { _ in }
    ) async throws(RepositoryError) -> ImportSummary {
        try await importFolder(
            Self.planImport(of: path, mapping: mapping), author: author, time: time, progress: progress)
    }

    /// Lists what importing a folder would commit, without touching any repository: the report files and the
    /// agency mapping (the folder's `agencies.tsv` with `mapping` over it).
    ///
    /// - Throws: ``RepositoryError/folderNotFound(path:)``, ``RepositoryError/notAFolder(path:)``, or an error of the
    ///   folder's mapping file.
    public static func planImport(
        of path: String, mapping: AgencyMapping = AgencyMapping()
    ) throws(RepositoryError)
        -> ImportPlan
    {
        let folder = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .folderNotFound(path: path)
        }
        guard isDirectory.boolValue else { throw .notAFolder(path: path) }
        var rules = AgencyMapping()
        let mappingFile = folder.appendingPathComponent(AgencyMapping.fileName).path
        if FileManager.default.fileExists(atPath: mappingFile) {
            rules = try AgencyMapping(contentsOf: mappingFile)
        }
        let files = try reportFiles(in: folder)
        var plan = ImportPlan(folder: path, files: files.map(\.name), mapping: rules.merging(mapping))
        plan.saved = Dictionary(files.map { ($0.name, $0.saved) }, uniquingKeysWith: { first, _ in first })
        return plan
    }

    /// Imports the files of a plan (see ``importFolder(at:mapping:author:time:progress:)``).
    ///
    /// - Parameter audit: The audit log's wording of each file's line (``AuditWording/commandLineImport``,
    ///   `命令行导入 FILE`): each file committed writes its line (导入报告) with its revision, in the same transaction.
    ///   `nil`: no lines.
    public func importFolder(
        _ plan: ImportPlan, author: String, time: Date = Date(), audit: AuditWording? = nil,
        progress: @Sendable (ImportProgress) -> Void = { _ in }
    ) async throws(RepositoryError) -> ImportSummary {
        try await importFolder(
            plan, as: Principal(author: try Self.checkedAuthor(author)), time: time, audit: audit, progress: progress)
    }

    /// Imports the files of a plan as someone: each file only to an agency they reach, matched by name among those
    /// agencies alone (``importFolder(_:by:time:audit:progress:)``); the caller has checked their role.
    func importFolder(
        _ plan: ImportPlan, as principal: Principal, time: Date, audit: AuditWording?,
        progress: @Sendable (ImportProgress) -> Void
    ) async throws(RepositoryError) -> ImportSummary {
        let author = try Self.checkedAuthor(principal.name)
        let folder = URL(fileURLWithPath: plan.folder)
        let files = plan.files
        // (an office outside their reach is not among the names a file is matched to, near or not: its report is
        // answered as one of an office no one registered, rv113 F8)
        var known = try await read { try $0.agencies() }.filter { principal.reaches(agency: $0.id) }
        var summary = ImportSummary()
        // The next files are read and parsed on other threads while each is committed, in name order.
        let paths = files.map { folder.appendingPathComponent($0).path }
        await ReportReadAhead.forEach(paths) { index, reading in
            let file = files[index]
            progress(ImportProgress(completed: index, total: files.count, file: file))
            guard !summary.stoppedBusy else {
                summary.failed.append(ImportSummary.Failure(file: file, reason: Self.reason(.store(.busy), file: file)))
                return
            }
            do throws(RepositoryError) {
                let (entry, status, warnings, created) = try await importFile(
                    reading.get(), named: file, rules: plan.mapping, known: &known, as: principal, author: author,
                    time: time,
                    audit: audit.map { AuditNote(.importReport, $0.detail(file)) })
                if let earlier = (summary.imported + summary.unchanged).last(where: { $0.report == entry.report }),
                    status == .committed
                {
                    summary.warnings.append(
                        Self.sameReportWarning(
                            file, earlier: earlier.file, report: entry.report,
                            sameTime: plan.saved[file] != nil && plan.saved[file] == plan.saved[earlier.file]))
                }
                summary.warnings += warnings.map { "\(file): \($0)" }
                if let created { summary.newAgencies.append(created) }
                switch status {
                case .committed: summary.imported.append(entry)
                case .unchanged: summary.unchanged.append(entry)
                }
            } catch {
                // The workbook and the notes a batch export put beside its Word files (rv105 F10)
                if case .parse = error, let reason = Self.skipReason(ofFileAt: paths[index]) {
                    summary.skipped.append(ImportSummary.Failure(file: file, reason: reason))
                    return
                }
                summary.failed.append(ImportSummary.Failure(file: file, reason: Self.reason(error, file: file)))
                if error.kind == .busy { summary.stoppedBusy = true }
            }
        }
        progress(ImportProgress(completed: files.count, total: files.count, file: files.last ?? ""))
        logger.info(
            "import",
            metadata: [
                "folder": "\(plan.folder)", "imported": "\(summary.imported.count)",
                "unchanged": "\(summary.unchanged.count)", "failed": "\(summary.failed.count)",
            ])
        return summary
    }

    /// What an import says of a file that is the same report as one imported before it: which became the draft,
    /// and why (saved later; or, saved at the same moment, as copies of a folder often are, by name).
    static func sameReportWarning(_ file: String, earlier: String, report: ReportKey, sameTime: Bool) -> String {
        let restore = Language.pick(
            "（不对时用 `nianbao restore` 把要用的版本恢复为草稿）",
            " (if that is wrong, `nianbao restore` makes the right version the draft)")
        if sameTime {
            return Language.pick(
                "\(file) 和 \(earlier) 是同一份报告（\(report)），保存时间相同，看不出哪个在后：按文件名顺序提交，\(file) 成为草稿，"
                    + "\(earlier) 的内容留在历史里，请核对",
                "\(file) and \(earlier) are the same report (\(report)), saved at the same time: committed in name order,"
                    + " \(file) is the draft and \(earlier) stays in the history; please check") + restore
        }
        return Language.pick(
            "\(file) 和 \(earlier) 是同一份报告（\(report)）：按文件保存时间先后提交，后保存的 \(file) 成为草稿，"
                + "\(earlier) 的内容留在历史里",
            "\(file) and \(earlier) are the same report (\(report)): committed in the order they were saved, \(file),"
                + " saved last, is the draft and \(earlier) stays in the history") + restore
    }

    private static func reportFiles(in folder: URL) throws(RepositoryError) -> [(name: String, saved: Date)] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw .unreadableFile(path: folder.path)
        }
        let files = names.compactMap { name -> (name: String, saved: Date)? in
            let file = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard !name.hasPrefix("."), name != AgencyMapping.fileName,
                FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue
            else { return nil }
            let attributes = try? FileManager.default.attributesOfItem(atPath: file.resolvingSymlinksInPath().path)
            return (name, attributes?[.modificationDate] as? Date ?? .distantPast)
        }
        return files.sorted { ($0.saved, $0.name) < ($1.saved, $1.name) }
    }

    private func importFile(
        _ reading: (parsed: ParseResult, source: ReportSource), named file: String, rules: AgencyMapping,
        known: inout [Agency], as principal: Principal, author: String, time: Date, audit: AuditNote?
    ) async throws(RepositoryError) -> (ImportSummary.Entry, CommitOutcome.Status, [String], ImportSummary.NewAgency?) {
        let (parsed, source) = reading
        let report = parsed.report
        guard let year = report.year else { throw .reportWithoutYear(file: file) }
        let name = report.agency
        let agency: Agency
        var created: ImportSummary.NewAgency?
        if let entry = rules.entry(file: file, agencyName: name) {
            agency = Agency(id: entry.id, name: name ?? entry.id, parent: entry.parent)
        } else if let name {
            switch AgencyMatch.of(name, among: known) {
            case .registered(let existing):
                agency = existing
            case .new(let new, let suggestions):
                agency = new
                created = ImportSummary.NewAgency(id: new.id, name: name, suggestions: suggestions.map(\.name))
            case .near(let new, let registered):
                // A typo or a new name of a registered office: a new agency the board would expect every year, and
                // the office's own report left 未报送. Made only when the person registers it (`agency add`).
                throw .nearAgencyName(file: file, name: name, near: registered, newID: new.id)
            }
        } else {
            throw .reportWithoutAgency(file: file)
        }
        try principal.check(.edit, onAgency: agency.id)
        let outcome = try await commit(
            report, to: ReportKey(agency: agency.id, year: year), author: author,
            message: RevisionMessage.importFile(file).chinese,
            agency: agency, time: time, source: source, keepingLaterDraft: true, audit: audit, refusingPublished: true,
            scope: principal.scope)
        if !known.contains(where: { $0.id == agency.id }) { known.append(agency) }
        let entry = ImportSummary.Entry(
            file: file, report: outcome.revision.report, agencyName: name ?? agency.name,
            revision: outcome.revision.id, diagnostics: parsed.diagnostics.count)
        var warnings = outcome.warnings
        if outcome.status == .committed, let named = Self.yearNamed(file), named != year {
            warnings.append(
                Language.pick(
                    "文件名写的是 \(named) 年，文件里写的是 \(year) 年，已按文件里的 \(year) 年导入：是不是忘了改文件里的年份？",
                    "the file's name says \(named) and the report inside says \(year): imported as \(year)'s;"
                        + " was the year in the file left unchanged?"))
        }
        return (entry, outcome.status, warnings, created)
    }

    /// The one year a file's name gives (`常张乡2024年报(修改稿).docx` → 2024), when it gives exactly one: a year of
    /// reports (``reportableYears``' first year to 2099) standing apart from other digits.
    static func yearNamed(_ file: String) -> Int? {
        YearMentions.inFileName(file).flatMap { (reportableYears().lowerBound...2099).contains($0) ? $0 : nil }
    }

    /// The revision of `key`'s draft history before its head whose text is `root` (the newest such), when the head's
    /// is another: a file imported again after the draft was edited, left as it is rather than committed over the
    /// edits. With the numbers of it and of the head.
    func earlierText(
        _ root: ObjectID, of key: ReportKey
    ) async throws(RepositoryError) -> (revision: Revision, generation: Int?, now: ObjectID, nowGeneration: Int?)? {
        try await read { reader in
            guard let head = try reader.ref(.draft, of: key)?.revision,
                try reader.requireRevision(head).content.root != root,
                let earlier = try reader.revisions(of: key, withRoot: root).last(where: {
                    try RevisionGraph.isAncestor($0, of: head, in: reader)
                })
            else { return nil }
            let generations = try reader.generations(of: [earlier, head])
            return (try reader.requireRevision(earlier), generations[earlier], head, generations[head])
        }
    }

    /// Why a file that did not read as a report is left out rather than failed (``BatchExportFiles/skipReason(for:)``).
    private static func skipReason(ofFileAt path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return BatchExportFiles.skipReason(for: Array(data))
    }

    private static func reason(_ error: RepositoryError, file: String) -> String {
        switch error {
        case .publishedUnconfirmed(let report, let version, let agencyName):
            // A published report is changed only by a person who names it (`commit --agency --year`): a folder's file
            // whose year was left unchanged would otherwise reopen last year's closed report with this year's text.
            let named = yearNamed(file).flatMap { $0 == report.year ? nil : $0 }
            return Language.pick(
                "\(RepositoryError.chinese(report, agencyName)) 已公开\(version.map { "（公开的是第 \($0) 版）" } ?? "")："
                    + "导入不改动已公开的报告，这个文件没有导入。"
                    + (named.map { "文件名写的是 \($0) 年，文件里写的却是 \(report.year) 年：是不是忘了改文件里的年份？改正后再导入。" } ?? "")
                    + "确要修改已公开的这份报告，请用 nianbao commit 这个文件 --agency \(report.agency) --year \(report.year)"
                    + "（修改会成为草稿，须重新报送、公开）。",
                "The \(RepositoryError.english(report, agencyName)) is published\(version.map { " (version \($0))" } ?? ""):"
                    + " import does not change a published report, and this file was not imported."
                    + (named.map {
                        " The file's name says \($0) and the report inside says \(report.year): was the year left unchanged?"
                    } ?? "")
                    + " To change the published report, use nianbao commit FILE --agency \(report.agency) --year"
                    + " \(report.year) (the change becomes a draft, to be submitted and published again).")
        case .parse(_, let parseError):
            return parseError.description
        case .editedOlderVersion, .undoesOthersChanges:
            // (their words offer `--force`, which `commit` takes and `import` does not)
            return error.description + noForce
        case .wrongReport(let mismatch) where mismatch.isPeriodYearLeft:
            // (last year's file with the title changed: its words offer `--force` too, rv120 F2)
            return error.description + noForce
        default:
            return error.description
        }
    }

    /// Said after a refusal whose words offer `--force`.
    private static var noForce: String {
        Language.pick(
            "导入没有 --force：要按这个文件提交，请用 nianbao commit 这个文件 --force。",
            " Import takes no --force: to commit this file as it is, use nianbao commit FILE --force.")
    }
}

import Foundation
import Hummingbird
import Logging
import ReportModel
import ReportRepository
import SyncServer

extension OverviewController {
    /// `POST /batch/export`: the reports ticked on the board as one .zip to save: each report's Word file (the
    /// report page's ``DownloadController/word(of:)``) named `2024-常张乡人民政府.docx`, and the county's workbook of
    /// each year (``DownloadController/workbookFile(year:scope:agencies:language:)``) holding just those reports — both of the
    /// revision the county counts (``ReportSummary/countedRevision``: the published one, else the draft's head), and
    /// `说明.txt` says which version each file holds. A Word file of the draft had stood beside a workbook of the
    /// published version, with different numbers and nothing saying so. A report with no revision (未报送) is left
    /// out and listed in `说明.txt`; one outside the session's
    /// reach is answered exactly as one that does not exist. The form carries the anti-forgery token like the other
    /// batch forms (it sends the token and the ticked reports, which do not belong in an address).
    @Sendable func export(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let (session, form) = try await services.verifiedForm(request, context)
        let access = try session.requireAccess(request)
        var keys: [ReportKey] = []
        for pair in form.pairs where pair.name == "report" {
            let key = try Self.reportKey(pair.value)
            if !keys.contains(key) { keys.append(key) }
        }
        guard !keys.isEmpty else {
            throw WebError.badRequest(
                "请先在列表中勾选要导出的报告。",
                english: "First tick the reports to export in the list.")
        }
        let scope = access.scope
        let states = try await services.catalog.states(reachableBy: scope)
        let byKey = Dictionary(states.map { ($0.report, $0) }, uniquingKeysWith: { first, _ in first })
        let downloads = DownloadController(services: services)
        // (the .zip, its notes and its workbooks in the page's language: ux98 J3)
        let language = session.language
        let words = ExportWords(language: language)
        let pages = ReportController(services: services)
        var archive = ExportArchive()
        var skipped: [String] = []
        var exported: [ReportKey] = []
        var versions: [String] = []
        // When each exported report was last changed: its Word file carries that time, a workbook its year's latest.
        var changed: [ReportKey: Date] = [:]
        var unsent = true
        for key in keys {
            guard let state = byKey[key] else {
                // Not there, or out of reach: the same words either way, true of both, with no id (rv120 M11); an
                // office in reach, registered, that has not reported is 未报送.
                let name = scope.allows(agency: key.agency) ? try await services.catalog.agency(key.agency)?.name : nil
                if let name {
                    skipped.append(words.notSubmitted(key, agencyName: name))
                } else {
                    skipped.append(words.outOfReach(year: key.year))
                    unsent = false
                }
                continue
            }
            let details = try await pages.details(of: key, revision: state.countedRevision.hex, scope: scope)
            let time = details.revision.content.time
            versions.append(try await Self.version(of: state, services: services, words: words))
            archive.add(
                "\(key.year)-\(state.displayName).docx", try DownloadController.word(of: details), modified: time)
            exported.append(key)
            changed[key] = time
        }
        // Nothing to export (every ticked report not yet submitted): said on a page, not as a .zip of notes alone
        // that promised Word files and a workbook (rv105 F13).
        guard !exported.isEmpty else {
            let year = keys.map(\.year).max() ?? 0
            throw WebError.refusedWithWayOn(
                (unsent ? "所选的报告都还没有报送，没有可导出的 Word 文件和汇总表：" : "所选的报告没有可导出的 Word 文件和汇总表：")
                    + skipped.joined(separator: "；"),
                english: (unsent
                    ? "None of the reports ticked has been submitted: there is no Word file or workbook to export: "
                    : "There is no Word file or workbook to export of the reports ticked: ")
                    + skipped.joined(separator: "; "),
                wayOn: WebError.WayOn(
                    href: "/?year=\(year)", label: "返回\(year) 年度报送情况", englishLabel: "Back to the \(year) reports"))
        }
        for year in Set(exported.map(\.year)).sorted() {
            let agencies = Set(exported.filter { $0.year == year }.map(\.agency))
            let workbook = try await downloads.workbookFile(
                year: year, scope: scope, agencies: agencies, language: language)
            archive.add(
                workbook.name, workbook.data, modified: changed.filter { $0.key.year == year }.values.max() ?? Date())
        }
        archive.add(
            words.notesName,
            Data(WindowsText.bytes(words.notes(exported: exported.count, versions: versions, skipped: skipped))),
            modified: changed.values.max() ?? Date())
        context.logger.info(
            "web batch export",
            metadata: ["by": "\(access.name)", "exported": "\(exported.count)", "skipped": "\(skipped.count)"])
        let name = words.archiveName(years: exported.map(\.year), count: exported.count)
        return DownloadController.file(
            try archive.data(), type: "application/zip", name: name.name, fallback: name.fallback)
    }

    /// `常张乡人民政府 2024 年度报告：已公开的第 1 版（公开后又有修改的草稿第 2 版未导出）`, or `…：第 2 版（已报送）`
    /// (``ExportWords/version(of:counted:head:)``).
    private static func version(
        of state: ReportSummary, services: WebServices, words: ExportWords
    ) async throws -> String {
        let repository = services.repository
        let returned = state.mark(.returned)?.revision
        let ids = [state.countedRevision, state.head.id] + (returned.map { [$0] } ?? [])
        let generations = try await services.run { () async throws(RepositoryError) in
            try await repository.generations(of: ids)
        }
        return words.version(
            of: state, counted: generations[state.countedRevision], head: generations[state.head.id],
            returned: returned.flatMap { generations[$0] })
    }
}

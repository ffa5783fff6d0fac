import CountyWorkbook
import DocxWriter
import Foundation
import Hummingbird
import ReportModel
import ReportRepository
import SyncServer

/// The files people take to Word and Excel: `GET /reports/AGENCY/YEAR/export.docx` (a revision as a Word file,
/// `?rev=ID` for an older one), `GET /reports/AGENCY/YEAR/next-year.docx` (next year's draft made from this
/// report) and `GET /workbook/YEAR` (the county's workbook of a year).
///
/// The same reach as the report pages: a report outside the token's reach is answered exactly as one that does not
/// exist; the workbook holds the reports the token reaches.
struct DownloadController {
    let services: WebServices

    static let docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    var reportEndpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.get(":agency/:year/export.docx", use: word)
        routes.get(":agency/:year/next-year.docx", use: nextYear)
        return routes
    }

    var workbookEndpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.get(":year", use: workbook)
        return routes
    }

    /// A revision of the report as a Word file.
    @Sendable func word(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let session = services.session(request, context)
        let key = try ReportAddress.key(from: context)
        let access = try session.requireAccess(request, toAgency: key.agency)
        let revision = try ReportAddress.revision(request.uri.queryParameters.get("rev"))
        let details = try await ReportController(services: services).details(
            of: key, revision: revision, scope: access.scope)
        let version = try await savedVersion(of: details)
        return try Self.file(
            Self.word(of: details), type: Self.docxType,
            name: DownloadName.report(key, agencyName: details.agency?.name, version: version, fileExtension: "docx"),
            fallback: DownloadName.fallback(
                key, agencyName: details.agency?.name, generation: details.generation, fileExtension: "docx"))
    }

    /// Which version a downloaded file holds, in its name's brackets, as the batch export's notes name it: two
    /// versions downloaded had had one name (rv105 F8); and who made it where another revision shares its number, as
    /// the pages say it — the two sides of a conflict had downloaded under one name (rv109 F9). The Word file's and the
    /// text export's alike (``DownloadName``).
    func savedVersion(of details: RevisionDetails) async throws -> String? {
        let repository = services.repository
        let apart = try await services.run { () async throws(RepositoryError) in
            try await repository.sharedNumberDistinction(of: details.revision)
        }
        return details.generation.map {
            ExportWords(language: .chinese).version(number: $0, published: details.isPublished)
                + (apart.map { "，" + $0 } ?? "")
        }
    }

    /// A revision as a Word file: the one writer of the report page's download and of the board's batch export. The
    /// file names the revision, so that edited and uploaded again it is merged with what changed since.
    static func word(of details: RevisionDetails) throws(DocxWriteError) -> Data {
        try DocxWriter.write(details.report, revision: details.revision.id)
    }

    /// Next year's draft, made from this report's published revision (or its latest).
    @Sendable func nextYear(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let session = services.session(request, context)
        let key = try ReportAddress.key(from: context)
        let access = try session.requireAccess(request, toAgency: key.agency)
        let next = ReportKey(agency: key.agency, year: key.year + 1)
        let repository = services.repository
        let draft = try await services.run { () async throws(RepositoryError) in
            try await repository.nextYearDraft(of: next, scope: access.scope)
        }
        let name = draft.source.agency?.name
        return try Self.file(
            DocxWriter.write(draft.report, note: DocxNote(author: NextYearDraft.noteAuthor, text: draft.note)),
            type: Self.docxType,
            name: DownloadName.report(next, agencyName: name, version: "草稿", fileExtension: "docx"),
            fallback: DownloadName.fallback(
                next, agencyName: name, generation: nil, label: "draft", fileExtension: "docx"))
    }

    /// The workbook of a year: every report the token reaches, published revisions else latest.
    @Sendable func workbook(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let session = services.session(request, context)
        let access = try session.requireAccess(request)
        let yearText = context.parameters.get("year") ?? ""
        guard let year = Int(yearText), (1900...9999).contains(year) else {
            throw WebError.badRequest(
                "“\(yearText)”不是有效的年度：请写四位数的年份（1900–9999）。",
                english: "\"\(yearText)\" is not a valid year: write a year of four digits (1900–9999).")
        }
        // (its own words in the page's language: an English reader's workbook had said 表三, 合计, 未报送 — ux98 J3)
        let language = session.language
        let workbook = try await workbookFile(year: year, scope: access.scope, language: language)
        return Self.file(workbook.data, type: Self.xlsxType, name: workbook.name, fallback: "nianbao-\(year).xlsx")
    }

    /// The county's workbook of a year and its file's name: the agencies a scope reaches
    /// (``ReportRepository/yearEntries(ofYear:scope:)``: published revisions else latest, and those that must report
    /// and have not), only some agencies when `agencies` is given; its own words in `language` (``WorkbookWords``).
    func workbookFile(
        year: Int, scope: AccessScope, agencies: Set<String>? = nil, language: Language = .chinese
    ) async throws -> (data: Data, name: String) {
        let repository = services.repository
        let found = try await services.run { () async throws(RepositoryError) in
            try await repository.yearEntries(ofYear: year, scope: scope)
        }
        let entries = found.filter { agencies?.contains($0.agency) ?? true }.map { $0.workbookEntry(in: language) }
        let office = try await services.run { () async throws(RepositoryError) in try await repository.nodeName() }
        // (a clerk's workbook holds their offices only: its titles say so, not 全县汇总)
        let isWhole = scope == .all && agencies == nil
        let coverage = SheetLayout.coverage(
            wholeCounty: isWhole, offices: entries.map(\.agency), words: WorkbookWords(language))
        let data = try CountyWorkbook.data(
            year: year, entries: entries, office: office, coverage: coverage, language: language)
        // (the county's own, of all or of the ticked reports, by the office that made it; a clerk's by her offices)
        return (data, Self.workbookName(year, holding: scope == .all ? office : coverage, language: language))
    }

    /// The workbook's file name, with whose it is: for the county (a reach of every agency) the office whose node
    /// made it (the node's name, as the file's properties have it), `2024年政府信息公开工作年度报告汇总表（长子县政务公开办）.xlsx`
    /// — the workbooks a city collects from its counties had all had one name (rv105 F8) —; for a township's clerk
    /// the offices it holds, as its sheets' titles name them (``SheetLayout/coverage(wholeCounty:offices:words:)``):
    /// her `…汇总表（长子县南漳镇人民政府）.xlsx` had been named after the county's office (rv115 M1). In English for
    /// an English reader.
    static func workbookName(_ year: Int, holding holder: String, language: Language = .chinese) -> String {
        let title = CountyWorkbook.title(year, language: language)
        guard !holder.isEmpty else { return title + ".xlsx" }
        return title + (language == .english ? " (\(holder)).xlsx" : "（\(holder)）.xlsx")
    }

    /// A file to save, named in Chinese with an ASCII fallback.
    static func file(_ data: Data, type: String, name: String, fallback: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: type,
                .contentDisposition: "attachment; filename=\"\(fallback)\"; filename*=UTF-8''" + Escape.query(name),
                .cacheControl: "no-store",
                .xContentTypeOptions: "nosniff",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

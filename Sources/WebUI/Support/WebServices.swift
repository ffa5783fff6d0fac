import Foundation
import Hummingbird
import ReportModel
import ReportRepository
import SyncServer

/// What every page controller uses: the repository, the catalog of reports, the renderer and the configuration.
struct WebServices: Sendable {
    let repository: ReportRepository
    let catalog: ReportCatalog
    let renderer: PageRenderer
    let configuration: WebConfiguration
    /// The node's login sessions and failure counts.
    let protection: NodeProtection
    /// The uploads being read or waiting to be: a few a person, a few more for the node.
    let uploads = UploadAdmission()

    init(repository: ReportRepository, configuration: WebConfiguration, protection: NodeProtection) {
        self.repository = repository
        self.configuration = configuration
        self.protection = protection
        catalog = ReportCatalog(repository: repository)
        renderer = PageRenderer(protection: CSRFProtection(keyBytes: configuration.csrfKey))
    }

    /// The anti-forgery protection of the node.
    var forgery: CSRFProtection { renderer.protection }

    /// Who is at the browser.
    func session(_ request: Request, _ context: NodeRequestContext) -> WebSession {
        WebSession(request: request, context: context, protection: forgery, readOnlyNode: repository.isReadOnly)
    }

    /// Runs a repository operation, turning its error into a page error.
    func run<T>(_ operation: () async throws(RepositoryError) -> T) async throws(WebError) -> T {
        do {
            return try await operation()
        } catch {
            throw WebError(error)
        }
    }

    /// Checks a state-changing form: same-site origin, a login, and the session's anti-forgery token.
    ///
    /// - Returns: The session and the form's fields.
    func verifiedForm(
        _ request: Request, _ context: NodeRequestContext
    ) async throws(WebError)
        -> (session: WebSession, form: FormFields)
    {
        try CSRFProtection.checkOrigin(request)
        let session = session(request, context)
        _ = try session.requireAccess(request)
        let form = try await FormFields.read(request)
        try session.verifyForm(form, protection: forgery)
        return (session, form)
    }
}

/// Addresses of report pages, and reading them back from a request.
enum ReportAddress {
    /// `/reports/AGENCY/YEAR` and the pages below it.
    static func href(_ key: ReportKey, _ page: String = "") -> String {
        "/reports/\(key.agency)/\(key.year)" + (page.isEmpty ? "" : "/" + page)
    }

    /// The report page of one revision.
    static func href(_ key: ReportKey, revision: ObjectID) -> String {
        href(key) + "?rev=" + revision.hex
    }

    /// The report a request's path names.
    ///
    /// - Throws: ``WebError/badRequest(_:)`` for an agency id or a year that cannot be one.
    static func key(from context: NodeRequestContext) throws(WebError) -> ReportKey {
        let agency = try agency(from: context)
        let yearText = context.parameters.get("year") ?? ""
        guard let year = Int(yearText), ReportKey.years.contains(year) else {
            throw .badRequest(
                "“\(yearText)”不是有效的年度：请写四位数的年份（\(ReportKey.yearsText)）。",
                english: "\"\(yearText)\" is not a valid year: write a year of four digits (\(ReportKey.yearsText)).")
        }
        return ReportKey(agency: agency, year: year)
    }

    /// The agency a request's path names.
    static func agency(from context: NodeRequestContext) throws(WebError) -> String {
        let agency = context.parameters.get("agency") ?? ""
        guard Agency.isValidID(agency) else {
            throw .badRequest(
                "“\(agency)”不是有效的机关编号：编号由字母、数字、“-”“_”“.”组成。",
                english:
                    "\"\(agency)\" is not a valid office id: an id is made of letters, digits, \"-\", \"_\" and \".\".")
        }
        return agency
    }

    /// A revision named in a query (`rev`, `from`, `to`): hexadecimal digits (at least 4) of its id.
    ///
    /// - Throws: ``WebError/malformedRevision(_:)`` for anything else.
    static func revision(_ text: String?) throws(WebError) -> String? {
        guard let text, !text.isEmpty else { return nil }
        guard (RevisionSelector.minimumPrefixLength...64).contains(text.count), HexDigits.isHex(text) else {
            throw .malformedRevision(text)
        }
        return text.lowercased()
    }
}

import Foundation
import Hummingbird
import Logging
import ReportModel
import ReportRepository
import SyncServer

/// `POST /reports/AGENCY/YEAR/agency-name`: registers the name a refused upload's file gives the report's office as
/// another name of it (an alias: its new name after 撤乡设镇, another way of writing it), for a reviewer or an
/// administrator (``PersonAction/nameAgency``), from the form beside the refusal (``UploadController``). Only a name
/// one or two characters from the office's (``AgencyNaming/areNear(_:_:)``) is taken here; any other is registered
/// at the command line (`nianbao agency alias`). The answer is the report's page, saying to upload the file again, or
/// for a report not started yet (its first upload refused, rv115 F9) a page saying so, with the way to the year's board.
struct AgencyNameController {
    let services: WebServices

    var endpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.post(":agency/:year/agency-name", use: register)
        return routes
    }

    /// Registers the name, then shows the report with the upload form saying so.
    @Sendable func register(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let (session, form) = try await services.verifiedForm(request, context)
        let key = try ReportAddress.key(from: context)
        let access = try session.require(.nameAgency, request, toAgency: key.agency)
        // (a report not started yet — its first upload was refused for the name — has no page: rv115 F9)
        let state = try await services.catalog.uploadTarget(key, scope: access.scope)
        guard let registered = try await services.catalog.agency(key.agency) else {
            throw WebError.unknownAgency(key.agency)
        }
        let office = state?.displayName ?? registered.name
        let name = (form.value("name") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let repository = services.repository
        // A name that is, or is as near to, another registered office's is that office's: never taken as this one's
        // (said first: a neighbour's name, 常庄镇 beside 常张乡, is not near this office's either).
        let agencies = try await services.run { () async throws(RepositoryError) in try await repository.agencies() }
        if let other = AgencyNaming.otherOffice(for: name, than: key.agency, among: agencies) {
            throw WebError.badRequest(
                "“\(name)”是 \(other.name) 的名称或和它只差一两个字，不能登记为\(office)的名称：这份文件多半是"
                    + " \(other.name) 的，是不是选错了报告？如果确是\(office)改了名，请由管理员用 nianbao agency"
                    + " alias 登记。什么也没有改动。",
                english:
                    "“\(name)” is, or is one or two characters from, the name of \(other.name): it is not registered"
                    + " as \(office)'s name. The file is most likely \(other.name)'s: was the wrong report"
                    + " chosen? If \(office) really was renamed, an administrator registers the name with"
                    + " nianbao agency alias. Nothing was changed.")
        }
        guard ([registered.name] + registered.aliases).contains(where: { AgencyNaming.areNear(name, $0) })
        else {
            throw WebError.badRequest(
                "这里只能登记和\(office)的名称只差一两个字的名称（文件里写错的字、撤乡设镇后的新名称）；"
                    + "其他名称请由管理员用 nianbao agency alias 登记。什么也没有改动。",
                english:
                    "Only a name one or two characters from \(office)'s (a typo in the file, the new name"
                    + " of a township that became a town) is registered here; any other name is registered by an"
                    + " administrator with nianbao agency alias. Nothing was changed.")
        }
        let agency = try await services.run { () async throws(RepositoryError) in
            try await repository.addAliases([name], to: key.agency, by: access.name)
        }
        context.logger.info("web agency name", metadata: ["agency": "\(key.agency)", "by": "\(access.name)"])
        let words = services.renderer.words("report", session).upload
        guard state != nil else {
            // (the report has no page yet: a page saying so, and the way to the year's board to upload again)
            let notice = services.renderer.words("notice", session)
            let view = NoticeView(
                title: notice.upload.namedTitle, message: notice.upload.named(name, registered: agency.name),
                href: "/?year=\(key.year)", label: notice.upload.board(key.year))
            return try services.renderer.page("notice", title: view.title, view: view, session: session, words: notice)
        }
        return try await ReportController(services: services).render(
            key, revision: nil, session: session, access: access,
            uploadNote: words.named(name, registered: agency.name))
    }
}

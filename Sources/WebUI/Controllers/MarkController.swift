import Foundation
import Hummingbird
import Logging
import ReportModel
import ReportRepository
import RevisionStore
import SyncServer

/// `POST /reports/AGENCY/YEAR/mark`: marks a revision submitted (any token that reaches the report), returned with
/// a comment, or published (the county's token only; refused while a sync conflict is open).
struct MarkController {
    let services: WebServices

    var endpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.post(":agency/:year/mark", use: mark)
        return routes
    }

    /// Sets a mark, then shows the report again.
    @Sendable func mark(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let (session, form) = try await services.verifiedForm(request, context)
        let key = try ReportAddress.key(from: context)
        let access = try session.requireAccess(request, toAgency: key.agency)
        guard let markText = form.value("mark"), let mark = Mark(rawValue: markText) else {
            throw WebError.badRequest("请选择要设置的标记：报送、退回或公开。")
        }
        if mark != .submitted {
            _ = try session.requireCountyAccess(request, action: mark == .published ? "公开报告" : "退回报告")
        }
        guard let revision = try ReportAddress.revision(form.value("revision")) else {
            throw WebError.badRequest("表单缺少修订编号。")
        }
        let comment = form.value("comment")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if mark == .returned, comment.isEmpty {
            throw WebError.badRequest("退回报告时请写明需要修改的地方（退回意见）。")
        }
        let state = try await services.catalog.state(of: key)
        let repository = services.repository
        let details = try await services.run { () async throws(RepositoryError) in
            try await repository.show(revision, scope: access.scope)
        }
        guard details.revision.report == key else { throw WebError.revisionNotFound(revision) }
        let author = session.access?.label ?? "web"
        _ = try await services.run { () async throws(RepositoryError) in
            try await repository.mark(
                details.revision.id.hex, as: mark, comment: comment.isEmpty ? nil : comment, author: author)
        }
        context.logger.info(
            "web mark", metadata: ["report": "\(key)", "mark": "\(mark.rawValue)", "by": "\(author)"])
        let target =
            details.revision.id == state.head.id
            ? ReportAddress.href(key) : ReportAddress.href(key, revision: details.revision.id)
        return Response.redirect(to: target, type: .normal)
    }
}

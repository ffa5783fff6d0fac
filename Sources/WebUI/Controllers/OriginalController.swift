import Foundation
import Hummingbird
import ReportModel
import ReportRepository
import SyncServer

/// `GET /reports/AGENCY/YEAR/original` (`?rev=ID` for an older revision): the file the revision was committed from,
/// byte for byte, as a download. A report or revision outside the session's reach is answered exactly as one that
/// does not exist (as the report page answers it).
struct OriginalController {
    let services: WebServices

    var endpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.get(":agency/:year/original", use: download)
        return routes
    }

    /// The original file.
    @Sendable func download(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let session = services.session(request, context)
        let key = try ReportAddress.key(from: context)
        let access = try session.requireAccess(request, toAgency: key.agency)
        let revision = try ReportAddress.revision(request.uri.queryParameters.get("rev"))
        let state = try await services.catalog.state(of: key)
        let repository = services.repository
        let (found, generations) = try await services.run { () async throws(RepositoryError) in
            let found = try await repository.original(of: revision ?? key.description, scope: access.scope)
            return (found, try await repository.generations(of: [found.revision.id], scope: access.scope))
        }
        guard found.revision.report == key else { throw WebError.revisionNotFound(revision ?? "") }
        let file = found.file
        // (its own name in full; the plain one readable too, as every download's is: rv120 M8)
        let fallback = DownloadName.fallback(
            key, agencyName: state.displayName, generation: nil,
            label: generations[found.revision.id].map { "v\($0)-original" } ?? "original",
            fileExtension: file.fileExtension)
        return Response(
            status: .ok,
            headers: [
                .contentType: file.mediaType,
                .contentDisposition: "attachment; filename=\"\(fallback)\"; filename*=UTF-8''"
                    + Escape.query(file.name),
                .cacheControl: "no-store",
                .xContentTypeOptions: "nosniff",
                .contentSecurityPolicy: "sandbox",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }
}

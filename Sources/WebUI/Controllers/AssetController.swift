import Foundation
import Hummingbird
import ReportDiff
import SyncServer

/// `GET /assets/site.css`, `GET /assets/printing.css` and `GET /assets/diff.css`: the style sheets, served by the
/// node itself (open to all, so that the login page is styled too).
struct AssetController {
    var endpoints: RouteCollection<NodeRequestContext> {
        let routes = RouteCollection(context: NodeRequestContext.self)
        routes.get("site.css") { _, _ in Self.css(PageTemplates.styleSheet) }
        routes.get("printing.css") { _, _ in Self.css(PageTemplates.printStyleSheet) }
        routes.get("diff.css") { _, _ in Self.css(HTMLDiffRenderer.styleSheet) }
        return routes
    }

    static func css(_ text: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600",
                .xContentTypeOptions: "nosniff",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

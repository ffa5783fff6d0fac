import Hummingbird

/// The print view of a page (`?print=1`): the page laid out as it prints (``PageTemplates/printStyleSheet``), on the
/// screen too, with a line that says how to print it and leads back. The 打印 link of a page leads there, so that it
/// works without JavaScript; where the link's script runs, it prints the page itself instead.
enum PrintView {
    /// The query field that asks for the print view.
    static let field = "print"

    /// Whether a request asks for the print view.
    static func isRequested(_ request: Request) -> Bool {
        request.uri.queryParameters.get(field) == "1"
    }

    /// The print view's address of a page's address.
    static func href(_ page: String) -> String {
        page + (page.contains("?") ? "&" : "?") + field + "=1"
    }

    /// The address of the page a request shows, without `print=1`: the page a print view shows, and leads back to.
    static func page(of request: Request) -> String {
        let kept = (request.uri.query ?? "").split(separator: "&").filter { $0 != "\(field)=1" }
        return request.uri.path + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
    }
}

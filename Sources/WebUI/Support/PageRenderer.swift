import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import ReportRepository

/// Renders pages: a page's template with its view, inside the site's frame (`layout.mustache`), as an HTML
/// response with the site's security headers.
///
/// Templates escape every value (`{{ }}`); the only unescaped values (`{{{ }}}`) are the page body rendered from
/// a template, and the diff markup of `HTMLDiffRenderer`, which escapes every piece of report text itself.
struct PageRenderer: Sendable {
    let protection: CSRFProtection

    /// Renders a template with a view.
    ///
    /// - Throws: ``WebError/template(_:)`` naming the template when it is missing or did not parse.
    ///
    /// - Parameters:
    ///   - template: The template.
    ///   - view: What it shows.
    ///   - words: The words it says (``PageWords``), read as `{{words.…}}`.
    func render(_ template: String, _ view: Any, words: PageWords = .chinese) throws(WebError) -> String {
        let library: MustacheLibrary
        switch PageTemplates.library {
        case .success(let loaded): library = loaded
        case .failure(let error): throw .template(error.description)
        }
        guard let html = library.render(PageContext(words: words, view: view), withTemplate: template) else {
            throw .template("缺少模板 \(template)")
        }
        return html
    }

    /// A whole page: the template rendered with its view, in the site's frame.
    ///
    /// - Parameters:
    ///   - template: The page's template (`overview`, `report`, …).
    ///   - title: The page's title (the browser tab and the heading of the frame).
    ///   - view: What the template shows.
    ///   - session: Who is at the browser (the frame shows the login and the logout form).
    ///   - status: The response's status.
    ///   - diffStyles: Whether the page needs the diff's style sheet.
    ///   - printOf: For the print view of a page (``PrintView``), the page's own address: the print style sheet then
    ///     lays it out on the screen too, under a line that says how to print it and leads back there.
    ///   - words: The page's words, when not those of ``words(_:_:)`` (an error whose message is Chinese only).
    func page(
        _ template: String, title: String, view: Any, session: WebSession, status: HTTPResponse.Status = .ok,
        diffStyles: Bool = false, printOf: String? = nil, words chosen: PageWords? = nil
    ) throws(WebError) -> Response {
        let words = chosen ?? words(template, session)
        let body = try render(template, view, words: words)
        let layout = LayoutView(
            title: title, body: body, signedIn: session.isSignedIn, who: session.access?.name ?? "",
            reach: words.layout.reach(of: session),
            csrf: session.csrfToken, diffStyles: diffStyles, canAudit: session.may(.readAudit),
            // (the people page is read on a read-only node too, without its forms)
            canManagePeople: session.access?.may(.managePeople) ?? false,
            canChangePassword: session.mayChangePassword, readOnlyNode: session.readOnlyNode,
            printView: printOf != nil, printBackHref: printOf ?? "", here: session.here)
        let html = try render("layout", layout, words: words)
        return Self.html(html, status: status)
    }

    /// The words of a page for the one at the browser: English when they chose it and the page has all its words in
    /// English (``PageWords/of(_:in:)``), else Chinese. A page's controller names its title and builds its view with
    /// these words.
    func words(_ template: String, _ session: WebSession) -> PageWords {
        PageWords.of(template, in: session.language)
    }

    /// An HTML response with the site's security headers.
    static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8",
            .cacheControl: "no-store",
            .xContentTypeOptions: "nosniff",
            .contentSecurityPolicy: PageTemplates.contentSecurityPolicy,
        ]
        for (name, value) in [("X-Frame-Options", "DENY"), ("Referrer-Policy", "same-origin")] {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}

/// The site's frame: title, navigation, who is logged in, and the page's body.
struct LayoutView {
    let title: String
    /// The page's body, rendered from its template (already escaped).
    let body: String
    let signedIn: Bool
    let who: String
    let reach: String
    let csrf: String
    let diffStyles: Bool
    /// Whether the one at the browser may read the audit log (the link to it).
    var canAudit = false
    /// Whether the one at the browser manages people (the link to the people page).
    var canManagePeople = false
    /// Whether the one at the browser is a person who may change her password here (the 修改密码 link).
    var canChangePassword = false
    /// Whether the node saves nothing: a line under the top bar says so on every page (rv108 F7).
    var readOnlyNode = false
    /// Whether the page is a print view (``PrintView``), and the page it leads back to.
    var printView = false
    var printBackHref = ""
    /// The page's address, which the language switch leads back to.
    var here = "/"
}

/// What a template is rendered with: its view, and the page's words as `words` (``PageWords``). A name the view does
/// not have is looked up in the view as Mustache would, so the templates read their views' fields as before.
struct PageContext: MustacheParent {
    let words: PageWords
    let view: Any

    func child(named name: String) -> Any? {
        if name == "words" { return words }
        if let parent = view as? any MustacheParent { return parent.child(named: name) }
        guard let value = Mirror(reflecting: view).children.first(where: { $0.label == name })?.value else {
            return nil
        }
        let wrapped = Mirror(reflecting: value)
        guard wrapped.displayStyle == .optional else { return value }
        return wrapped.children.first?.value
    }
}

/// The page templates and the style sheet, read once per process from the files the build embeds in the module.
enum PageTemplates {
    /// Why the templates could not be loaded (a template that does not parse: a bug caught by the tests).
    struct LoadError: Error, CustomStringConvertible {
        var template: String
        var reason: String
        var description: String { "\(template): \(reason)" }
    }

    /// Every `*.mustache` file of `Sources/WebUI/Pages`, by name without the extension.
    static let library: Result<MustacheLibrary, LoadError> = {
        var library = MustacheLibrary()
        for (file, text) in EmbeddedFiles.contents where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            do {
                try library.register(text, named: name)
            } catch {
                return .failure(LoadError(template: name, reason: "\(error)"))
            }
        }
        return .success(library)
    }()

    /// The site's style sheet (`site.css`).
    static let styleSheet = EmbeddedFiles.contents["site.css"] ?? ""

    /// How pages print (`printing.css`): A4, without buttons, forms and menus, wide tables on landscape pages. Linked
    /// for print on every page, and for the screen too in a print view (``PrintView``).
    static let printStyleSheet = EmbeddedFiles.contents["printing.css"] ?? ""

    /// The hashes of the inline scripts of the templates (the login page's), for the Content-Security-Policy.
    static let scriptHashes: [String] = EmbeddedFiles.contents.values.flatMap { text -> [String] in
        var hashes: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "<script>"),
            let close = rest.range(of: "</script>", range: open.upperBound..<rest.endIndex)
        {
            let script = rest[open.upperBound..<close.lowerBound]
            hashes.append("'sha256-" + Data(SHA256.hash(data: Data(script.utf8))).base64EncodedString() + "'")
            rest = rest[close.upperBound...]
        }
        return hashes
    }.sorted()

    /// Nothing from outside the node; scripts only the ones the templates carry; forms post only here; no framing.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
        + "base-uri 'none'; script-src " + (scriptHashes.isEmpty ? "'none'" : scriptHashes.joined(separator: " "))
}

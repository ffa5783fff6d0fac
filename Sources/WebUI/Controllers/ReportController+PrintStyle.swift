import Foundation
import Hummingbird
import ReportModel
import ReportRepository
import SyncServer

extension ReportController {
    /// `GET /reports/AGENCY/YEAR/print.css` (`?rev=ID`): the printed report's footer as CSS page-margin boxes, so
    /// that every printed page — the landscape page of table 4 as well as the portrait ones — says which report, its
    /// status, whose revision and when it was printed, with the page number.
    ///
    /// A style sheet of its own because the pages' Content-Security-Policy allows only the site's style sheets
    /// (`style-src 'self'`), and the footer's text changes with each report and each print.
    @Sendable func printStyle(_ request: Request, context: NodeRequestContext) async throws -> Response {
        let session = services.session(request, context)
        let key = try ReportAddress.key(from: context)
        let access = try session.requireAccess(request, toAgency: key.agency)
        let revision = try ReportAddress.revision(request.uri.queryParameters.get("rev"))
        let state = try await services.catalog.state(of: key)
        let details = try await self.details(of: key, revision: revision, scope: access.scope)
        // (in the page's language: an English page printed a Chinese footer)
        let words = services.renderer.words("report", session).report
        let (head, published) = (state.head.id, state.published)
        let generations = try await services.run { () async throws(RepositoryError) in
            try await services.repository.generations(
                of: [head] + (published.map { [$0] } ?? []), scope: access.scope)
        }
        let printed = PrintedRevision(
            generation: details.generation, isDraft: details.revision.id == head, draft: generations[head],
            published: published.flatMap { generations[$0] }, isPublished: details.revision.id == published,
            author: details.revision.content.author, saved: details.revision.content.time)
        let footer = words.printFooter(state: state, revision: printed, printed: Date())
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/css; charset=utf-8", .cacheControl: "no-store", .xContentTypeOptions: "nosniff",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: Self.printFooterStyle(footer, page: words.printPage))))
    }

    /// The page rules that print a footer on every page: the text at the left, the page number at the right, never
    /// broken over two lines (`第 1` over `页` had been printed beside a long footer, rv105 F11).
    static func printFooterStyle(_ footer: String, page: (before: String, after: String) = ("第 ", " 页")) -> String {
        """
        @page {
          @bottom-left { content: \(cssString(footer)); font-size: 8pt; color: #333; }
          @bottom-right { content: \(cssString(page.before)) counter(page) \(cssString(page.after)); font-size: 8pt; color: #333; white-space: nowrap; }
        }

        """
    }

    /// A time as the printed footer shows it, never broken inside (`2026-12-` over `07 11:25`): a no-break space
    /// between the date and the hour, a word joiner (U+2060, shown as nothing) after each hyphen.
    static func unbroken(_ time: String) -> String {
        time.replacingOccurrences(of: " ", with: "\u{A0}").replacingOccurrences(of: "-", with: "-\u{2060}")
    }

    /// A text as a CSS string literal: quotes, backslashes and line breaks escaped, so that report names cannot
    /// end the string or the rule.
    static func cssString(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n", "\r", "\u{0C}": escaped += "\\A "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    escaped += "\\" + String(scalar.value, radix: 16) + " "
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return escaped + "\""
    }
}

/// The revision a printed report shows, as its footer names it: its number, and whether it is the current draft
/// (else the draft's number and the published one's).
struct PrintedRevision {
    /// Its generation (第 N 版).
    let generation: Int?
    /// Whether it is the report's current draft.
    let isDraft: Bool
    /// The current draft's generation.
    let draft: Int?
    /// The published revision's generation, if any.
    let published: Int?
    /// Whether it is the published revision.
    let isPublished: Bool
    /// Who saved it, and when.
    let author: String
    let saved: Date
}

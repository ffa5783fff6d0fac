import Foundation
import Hummingbird

/// The fields of a submitted HTML form (`application/x-www-form-urlencoded`), in order.
struct FormFields: Sendable {
    /// The largest form body the pages accept: 64 KiB (a merge of a few hundred units).
    static let maxBytes = 64 * 1024

    /// The name–value pairs, in the order the browser sent them.
    var pairs: [(name: String, value: String)]

    /// Reads a form's text.
    init(_ text: String) {
        pairs = text.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    /// Reads the form a request carries.
    ///
    /// - Throws: ``WebError/badRequest(_:)`` for a body that is not a form or is larger than ``maxBytes``.
    static func read(_ request: Request) async throws(WebError) -> FormFields {
        guard isForm(request) else {
            throw .badRequest(
                "请通过页面上的表单提交（application/x-www-form-urlencoded）。",
                english: "Send it with the page's form (application/x-www-form-urlencoded).")
        }
        do {
            let buffer = try await request.body.collect(upTo: maxBytes)
            return FormFields(String(buffer: buffer))
        } catch {
            throw unreadable
        }
    }

    /// Whether a request's body is a page form.
    static func isForm(_ request: Request) -> Bool {
        (request.headers[.contentType]?.lowercased() ?? "").hasPrefix("application/x-www-form-urlencoded")
    }

    /// The error for a form body larger than ``maxBytes``, or one that broke off.
    static let unreadable = WebError.badRequest(
        "表单内容过大或无法读取（上限 \(maxBytes / 1024) KB）。",
        english: "The form is too large or cannot be read (at most \(maxBytes / 1024) KB).")

    /// The first value of a field.
    func value(_ name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// Every pair whose name starts with a prefix, with the prefix removed.
    func values(withPrefix prefix: String) -> [(name: String, value: String)] {
        pairs.compactMap { pair in
            pair.name.hasPrefix(prefix) ? (String(pair.name.dropFirst(prefix.count)), pair.value) : nil
        }
    }

    /// A field's value as typed: `+` a space, percent escapes decoded, and a browser's CRLF line breaks (how HTML
    /// sends a text box's lines) one line break each, as the box counted them.
    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        let decoded = spaced.removingPercentEncoding ?? spaced
        return decoded.replacingOccurrences(of: "\r\n", with: "\n")
    }
}

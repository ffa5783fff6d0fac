import Foundation
import Hummingbird
import ReportDiff
import ReportModel

/// What a person wrote into the text boxes of a form, kept aside before the form is handled so that a refused form
/// (a login that ran out, a stale page, a refused character) does not lose it: the error page shows it to copy.
struct TypedText: Sendable {
    /// One text box's content, with the box's name as the page showed it, in Chinese and in English.
    struct Field: Sendable, Equatable {
        let label: String
        let englishLabel: String
        let text: String
        /// How many characters it has, as the node counts them (``ReportRepository/fitsNoteLength(_:)``).
        let count: Int

        init(label: String, englishLabel: String, text: String) {
            self.label = label
            self.englishLabel = englishLabel
            self.text = text
            count = text.unicodeScalars.count
        }
    }

    /// The boxes that held something.
    let texts: [Field]

    /// Nothing kept: not a form, or a form without text boxes.
    static let none = TypedText(texts: [])

    /// The labels of the forms' free-text boxes, by field name; the conflict page's boxes are `edit:UNIT`.
    private static let labels = [
        "text": ("批注或回复", "Comment or reply"), "comment": ("退回意见", "Correction request"), "reason": ("理由", "Reason"),
    ]
    private static let editPrefix = "edit:"

    /// Reads a page form's body ahead of its route, leaving it in the request for the route to read again, and keeps
    /// its free text. Anything but a form (an upload, the sync API's JSON) is left untouched.
    ///
    /// - Throws: ``WebError/badRequest(_:)`` for a form larger than ``FormFields/maxBytes``.
    static func keep(_ request: inout Request) async throws(WebError) -> TypedText {
        guard request.method == .post, FormFields.isForm(request) else { return .none }
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: FormFields.maxBytes)
        } catch {
            throw FormFields.unreadable
        }
        let form = FormFields(String(buffer: buffer))
        return TypedText(
            texts: form.pairs.compactMap { pair in
                let text = pair.value.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !text.isEmpty else { return nil }
                if let label = labels[pair.name] {
                    return Field(label: label.0, englishLabel: label.1, text: pair.value)
                }
                guard pair.name.hasPrefix(editPrefix) else { return nil }
                // (the place named as the conflict page names it, `一、（一）第 2 段`, never the store's unit id:
                // rv115 F5)
                let unit = String(pair.name.dropFirst(editPrefix.count))
                let place = { (language: Language) in
                    UnitID(unit).map { UnitPlace.label(of: $0, in: nil, language: language) } ?? unit
                }
                return Field(
                    label: "编辑后的内容（\(place(.chinese))）", englishLabel: "Edited text (\(place(.english)))",
                    text: pair.value)
            })
    }
}

import Foundation

/// Reads a .docx's footnotes or endnotes part (`word/footnotes.xml`, `word/endnotes.xml`): each note's text by its
/// id, its paragraphs joined by a line break. Word's separator notes (`w:type="separator"` and the like) hold no
/// text of the report and are left out.
final class NoteCollector: XMLPartHandler {
    /// The notes' texts by id.
    private(set) var texts: [String: String] = [:]
    private var id: String?
    private var paragraphs: [String] = []
    private var inText = false

    func interest(in name: XMLName, namespace: XMLNamespace) -> XMLInterest {
        guard namespace == .word else { return .ignore }
        switch name {
        case .footnote, .endnote, .p, .t: return .forward
        // (XMLInterest.skip: a note's deleted text, field codes and moved-away text are not read, as in the body)
        case .delText, .instrText, .delInstrText, .moveFrom: return .skip
        default: return .ignore
        }
    }

    var readsText: Bool { true }

    func start(_ element: XMLElementView) {
        switch element.name {
        case .footnote, .endnote:
            // (separator, continuationSeparator, continuationNotice: Word's lines, not the report's)
            let isNote = (element.attribute("type") ?? "normal") == "normal"
            id = isNote ? element.attribute("id") : nil
            paragraphs = []
        case .p where id != nil: paragraphs.append("")
        case .t: inText = true
        default: break
        }
    }

    func end(_ name: XMLName, namespace: XMLNamespace) {
        switch name {
        case .t: inText = false
        case .footnote, .endnote:
            if let id {
                let text = paragraphs.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
                    .joined(separator: "\n")
                if !text.isEmpty { texts[id] = text }
            }
            id = nil
        default: break
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard inText, id != nil, !paragraphs.isEmpty else { return }
        paragraphs[paragraphs.count - 1] += String(decoding: bytes, as: UTF8.self)
    }
}

import DocumentLayout

// The footnotes and endnotes of a Word document as `DocumentHandler` reads them: each reference a raised number where
// it stands, each note's text a paragraph at the end of the document.
extension DocumentHandler {
    /// A footnote or an endnote.
    enum NoteKind: Hashable {
        case footnote, endnote

        /// How the note's paragraph at the end of the document begins: `注1：`, `尾注1：`.
        func label(_ number: Int?) -> String {
            (self == .footnote ? "注" : "尾注") + (number.map(String.init) ?? "") + "："
        }
    }

    /// The document's footnotes and endnotes (their texts by kind and id, read beforehand), and the ones the text
    /// refers to, in order: each reference is its note's number, raised, where it stands (not in a table's cell, so
    /// that a cell's number is not made unreadable by it), and each note's text a paragraph at the end of the
    /// document (`注1：数据来源：…`) — Word prints them at the foot of the page; they had been left out unseen.
    struct Notes {
        /// The notes' texts by kind and id.
        var texts: [NoteKind: [String: String]] = [:]
        /// The references in the order of the text, with the number each shows.
        var referenced: [(kind: NoteKind, id: String, number: Int?)] = []
        /// How many numbered references of each kind the text has had.
        var counts: [NoteKind: Int] = [:]
    }

    /// The blocks, once the part is read: a paragraph whose mark was removed at the very end is kept as it is; the
    /// notes referred to follow, one paragraph each.
    func finish() -> [LayoutBlock] {
        emitCarried()
        var seen: Set<String> = []
        for note in notes.referenced where seen.insert("\(note.kind)\u{1F}\(note.id)").inserted {
            guard let text = notes.texts[note.kind]?[note.id] else { continue }
            blocks.append(.paragraph(LayoutParagraph(note.kind.label(note.number) + text)))
        }
        return blocks
    }

    /// A reference to a footnote or an endnote in a run: its number, counted in the order of the text (a mark of
    /// its own, `w:customMarkFollows`, is the run's text that follows), raised where it stands outside a table.
    func noteReference(_ kind: NoteKind, _ element: XMLElementView) {
        guard let id = element.attribute("id"), deletedDepth == 0, !(runs.last?.format.isHidden ?? false) else {
            return
        }
        let custom = ["1", "true", "on"].contains(element.attribute("customMarkFollows") ?? "")
        var number: Int?
        if !custom {
            let next = (notes.counts[kind] ?? 0) + 1
            notes.counts[kind] = next
            number = next
            if cells.isEmpty, !paragraphs.isEmpty {
                paragraphs[paragraphs.count - 1].text.append(
                    RaisedText.text(String(next), .superscript), shift: runs.last?.format.shift ?? 0)
            }
        }
        notes.referenced.append((kind, id, number))
    }
}

import DocumentLayout

// How `DocumentHandler` builds paragraphs: a run's text added to the open paragraph as it shows, a paragraph whose
// mark was removed carried into the next, finished blocks put in their cell or the body.
extension DocumentHandler {
    /// The format of a run of the open paragraph without properties of its own, worked out once per paragraph.
    func plainRunFormat() -> RunFormat {
        guard let paragraph = paragraphs.last else { return RunFormat() }
        if let format = paragraph.plainRunFormat { return format }
        let format = runStyles.format(of: RunProperties(), characterStyle: nil, paragraphStyle: paragraph.style)
        paragraphs[paragraphs.count - 1].plainRunFormat = format
        return format
    }

    /// Adds text of the current run to the open paragraph: nothing of deleted or hidden text, nor of a content
    /// control's placeholder; raised text in its raised form, struck text struck (``StruckText``).
    /// Text hidden only in a web view, or of a colour that may not show, is kept; in a table cell, the paragraph's
    /// text without it is kept beside.
    func append(_ text: String) {
        guard !paragraphs.isEmpty, deletedDepth == 0, !fieldCodes.contains(true), !contentControls.contains(true)
        else { return }
        let format = runs.last?.format ?? RunFormat()
        let last = paragraphs.count - 1
        let background =
            format.background ?? paragraphs[last].shading ?? cells.last?.shading ?? tables.last?.background
            ?? .colour(.white)
        guard let (shown, reason) = format.read(text, on: background) else { return }
        if let reason, !cells.isEmpty {
            if paragraphs[last].textWithout == nil { paragraphs[last].textWithout = paragraphs[last].text }
            cells[cells.count - 1].uncertainReason = cells[cells.count - 1].uncertainReason ?? reason
        }
        paragraphs[last].text.append(shown, shift: format.shift)
        if reason == nil { paragraphs[last].textWithout?.append(shown, shift: format.shift) }
    }

    /// Opens a paragraph, beginning with the text of the one before it at the same place if that one's mark was
    /// removed.
    func startParagraph() {
        var paragraph = OpenParagraph()
        if let carried, carried.level == paragraphs.count, carried.cellDepth == cells.count {
            paragraph.text = ShiftedText(carried.text)
            paragraph.textWithout = carried.textWithout.map { ShiftedText($0) }
            self.carried = nil
        }
        paragraphs.append(paragraph)
    }

    /// Emits, as a paragraph of its own, text carried from a paragraph whose mark was removed when no paragraph
    /// follows it at its place (a table, the end of a cell or of the document).
    func emitCarried() {
        guard let carried else { return }
        self.carried = nil
        guard !carried.text.allSatisfy(\.isWhitespace) else { return }
        emit(
            .paragraph(LayoutParagraph(carried.text)),
            without: carried.textWithout.map { .paragraph(LayoutParagraph($0)) })
    }

    /// A complex field's `w:fldChar`: `begin` opens its code, `separate` its result, `end` closes it.
    func field(_ type: String?) {
        switch type {
        case "begin": fieldCodes.append(true)
        case "separate": if !fieldCodes.isEmpty { fieldCodes[fieldCodes.count - 1] = false }
        case "end": _ = fieldCodes.popLast()
        default: break
        }
    }

    func endParagraph() {
        // A field's code ends within its paragraph: one still open here is broken (no `separate` or `end`), and the
        // text after it is the document's again, never hidden to its end.
        fieldCodes.removeAll { $0 }
        guard let paragraph = paragraphs.popLast() else { return }
        var text = paragraph.text.text
        var textWithout = paragraph.textWithout?.text
        // Text carried out of a paragraph nested in this one (a text box) has nothing left to join there.
        if let carried, carried.level > paragraphs.count { emitCarried() }
        if paragraph.markRemoved {
            // Word shows it as one paragraph with the next, under the next one's mark: no number of its own.
            carried = CarriedText(
                text: text, textWithout: textWithout, level: paragraphs.count, cellDepth: cells.count)
            return
        }
        if let list = numbering.resolve(numId: paragraph.numId, level: paragraph.level, style: paragraph.style),
            !text.allSatisfy(\.isWhitespace),
            let label = numbering.nextLabel(numId: list.numId, level: list.level)
        {
            text = Numbering.labelled(text, label: label.text, separated: label.separated)
            textWithout = textWithout.map { Numbering.labelled($0, label: label.text, separated: label.separated) }
        }
        // Inside a table cell an empty paragraph still separates lines; elsewhere it is only spacing.
        if cells.isEmpty, text.allSatisfy(\.isWhitespace) { return }
        let asWritten = paragraph.style.map(numbering.asWrittenStyles.contains) ?? false
        emit(
            .paragraph(LayoutParagraph(text, asWritten: asWritten)),
            without: textWithout.map { .paragraph(LayoutParagraph($0, asWritten: asWritten)) })
    }

    /// Puts a finished block where it belongs: the innermost open cell, else the body. In a cell, `without` is the
    /// block without the text hidden in a web view, when it has some.
    func emit(_ block: LayoutBlock, without: LayoutBlock? = nil) {
        guard !cells.isEmpty else {
            blocks.append(block)
            return
        }
        let last = cells.count - 1
        if let without {
            cells[last].blocksWithout = (cells[last].blocksWithout ?? cells[last].blocks) + [without]
        } else {
            cells[last].blocksWithout?.append(block)
        }
        cells[last].blocks.append(block)
    }

    /// The character of a `w:sym` (`F02C`: a symbol font's character, in the private use area where Word keeps
    /// them), or U+FFFD for a code that is none: never nothing, so that the digits on either side stay apart.
    static func symbol(_ code: String?) -> String {
        guard let value = code.flatMap({ UInt32($0, radix: 16) }), let scalar = Unicode.Scalar(value) else {
            return "\u{FFFD}"
        }
        return String(Character(scalar))
    }
}

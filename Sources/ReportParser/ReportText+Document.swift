import ReportModel

// How a report's paragraphs are written into a laid-out document (a .docx) so that reading the document gives each
// paragraph back exactly: the counterpart of ``ReportText/needsEscape(_:afterTable:inPreamble:)`` for files whose
// paragraphs are never joined and whose tables are grids.

extension ReportText {
    /// The text to write as one paragraph of a laid-out document so that reading it back gives `text` as a
    /// paragraph: `text` itself, or `text` after the escape mark `\\` when it would read as something else — a
    /// heading, a table caption, the title (before the first section), or text the reader trims.
    ///
    /// - Parameters:
    ///   - text: The paragraph's text as written.
    ///   - inPreamble: Whether the paragraph comes before the first section, where a short line may read as the title.
    /// - Returns: The line to write.
    public static func documentParagraph(_ text: String, inPreamble: Bool) -> String {
        documentParagraphNeedsEscape(text, inPreamble: inPreamble) ? SourceLine.escapeMark + text : text
    }

    static func documentParagraphNeedsEscape(_ text: String, inPreamble: Bool) -> Bool {
        if text.hasPrefix(SourceLine.escapeMark) { return true }
        let line = SourceLine(number: 1, raw: text)
        guard line.text == text, LineKind.of(line) == .text, !LayoutCaptions.isCaption(line.text) else { return true }
        if inPreamble, ReportIdentity.mayReadAsTitle(text) { return true }
        return false
    }
}

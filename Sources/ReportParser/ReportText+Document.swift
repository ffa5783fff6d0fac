import ReportModel

// How a report's paragraphs are written into a laid-out document (a .docx) so that reading the document gives each
// paragraph back exactly: the counterpart of ``ReportText/needsEscape(_:afterTable:inPreamble:)`` for files whose
// paragraphs are never joined and whose tables are grids.

extension ReportText {
    /// Whether a paragraph of a laid-out document would read back as something else than that paragraph — a
    /// heading, a table caption, the title (before the first section), the first row of a table typed as rows of
    /// tab-separated text, or text the reader trims — so that its writer marks it as written: the Word writer gives
    /// it the paragraph style that says so (`BodyTextAsWritten`), and the reader reads it as a line after the escape
    /// mark `\`.
    ///
    /// - Parameters:
    ///   - text: The paragraph's text as written.
    ///   - inPreamble: Whether the paragraph comes before the first section, where a short line may read as the title.
    public static func documentParagraphNeedsEscape(_ text: String, inPreamble: Bool) -> Bool {
        if text.hasPrefix(SourceLine.escapeMark) { return true }
        let line = SourceLine(number: 1, raw: text)
        guard line.text == text, LineKind.of(line) == .text, !LayoutCaptions.isCaption(line.text),
            !LayoutCaptions.isContinuation(line.text)
        else { return true }
        if line.hasTab, TableRegion.start(at: line, kind: .text) != nil { return true }
        if inPreamble, ReportIdentity.mayReadAsTitle(text) { return true }
        return false
    }
}

import ReportModel

extension SourceLine {
    /// A line of a paragraph of a laid-out document (.docx, PDF, web page), read as a line of a text file is, except
    /// that the marks only a text report writes are characters someone typed: a leading `\` (the escape mark),
    /// Markdown's heading marks `#` and bold marks `**`. A line those marks would change is read as written (after the
    /// escape mark), unless taking them off leaves a heading (`## 一、总体情况`, `**（一）主动公开情况**`: Markdown pasted
    /// into Word, whose marks were never meant as text) or a line of a table's layout (`**第二十条第（一）项**`,
    /// `**单位：元**`). A line holding a tab keeps its tabs' meaning (a table typed
    /// as rows of tab-separated text) and is read as before.
    ///
    /// - Parameters:
    ///   - number: The paragraph's block number.
    ///   - text: The line's text.
    ///   - asWritten: Whether the document marks the paragraph as written (Nianbao's own Word file does so for a
    ///     paragraph that would read as something else).
    static func ofParagraph(number: Int, text: String, asWritten: Bool) -> SourceLine {
        if asWritten { return SourceLine(number: number, raw: escapeMark + text) }
        let line = SourceLine(number: number, raw: text)
        guard !line.hasTab, !line.isBlank else { return line }
        let typed = line.raw.trimmingLayoutSpace()
        guard line.text != typed, line.isEscaped || LineKind.of(line) == .text else { return line }
        // (a caption, `（续表）` or a unit line in bold is the table's layout still: rv106 F7)
        guard line.isEscaped || !isLayout(line.text) else { return line }
        return SourceLine(number: number, raw: escapeMark + typed)
    }

    /// Whether a line is part of a table's layout: a row group's caption, `（续表）`, a unit (`单位：元`).
    private static func isLayout(_ text: String) -> Bool {
        LayoutCaptions.isCaption(text) || LayoutCaptions.isContinuation(text) || HeaderUnit.isLayoutStatement(text)
    }
}

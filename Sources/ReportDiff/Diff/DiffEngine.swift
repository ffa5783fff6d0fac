public import ReportModel

/// Compares two reports section by section, paragraph by paragraph and cell by cell.
///
/// ```swift
/// let script = DiffEngine().diff(from: report2023, to: report2024)
/// let text = TextDiffRenderer(colour: false).render(script)
/// ```
public struct DiffEngine: Sendable {
    /// How reports are compared.
    public var options: DiffOptions

    /// Creates an engine.
    public init(options: DiffOptions = DiffOptions()) {
        self.options = options
    }

    /// Compares an older report with a newer one.
    ///
    /// Sections are aligned by number and title (tolerant of renumbering, title edits and numbering style);
    /// paragraphs within a section are aligned as units (moves are moves, to another section too); a changed paragraph gets a
    /// character-level diff; tables are compared cell by cell on their keys. In year mode (see
    /// ``DiffOptions/YearMode``) the year moving on is no change, and stale years and paragraphs carried over
    /// are findings.
    ///
    /// - Parameters:
    ///   - old: The older report (last year's, or the earlier draft).
    ///   - new: The newer report.
    /// - Returns: The edit script.
    /// - Complexity: O(n) in the reports' size for the usual pair of reports that share most of their text; the
    ///   character diff of each changed paragraph is O(l · d) in its length and its changes.
    public func diff(from old: Report, to new: Report) -> ReportEditScript {
        var context = DiffContext(old: old, new: new, options: options)
        let fields = context.fieldChanges()
        var preamble = context.diffBlocks(old: .preamble, new: .preamble)
        var sections = context.diffSectionLists(oldParent: [], newParent: [])
        context.pairCrossParentMoves(&sections)
        context.pairParagraphMoves(preamble: &preamble, sections: &sections)
        return ReportEditScript(
            old: ScriptHeader(old.title, agency: old.agency, year: old.year),
            new: ScriptHeader(new.title, agency: new.agency, year: new.year),
            yearShift: context.shift, fields: fields, preamble: preamble, sections: sections,
            findings: context.findings)
    }
}

import ReportModel

// Naming a report's year and agency once it is read: from its title, or its opening sentences when the title does
// not tell.

extension ReportIdentity {
    /// Sets the report's year and agency from its title, else from its preamble and the first paragraphs of its
    /// first section.
    static func identify(_ report: inout Report) {
        let opening =
            report.preamble.compactMap(\.paragraph?.text)
            + (report.sections.first?.allParagraphs.prefix(3).map(\.text) ?? [])
        // The title first; the opening sentences are read only when it does not tell (`??` evaluates its right side
        // only when needed, and most titles name both).
        report.year =
            report.title.flatMap(ReportIdentity.year(in:))
            ?? opening.lazy.compactMap(ReportIdentity.statisticsYear(in:)).first
            ?? opening.lazy.compactMap { text in
                ReportIdentity.agency(inSentence: text) != nil ? ReportIdentity.year(in: text) : nil
            }.first
        report.agency =
            report.title.flatMap(ReportIdentity.agency(inTitle:))
            ?? opening.lazy.compactMap(ReportIdentity.agency(inSentence:)).first
    }
}

import Foundation
public import ReportModel

/// The edit script as one self-contained HTML page in Chinese (or English): a summary, the findings, the changed
/// cells, then the two reports side by side section by section with their changes highlighted.
///
/// The page has inline CSS and no external assets, `lang="zh-CN"` (`en`), and every piece of report text escaped.
/// Its own words are in its language (``HTMLDiffWords``); what the reports say is shown as written.
public struct HTMLDiffRenderer: DiffRenderer {
    /// The language of the page's own words.
    public let language: Language
    let words: HTMLDiffWords

    /// Creates a renderer.
    ///
    /// - Parameter language: The language of the page's own words (the legend, the headings of the comparison, the
    ///   names of the changes); by default the process's (`--lang en`). What the reports say stays as written.
    public init(language: Language = .current) {
        self.language = language
        words = HTMLDiffWords(language)
    }

    /// Renders an edit script as an HTML page.
    public func render(_ script: ReportEditScript) -> String {
        var html = HTMLWriter()
        let oldName = words.name(script.old)
        let newName = words.name(script.new)
        html.raw(
            """
            <!DOCTYPE html>
            <html lang="\(language == .english ? "en" : "zh-CN")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(words.pageTitle) · \(HTMLEscaping.escape(oldName)) → \(HTMLEscaping.escape(newName))</title>
            <style>\(HTMLDiffStyle.css)</style>
            </head>
            <body>

            """)
        html.raw(renderBody(script))
        html.raw("</body>\n</html>\n")
        return html.text
    }

    /// Renders an edit script as the content of a page's body, for a page that has its own frame (the web pages of
    /// a node): the summary, the findings, the changed cells and the side-by-side document, every piece of report
    /// text escaped. Style it with ``styleSheet``.
    ///
    /// - Parameter script: The edit script.
    /// - Returns: HTML markup, without `<html>`, `<head>` or `<body>`.
    public func renderBody(_ script: ReportEditScript) -> String {
        var html = HTMLWriter()
        let oldName = words.name(script.old)
        let newName = words.name(script.new)
        header(script, oldName: oldName, newName: newName, into: &html)
        findings(script, into: &html)
        cells(script, into: &html)
        document(script, oldName: oldName, newName: newName, into: &html)
        return html.text
    }

    /// The style sheet the markup of ``render(_:)`` and ``renderBody(_:)`` expects.
    public static var styleSheet: String { HTMLDiffStyle.css }

    private func header(_ script: ReportEditScript, oldName: String, newName: String, into html: inout HTMLWriter) {
        html.raw("<header>\n<h1>\(words.pageTitle)</h1>\n<table class=\"meta\"><tr><th></th>")
        html.raw("<th>\(words.old)</th><th>\(words.new)</th></tr>\n")
        for (label, old, new) in [
            (words.title, script.old.title, script.new.title), (words.agency, script.old.agency, script.new.agency),
            (words.year, script.old.year.map(String.init), script.new.year.map(String.init)),
        ] {
            html.raw("<tr><th>\(label)</th><td>")
            html.text(old ?? "—")
            html.raw("</td><td>")
            html.text(new ?? "—")
            html.raw("</td></tr>\n")
        }
        html.raw("</table>\n")
        if let shift = script.yearShift {
            html.raw("<p class=\"mode\">\(words.yearMode(from: shift.from, to: shift.to))</p>\n")
        } else {
            html.raw("<p class=\"mode\">\(words.draftMode)</p>\n")
        }
        let summary = DiffSummary(script)
        let sectionCounts = [ChangeStatus.added, .removed, .modified, .moved, .renumbered]
            .compactMap { status in summary.sections[status].map { "\(status.name(in: language)) \($0)" } }
        let paragraphCounts = [ChangeStatus.added, .removed, .modified, .moved]
            .compactMap { status in summary.paragraphs[status].map { "\(status.name(in: language)) \($0)" } }
        html.raw("<ul class=\"summary\">")
        for (label, counts) in [(words.sections, sectionCounts), (words.paragraphs, paragraphCounts)] {
            html.raw(
                "<li>\(label)\(counts.isEmpty ? words.noChange : counts.joined(separator: words.listSeparator))</li>")
        }
        html.raw(
            "<li>\(words.cellsChanged(summary.cells))</li><li>\(words.findingsCount(summary.findings))</li></ul>\n")
        if !script.fields.isEmpty {
            html.raw("<ul class=\"fields\">")
            for field in script.fields {
                html.raw("<li>")
                html.text(UnitPlace.label(of: field.unit, in: nil, language: language))
                html.raw("\(words.colon)<del>")
                html.text(field.old ?? "—")
                html.raw("</del> → <ins>")
                html.text(field.new ?? "—")
                html.raw("</ins></li>")
            }
            html.raw("</ul>\n")
        }
        html.raw("</header>\n")
    }

    private func findings(_ script: ReportEditScript, into html: inout HTMLWriter) {
        guard !script.findings.isEmpty else { return }
        html.raw("<section id=\"findings\">\n<h2>\(words.findingsHeading(script.findings.count))</h2>\n<ul>\n")
        for finding in script.findings {
            switch finding.kind {
            case .staleYear:
                html.raw("<li><span class=\"tag stale\">\(words.staleYear)</span> ")
                html.text(CellLabels.section(finding.section))
                html.raw(words.staleYearText(finding.year) + "<q>")
            case .carriedOver:
                html.raw("<li><span class=\"tag carried\">\(words.carriedOver)</span> ")
                html.text(CellLabels.section(finding.section))
                html.raw(words.carriedOverText + "<q>")
            case .implausibleChange:
                html.raw("<li><span class=\"tag check\">\(words.implausible)</span> ")
                html.text(CellLabels.section(finding.section))
                html.raw(words.implausibleText + "<q>")
            }
            html.text(finding.excerpt)
            html.raw("</q></li>\n")
        }
        html.raw("</ul>\n</section>\n")
    }

    private func cells(_ script: ReportEditScript, into html: inout HTMLWriter) {
        let tables = script.tables.filter { $0.status == .modified }
        guard !tables.isEmpty else { return }
        html.raw("<section id=\"cells\">\n<h2>\(words.changedCellsHeading(script.changedCells.count))</h2>\n")
        for table in tables { cellTable(table, into: &html) }
        html.raw("</section>\n")
    }

    /// A table's changed cells, one row per table row: the changed columns, then the row's 总计.
    func cellTable(_ table: TableDiff, into html: inout HTMLWriter) {
        html.raw("<h3>")
        html.text(tableTitle(table))
        html.raw("</h3>\n")
        let rows = ChangedRow.rows(of: table)
        if !rows.isEmpty {
            let hasTotal = rows.contains { $0.total != nil }
            html.raw("<table class=\"cells\"><thead><tr><th>\(words.row)</th><th>\(words.changedColumns)</th>")
            html.raw(hasTotal ? "<th>\(words.total)</th></tr></thead><tbody>\n" : "</tr></thead><tbody>\n")
            for row in rows {
                html.raw("<tr><th scope=\"row\">")
                html.text(row.label)
                html.raw("</th><td>")
                for (index, cell) in row.cells.enumerated() {
                    if index > 0 { html.raw(words.cellSeparator) }
                    html.raw("<span class=\"change\">")
                    html.text(cell.label)
                    html.raw(" ")
                    change(cell.change, into: &html)
                    html.raw("</span>")
                }
                html.raw("</td>")
                if hasTotal {
                    html.raw("<td class=\"num\">")
                    switch row.total {
                    case .changed(let change)?: self.change(change, into: &html)
                    case .unchanged(let text)?: html.text(CellLabels.text(text, language: language) + words.unchanged)
                    case nil: html.raw("—")
                    }
                    html.raw("</td>")
                }
                html.raw("</tr>\n")
            }
            html.raw("</tbody></table>\n")
        }
        if !table.onlyOld.isEmpty || !table.onlyNew.isEmpty {
            html.raw("<p class=\"note\">\(words.unshared)</p>\n<ul class=\"unshared\">")
            for (cells, tag) in [(table.onlyOld, "del"), (table.onlyNew, "ins")] {
                for cell in cells {
                    html.raw("<li><\(tag)>")
                    html.text(
                        "\(CellLabels.row(cell.row)) × \(CellLabels.column(cell.column)) = \(CellLabels.text(cell.text, language: language))"
                    )
                    html.raw("</\(tag)></li>")
                }
            }
            html.raw("</ul>\n")
        }
    }

    /// One cell's change: `<del>10</del> → <ins>12</ins>` and its delta.
    private func change(_ change: CellChange, into html: inout HTMLWriter) {
        html.wrapped("del", CellLabels.text(change.old, language: language))
        html.raw(" → ")
        html.wrapped("ins", CellLabels.text(change.new, language: language))
        if let delta = change.delta {
            let trend = delta > 0 ? "up" : delta < 0 ? "down" : "same"
            html.raw(" <span class=\"\(trend)\">")
            html.text(words.delta(CellLabels.delta(delta)))
            html.raw("</span>")
        }
    }

    /// A table's title with what happened to it: `表三 · 修改`, `Table 3 · modified`.
    func tableTitle(_ table: TableDiff) -> String {
        CellLabels.table(table, language: language) + " · " + table.status.name(in: language)
    }

    private func document(_ script: ReportEditScript, oldName: String, newName: String, into html: inout HTMLWriter) {
        html.raw(
            "<section id=\"document\">\n<h2>\(words.sideBySide)</h2>\n<div class=\"pair head\"><div>\(words.oldSide)")
        html.text(oldName)
        html.raw("</div><div>\(words.newSide)")
        html.text(newName)
        html.raw("</div></div>\n")
        if !script.preamble.isEmpty {
            html.raw(
                "<div class=\"section\"><div class=\"pair\"><h3 class=\"old\">\(words.preamble)</h3>"
                    + "<h3 class=\"new\">\(words.preamble)</h3></div>\n")
            HTMLDiffBlocks.write(script.preamble, renderer: self, into: &html)
            html.raw("</div>\n")
        }
        for section in script.allSections {
            HTMLDiffBlocks.write(section, renderer: self, into: &html)
        }
        html.raw("</section>\n")
    }
}

import Foundation

/// The edit script as one self-contained HTML page in Chinese: a summary, the findings, the changed cells, then
/// the two reports side by side section by section with their changes highlighted.
///
/// The page has inline CSS and no external assets, `lang="zh-CN"`, and every piece of report text escaped.
public struct HTMLDiffRenderer: DiffRenderer {
    /// Creates a renderer.
    public init() {}

    /// Renders an edit script as an HTML page.
    public func render(_ script: ReportEditScript) -> String {
        var html = HTMLWriter()
        let oldName = Self.name(script.old)
        let newName = Self.name(script.new)
        html.raw(
            """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>年报比较 · \(HTMLEscaping.escape(oldName)) → \(HTMLEscaping.escape(newName))</title>
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
        let oldName = Self.name(script.old)
        let newName = Self.name(script.new)
        header(script, oldName: oldName, newName: newName, into: &html)
        findings(script, into: &html)
        cells(script, into: &html)
        document(script, oldName: oldName, newName: newName, into: &html)
        return html.text
    }

    /// The style sheet the markup of ``render(_:)`` and ``renderBody(_:)`` expects.
    public static var styleSheet: String { HTMLDiffStyle.css }

    static func name(_ summary: ScriptHeader) -> String {
        let parts = [summary.agency, summary.year.map { "\($0)年" }].compactMap { $0 }
        return parts.isEmpty ? (summary.title ?? "报告") : parts.joined(separator: " ")
    }

    private func header(_ script: ReportEditScript, oldName: String, newName: String, into html: inout HTMLWriter) {
        html.raw("<header>\n<h1>年报比较</h1>\n<table class=\"meta\"><tr><th></th><th>旧</th><th>新</th></tr>\n")
        for (label, old, new) in [
            ("标题", script.old.title, script.new.title), ("机关", script.old.agency, script.new.agency),
            ("年度", script.old.year.map(String.init), script.new.year.map(String.init)),
        ] {
            html.raw("<tr><th>\(label)</th><td>")
            html.text(old ?? "—")
            html.raw("</td><td>")
            html.text(new ?? "—")
            html.raw("</td></tr>\n")
        }
        html.raw("</table>\n")
        if let shift = script.yearShift {
            html.raw("<p class=\"mode\">按年度比较：\(shift.from)年 → \(shift.to)年 的年份变化属正常，不标为修改。</p>\n")
        } else {
            html.raw("<p class=\"mode\">按稿本比较：所有差异均标出。</p>\n")
        }
        let summary = DiffSummary(script)
        let sectionCounts = [ChangeStatus.added, .removed, .modified, .moved, .renumbered]
            .compactMap { status in summary.sections[status].map { "\(status.chineseName) \($0)" } }
        let paragraphCounts = [ChangeStatus.added, .removed, .modified, .moved]
            .compactMap { status in summary.paragraphs[status].map { "\(status.chineseName) \($0)" } }
        html.raw("<ul class=\"summary\">")
        html.raw("<li>章节：\(sectionCounts.isEmpty ? "无变化" : sectionCounts.joined(separator: "，"))</li>")
        html.raw("<li>段落：\(paragraphCounts.isEmpty ? "无变化" : paragraphCounts.joined(separator: "，"))</li>")
        html.raw("<li>单元格：变动 \(summary.cells) 个</li><li>发现：\(summary.findings) 条</li></ul>\n")
        if !script.fields.isEmpty {
            html.raw("<ul class=\"fields\">")
            for field in script.fields {
                html.raw("<li>\(Self.fieldName(field.unit))：<del>")
                html.text(field.old ?? "—")
                html.raw("</del> → <ins>")
                html.text(field.new ?? "—")
                html.raw("</ins></li>")
            }
            html.raw("</ul>\n")
        }
        html.raw("</header>\n")
    }

    private static func fieldName(_ unit: UnitID) -> String {
        unit.components.first == .agency ? "机关名称" : UnitPlace.label(of: unit, in: nil)
    }

    private func findings(_ script: ReportEditScript, into html: inout HTMLWriter) {
        guard !script.findings.isEmpty else { return }
        html.raw("<section id=\"findings\">\n<h2>发现（\(script.findings.count)）</h2>\n<ul>\n")
        for finding in script.findings {
            switch finding.kind {
            case .staleYear:
                html.raw("<li><span class=\"tag stale\">年份未更新</span> ")
                html.text(CellLabels.section(finding.section))
                html.raw(" 仍写“\(finding.year.map(String.init) ?? "")年”（上年报告此处为其本年度）：<q>")
            case .carriedOver:
                html.raw("<li><span class=\"tag carried\">照搬上年</span> ")
                html.text(CellLabels.section(finding.section))
                html.raw(" 与上年报告一字不差：<q>")
            case .implausibleChange:
                html.raw("<li><span class=\"tag check\">请核实</span> ")
                html.text(CellLabels.section(finding.section))
                html.raw(" 数字与上年相差悬殊（十倍以上，或由 0 变为 100 以上），请核对：<q>")
            }
            html.text(finding.excerpt)
            html.raw("</q></li>\n")
        }
        html.raw("</ul>\n</section>\n")
    }

    private func cells(_ script: ReportEditScript, into html: inout HTMLWriter) {
        let tables = script.tables.filter { $0.status == .modified }
        guard !tables.isEmpty else { return }
        html.raw("<section id=\"cells\">\n<h2>变动的单元格（\(script.changedCells.count)）</h2>\n")
        for table in tables { cellTable(table, into: &html) }
        html.raw("</section>\n")
    }

    /// A table's changed cells, one row per table row: the changed columns, then the row's 总计.
    func cellTable(_ table: TableDiff, into html: inout HTMLWriter) {
        html.raw("<h3>")
        html.text(Self.tableTitle(table))
        html.raw("</h3>\n")
        let rows = ChangedRow.rows(of: table)
        if !rows.isEmpty {
            let hasTotal = rows.contains { $0.total != nil }
            html.raw("<table class=\"cells\"><thead><tr><th>行</th><th>变动的栏目</th>")
            html.raw(hasTotal ? "<th>总计</th></tr></thead><tbody>\n" : "</tr></thead><tbody>\n")
            for row in rows {
                html.raw("<tr><th scope=\"row\">")
                html.text(row.label)
                html.raw("</th><td>")
                for (index, cell) in row.cells.enumerated() {
                    if index > 0 { html.raw("；") }
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
                    case .unchanged(let text)?: html.text(CellLabels.text(text) + "（未变）")
                    case nil: html.raw("—")
                    }
                    html.raw("</td>")
                }
                html.raw("</tr>\n")
            }
            html.raw("</tbody></table>\n")
        }
        if !table.onlyOld.isEmpty || !table.onlyNew.isEmpty {
            html.raw("<p class=\"note\">两表格式不同，以下单元格只在一方，未比较：</p>\n<ul class=\"unshared\">")
            for (cells, tag) in [(table.onlyOld, "del"), (table.onlyNew, "ins")] {
                for cell in cells {
                    html.raw("<li><\(tag)>")
                    html.text(
                        "\(CellLabels.row(cell.row)) × \(CellLabels.column(cell.column)) = \(CellLabels.text(cell.text))"
                    )
                    html.raw("</\(tag)></li>")
                }
            }
            html.raw("</ul>\n")
        }
    }

    /// One cell's change: `<del>10</del> → <ins>12</ins>` and its delta.
    private func change(_ change: CellChange, into html: inout HTMLWriter) {
        html.wrapped("del", CellLabels.text(change.old))
        html.raw(" → ")
        html.wrapped("ins", CellLabels.text(change.new))
        if let delta = change.delta {
            let trend = delta > 0 ? "up" : delta < 0 ? "down" : "same"
            html.raw(" <span class=\"\(trend)\">")
            html.text("（\(CellLabels.delta(delta))）")
            html.raw("</span>")
        }
    }

    static func tableTitle(_ table: TableDiff) -> String {
        CellLabels.table(table) + " · " + table.status.chineseName
    }

    private func document(_ script: ReportEditScript, oldName: String, newName: String, into html: inout HTMLWriter) {
        html.raw("<section id=\"document\">\n<h2>逐节对照</h2>\n<div class=\"pair head\"><div>旧：")
        html.text(oldName)
        html.raw("</div><div>新：")
        html.text(newName)
        html.raw("</div></div>\n")
        if !script.preamble.isEmpty {
            html.raw(
                "<div class=\"section\"><div class=\"pair\"><h3 class=\"old\">导语</h3><h3 class=\"new\">导语</h3></div>\n")
            HTMLDiffBlocks.write(script.preamble, renderer: self, into: &html)
            html.raw("</div>\n")
        }
        for section in script.allSections {
            HTMLDiffBlocks.write(section, renderer: self, into: &html)
        }
        html.raw("</section>\n")
    }
}

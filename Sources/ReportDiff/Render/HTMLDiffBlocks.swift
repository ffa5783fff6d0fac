import ReportModel

/// The side-by-side part of the HTML page: one row per section heading, paragraph and table.
enum HTMLDiffBlocks {
    /// Writes a section's heading row and its blocks.
    static func write(_ section: SectionDiff, renderer: HTMLDiffRenderer, into html: inout HTMLWriter) {
        let depth = max(1, section.shown.path.count)
        html.raw("<div class=\"section s-\(section.status.rawValue) depth-\(min(depth, 4))\">\n<div class=\"pair\">")
        html.raw("<h3 class=\"old\">")
        if let old = section.old { html.text(old.heading) }
        html.raw("</h3><h3 class=\"new\">")
        if let new = section.new { html.text(new.heading) }
        var badges = [section.status]
        if section.isMoved, section.status != .moved { badges.append(.moved) }
        if section.isRenumbered, section.status != .renumbered { badges.append(.renumbered) }
        for badge in badges where badge != .unchanged {
            html.raw(" <span class=\"badge b-\(badge.rawValue)\">\(badge.name(in: renderer.language))</span>")
        }
        html.raw("</h3></div>\n")
        write(section.blocks, renderer: renderer, into: &html)
        html.raw("</div>\n")
    }

    /// Writes blocks as rows of two columns.
    static func write(_ blocks: [BlockDiff], renderer: HTMLDiffRenderer, into html: inout HTMLWriter) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): write(paragraph, words: renderer.words, into: &html)
            case .table(let table):
                html.raw("<div class=\"table-diff t-\(table.status.rawValue)\">")
                if table.status == .modified {
                    renderer.cellTable(table, into: &html)
                } else {
                    html.raw("<p>")
                    html.text(renderer.tableTitle(table))
                    let count = (table.new ?? table.old)?.cells.count ?? 0
                    html.raw(renderer.words.cellCount(count) + "</p>")
                }
                html.raw("</div>\n")
            }
        }
    }

    private static func write(_ paragraph: ParagraphDiff, words: HTMLDiffWords, into html: inout HTMLWriter) {
        html.raw("<div class=\"pair p-\(paragraph.status.rawValue)\"><div class=\"old\">")
        switch paragraph.status {
        case .modified:
            for segment in paragraph.segments where segment.operation != .insert {
                segment.operation == .delete
                    ? html.wrapped("del", segment.text) : html.text(segment.oldText ?? segment.text)
            }
        case .removed:
            html.wrapped("del", paragraph.oldText ?? "")
        case .added:
            break
        case .moved, .unchanged, .renumbered:
            html.text(paragraph.oldText ?? "")
        }
        html.raw("</div><div class=\"new\">")
        if paragraph.isMoved { html.raw("<span class=\"badge b-moved\">\(words.moved)</span> ") }
        if let from = paragraph.oldUnit {
            html.raw("<span class=\"note\">")
            html.text(words.movedFrom(UnitPlace.label(of: from, in: nil, language: words.language)))
            html.raw("</span> ")
        }
        switch paragraph.status {
        case .modified:
            for segment in paragraph.segments where segment.operation != .delete {
                segment.operation == .insert ? html.wrapped("ins", segment.text) : html.text(segment.text)
            }
        case .added:
            html.wrapped("ins", paragraph.newText ?? "")
        case .removed:
            break
        case .moved, .unchanged, .renumbered:
            html.text(paragraph.newText ?? "")
        }
        html.raw("</div></div>\n")
    }
}

/// Builds HTML text; report text goes through ``text(_:)``, which escapes it.
struct HTMLWriter {
    private(set) var text = ""

    /// Appends markup as is.
    mutating func raw(_ markup: String) { text += markup }

    /// Appends text, escaped.
    mutating func text(_ content: String) { text += HTMLEscaping.escape(content) }

    /// Appends text, escaped, inside an element.
    mutating func wrapped(_ element: String, _ content: String) {
        text += "<\(element)>" + HTMLEscaping.escape(content) + "</\(element)>"
    }
}

/// The page's inline style sheet.
enum HTMLDiffStyle {
    static let css = """
        body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;\
        margin:0 auto;max-width:1200px;padding:1rem;color:#222;line-height:1.7}
        h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;border-bottom:2px solid #ddd;margin-top:2rem}
        h3{font-size:1rem;margin:.4rem 0}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.2rem .5rem}
        .meta th{background:#f4f4f4;text-align:left}.mode{color:#555}.summary li,.fields li{margin:.1rem 0}
        del{background:#fdd;color:#900;text-decoration:line-through}ins{background:#dfd;color:#060;text-decoration:none}
        .num{text-align:right;font-variant-numeric:tabular-nums}.up{color:#060}.down{color:#900}
        .tag,.badge{display:inline-block;font-size:.8rem;padding:0 .4rem;border-radius:.3rem;color:#fff;background:#888}
        .stale{background:#c60}.carried{background:#678}.check{background:#b30}.cells th[scope=row]{text-align:left;font-weight:normal}.b-added{background:#2a2}.b-removed{background:#c33}
        .b-modified{background:#d80}.b-moved{background:#36c}.b-renumbered{background:#939}
        .pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem}.pair>div{padding:.3rem .5rem;white-space:pre-wrap}
        .pair.head{font-weight:bold;border-bottom:1px solid #ccc;position:sticky;top:0;background:#fff}
        .section{border-top:1px solid #eee;padding:.3rem 0}.depth-2{margin-left:1rem}.depth-3{margin-left:2rem}
        .depth-4{margin-left:3rem}.p-unchanged,.s-unchanged>.pair>h3{color:#777}
        .p-added .new{background:#f3fff3}.p-removed .old{background:#fff3f3}.p-moved .new{background:#f3f7ff}
        .table-diff{margin:.5rem 0 .5rem 1rem}.note{color:#555}
        @media (max-width:700px){.pair{grid-template-columns:1fr}.pair>.old:empty{display:none}}
        """
}

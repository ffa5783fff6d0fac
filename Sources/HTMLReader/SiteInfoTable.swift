/// A table a government website writes above an article with the page's own data — 索引号, 发布机构, 发布日期, 名称,
/// 文号, 有效性 … (the 政府信息公开 catalogue's fields) — not the report's (review wn99 F5). Read as content, it was a
/// table of the report, put before the title, so that the report had no title (the title is what stands before the
/// first section or table) and a fourth table of site data. It is page furniture, as a menu is.
///
/// A table is the site's when three of its cells or more name such a field, each alone (`索 引 号：`, `发布机构`) or
/// before its value (`发布日期：2025-01-20`), in two rows or more — label beside value, as the site lays out its data;
/// a report's own table of documents heads one row with 序号｜名称｜文号｜发布日期 and is the report's (rv104 F10) —
/// and it holds no table and no cell of running text (an article laid out in a cell of the same table, rv104 F6).
/// No table of the report's format has such cells.
enum SiteInfoTable {
    /// The fields of the catalogue a site lists, without spaces and the colon after them.
    static let fields: Set<String> = [
        "索引号", "信息索引号", "发布机构", "发文机关", "发文单位", "发布单位", "发布日期", "发布时间", "成文日期", "生成日期",
        "公开日期", "文号", "发文字号", "名称", "信息名称", "标题", "主题分类", "主题词", "体裁分类", "组配分类",
        "服务对象分类", "信息分类", "有效性", "公开方式", "公开范围", "公开形式", "公开时限", "信息来源", "所属机构",
        "关键词", "统一编号", "责任部门", "内容概述",
    ]

    /// The fewest cells naming a field that make a table the site's.
    static let fewestFields = 3

    /// The fewest rows those cells stand in.
    static let fewestRows = 2

    /// The most characters a cell of the site's table holds: a longer one is running text, the page's article.
    static let longestCell = 200

    /// Whether a table element is the site's table of the page's data.
    static func isSiteInfo(_ table: HTMLNode) -> Bool {
        guard table.name == "table", !table.children.contains(where: ContentFinder.containsTable) else { return false }
        var count = 0
        var rows = Set<Int>()
        var row = -1
        // (each node with the row it is in: a cell's row is its nearest `tr`)
        var stack = table.children.map { (node: $0, row: row) }
        while let (node, inRow) = stack.popLast() {
            if node.name == "td" || node.name == "th" {
                let text = ContentFinder.plainText(node)
                if text.count > longestCell { return false }
                if namesField(text) {
                    count += 1
                    rows.insert(inRow)
                }
            } else {
                if node.name == "tr" { row += 1 }
                let here = node.name == "tr" ? row : inRow
                stack += node.children.map { (node: $0, row: here) }
            }
        }
        return count >= fewestFields && rows.count >= fewestRows
    }

    /// Whether a cell's text names a field: the field alone, or the field and a colon before its value.
    static func namesField(_ text: String) -> Bool {
        let squeezed = String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
        guard squeezed.unicodeScalars.count <= 80 else { return false }
        return fields.contains(String(squeezed.prefix { $0 != "：" && $0 != ":" }))
    }
}

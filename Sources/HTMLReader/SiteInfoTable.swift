/// A table a government website writes above an article with the page's own data — 索引号, 发布机构, 发布日期, 名称,
/// 文号, 有效性 … (the 政府信息公开 catalogue's fields) — not the report's (review wn99 F5). Read as content, it was a
/// table of the report, put before the title, so that the report had no title (the title is what stands before the
/// first section or table) and a fourth table of site data. It is page furniture, as a menu is.
///
/// A table is the site's when three of its cells or more name such a field, each alone (`索 引 号：`, `发布机构`) or
/// before its value (`发布日期：2025-01-20`), and it holds no table. No table of the report's format has such
/// cells.
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

    /// Whether a table element is the site's table of the page's data.
    static func isSiteInfo(_ table: HTMLNode) -> Bool {
        guard table.name == "table", !table.children.contains(where: ContentFinder.containsTable) else { return false }
        var count = 0
        var stack = table.children
        while let node = stack.popLast() {
            if node.name == "td" || node.name == "th" {
                if namesField(ContentFinder.plainText(node)) {
                    count += 1
                    if count >= fewestFields { return true }
                }
            } else {
                stack += node.children
            }
        }
        return false
    }

    /// Whether a cell's text names a field: the field alone, or the field and a colon before its value.
    static func namesField(_ text: String) -> Bool {
        let squeezed = String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
        guard squeezed.unicodeScalars.count <= 80 else { return false }
        return fields.contains(String(squeezed.prefix { $0 != "：" && $0 != ":" }))
    }
}

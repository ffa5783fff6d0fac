import Foundation

/// Finds the part of a portal page that holds the report: going down from `<body>`, into the child that holds
/// most (≥ 80 %) of the text that is not link text, until no child does. Scripts, styles, templates, forms, `<nav>`,
/// `<header>`, `<footer>` and elements named as menus, breadcrumbs or footers are left out on the way, and so are
/// blocks that are mostly links (menus, "related articles") and the site's table of the page's data
/// (``SiteInfoTable``). A short heading naming a 报告 that the descent passed
/// (the page's title above the article), with no link in it, is kept in front.
enum ContentFinder {
    static let ignored: Set<String> = [
        "script", "style", "noscript", "head", "title", "nav", "header", "footer", "form", "select", "option",
        "button", "iframe", "object", "aside", "input", "textarea", "svg", "img", "map", "meta", "link",
        // Never shown as text of the page: a template's content, a phonetic guide (`<ruby>12<rt>9</rt></ruby>` shows
        // 12 with a small 9 over it) and the brackets around it for browsers without ruby (wn99 M3).
        "template", "rt", "rp",
    ]
    static let furnitureWords = ["nav", "menu", "footer", "breadcrumb", "sidebar", "copyright", "share", "crumb"]

    static func content(of root: HTMLNode) -> HTMLNode {
        var node = body(of: root) ?? root
        var kept: [HTMLNode] = []
        while true {
            let children = node.children.filter { !isFurniture($0) && $0.name != nil }
            let weights = children.map { weight(of: $0).text }
            let total = weight(of: node).text
            guard total > 0, let top = weights.indices.max(by: { weights[$0] < weights[$1] }),
                Double(weights[top]) >= 0.8 * Double(total),
                !children.indices.contains(where: { $0 != top && containsTable(children[$0]) })
            else { break }
            // (a title is no link: a side column listing `2023年报告`, `2022年报告` is not the page's title)
            for child in children[..<top] where weight(of: child).links == 0 {
                let text = plainText(child)
                if has("报告", in: text), text.count <= 60 { kept.append(child) }
            }
            node = children[top]
        }
        return HTMLNode.element("div", attributes: [:], children: kept + [cleaned(node)])
    }

    /// Whether an element is or holds a table: tables are content, never left behind by the descent.
    static func containsTable(_ node: HTMLNode) -> Bool {
        node.name == "table" || node.children.contains(where: containsTable)
    }

    static func body(of node: HTMLNode) -> HTMLNode? {
        if node.name == "body" { return node }
        for child in node.children { if let found = body(of: child) { return found } }
        return nil
    }

    /// Whether an element is page furniture rather than content.
    static func isFurniture(_ node: HTMLNode) -> Bool {
        guard let name = node.name else { return false }
        if ignored.contains(name) { return true }
        let names = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        if furnitureWords.contains(where: { has($0, in: names) }) { return true }
        if ShownText.isHidden(node) || ShownText.isTrackedDeletion(node) { return true }
        // The site's table of the page's data (索引号, 发布机构 …) above the report.
        if name == "table", SiteInfoTable.isSiteInfo(node) { return true }
        let weight = weight(of: node)
        return weight.links > 0 && weight.links >= 2 * weight.text && name != "table"
    }

    /// Whether `text` holds `word`, found by the C library's `strstr`: Foundation's `contains`, which a string's
    /// `contains` is here, bridges both strings to `NSString` on every call, and the standard library's
    /// `firstRange(of:)` compares character by character; both cost more than the rest of looking at an element.
    static func has(_ word: String, in text: String) -> Bool {
        text.withCString { haystack in word.withCString { strstr(haystack, $0) != nil } }
    }

    /// The node without furniture, at any depth.
    static func cleaned(_ node: HTMLNode) -> HTMLNode {
        guard case .element(let name, let attributes, let children, _) = node else { return node }
        return HTMLNode.element(
            name, attributes: attributes, children: children.filter { !isFurniture($0) }.map(cleaned))
    }

    static func weight(of node: HTMLNode) -> HTMLWeight { node.weight }

    static func plainText(_ node: HTMLNode) -> String {
        switch node {
        case .text(let text, _): text.trimmingCharacters(in: .whitespacesAndNewlines)
        case .element(let name, _, let children, _):
            ignored.contains(name) ? "" : children.map(plainText).joined()
        }
    }
}

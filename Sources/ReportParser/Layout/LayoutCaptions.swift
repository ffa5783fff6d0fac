import ReportModel

/// Captions of template tables typed as paragraphs outside the table (`第二十条第（五）项` above each piece of
/// table 2, as portals and some documents cut it): in a laid-out document they belong to the table, not the prose.
enum LayoutCaptions {
    static let keys: Set<[UInt32]> = Set(
        TemplateCatalog.standard.tables.flatMap { template in
            template.rows.filter(\.group).filter { $0.label.hasPrefix("第二十条") }.map { LooseKey.scalars($0.label) }
        })

    /// Whether a paragraph is only a table caption.
    static func isCaption(_ text: String) -> Bool {
        text.hasAtMostScalars(24) && keys.contains(LooseKey.scalars(text))
    }

    /// Whether a paragraph only says that the table goes on: `（续表）`, `续表三`, `续上表`, `表3（续）`, `（续）`, `（接上表）`,
    /// `接上页` (rv112 F11). Between two
    /// pieces of one template table it belongs to the layout, as a repeated header row does.
    static func isContinuation(_ text: String) -> Bool {
        guard text.hasAtMostScalars(16) else { return false }
        let loose = LooseKey.make(text)
        let number = { (rest: Substring) in
            rest.count <= 2 && rest.allSatisfy { ("1"..."4").contains($0) || "一二三四".contains($0) }
        }
        if ["续上表", "续", "接上表", "接上页", "续上页"].contains(loose) { return true }
        if loose.hasPrefix("续表") { return number(loose.dropFirst(2)) }
        if loose.hasPrefix("表"), loose.hasSuffix("续") { return number(loose.dropFirst().dropLast()) && loose.count > 2 }
        return false
    }
}

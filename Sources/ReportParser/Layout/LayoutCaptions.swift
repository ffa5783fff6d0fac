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
}

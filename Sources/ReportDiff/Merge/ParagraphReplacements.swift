/// The base paragraphs a side rewrote beyond recognition: the aligner pairs a paragraph across versions only while
/// most of its text stays (``ParagraphAligner``), so a rewrite reads as the base paragraph taken out and a new one
/// put in its place. Two sides that both rewrote one paragraph (or one rewrote it and the other deleted it) changed
/// the same place two ways: a conflict, never both texts kept one after the other.
enum ParagraphReplacements {
    /// For each base paragraph one version of a container took out, the new paragraph it put in its place (`nil`:
    /// none — deleted): the new ones paired in order with the base ones taken out after the same kept paragraph
    /// (or at the start). Tables (ids `T…`) are left out.
    ///
    /// - Parameters:
    ///   - base: The container's block ids in the base, in order.
    ///   - version: The same container's block ids in the version, in order.
    static func of(base: [String], version: [String]) -> [String: String?] {
        let kept = Set(version)
        let inBase = Set(base)
        // (anchors: the kept base paragraph before; "" for the start)
        var removed: [String: [String]] = [:]
        var anchor = ""
        for id in base {
            if kept.contains(id) {
                anchor = id
            } else if !isTable(id) {
                removed[anchor, default: []].append(id)
            }
        }
        var added: [String: [String]] = [:]
        anchor = ""
        for id in version {
            if inBase.contains(id) {
                anchor = id
            } else if !isTable(id) {
                added[anchor, default: []].append(id)
            }
        }
        var replacements: [String: String?] = [:]
        for (anchor, ids) in removed {
            let new = added[anchor] ?? []
            for (index, id) in ids.enumerated() {
                replacements[id] = new.indices.contains(index) ? .some(new[index]) : .some(nil)
            }
        }
        return replacements
    }

    private static func isTable(_ id: String) -> Bool { id.hasPrefix("T") }
}

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

    /// For two versions that share no history (``ReportMerge/noCommonVersion``), where nothing was taken out of a
    /// base: the paragraphs of a container one side has and the other has not, paired by place — those after the
    /// same paragraph both have (or at the start) in order, one side's with `nil` where the other has fewer there.
    /// Each pair is the same place written two ways. Tables (ids `T…`) are left out.
    ///
    /// - Parameters:
    ///   - ours: The container's block ids in our version, in order.
    ///   - theirs: The same container's block ids in theirs, in order.
    /// - Returns: The pairs, in our reading order, then those only theirs has a place for.
    static func unmatched(ours: [String], theirs: [String]) -> [(ours: String?, theirs: String?)] {
        let shared = Set(ours).intersection(theirs)
        func groups(_ ids: [String]) -> (anchors: [String], groups: [String: [String]]) {
            var anchors = [""]
            var groups: [String: [String]] = [:]
            var anchor = ""
            for id in ids {
                if shared.contains(id) {
                    anchor = id
                    anchors.append(id)
                } else if !isTable(id) {
                    groups[anchor, default: []].append(id)
                }
            }
            return (anchors, groups)
        }
        let (oursAnchors, oursGroups) = groups(ours)
        let (theirsAnchors, theirsGroups) = groups(theirs)
        var pairs: [(ours: String?, theirs: String?)] = []
        var seen = Set<String>()
        for anchor in oursAnchors + theirsAnchors where seen.insert(anchor).inserted {
            let mine = oursGroups[anchor] ?? []
            let other = theirsGroups[anchor] ?? []
            for index in 0..<max(mine.count, other.count) {
                pairs.append(
                    (
                        mine.indices.contains(index) ? mine[index] : nil,
                        other.indices.contains(index) ? other[index] : nil
                    ))
            }
        }
        return pairs
    }

    private static func isTable(_ id: String) -> Bool { id.hasPrefix("T") }
}

// Section alignment in a comparison: sibling lists, pairs of sections, and sections moved to another parent.

import ReportModel

extension DiffContext {
    /// The diffs of the subsections of two parents (`[]` is the top level; `nil` a parent the report lacks).
    mutating func diffSectionLists(oldParent: [Int]?, newParent: [Int]?) -> [SectionDiff] {
        let oldSiblings = oldParent.map { $0.isEmpty ? old.sections : old.section(at: $0)?.sections ?? [] } ?? []
        let newSiblings = newParent.map { $0.isEmpty ? new.sections : new.section(at: $0)?.sections ?? [] } ?? []
        let topLevel = (oldParent ?? newParent ?? []).isEmpty
        let pairings = SectionAligner.align(
            old: oldSiblings, new: newSiblings, topLevel: topLevel, shift: shift,
            oldHeadings: oldParent.map { oldOutline.headings(under: $0, count: oldSiblings.count) },
            newHeadings: newParent.map { newOutline.headings(under: $0, count: newSiblings.count) })
        return pairings.map { pairing in
            diffSection(
                oldPath: pairing.old.flatMap { index in oldParent.map { $0 + [index] } },
                newPath: pairing.new.flatMap { index in newParent.map { $0 + [index] } },
                isMoved: pairing.isMoved)
        }
    }

    /// The diff of one section, either side of which may be absent.
    mutating func diffSection(oldPath: [Int]?, newPath: [Int]?, isMoved: Bool) -> SectionDiff {
        let oldSide = oldPath.flatMap(oldSide)
        let newSide = newPath.flatMap(newSide)
        var diff = SectionDiff(
            status: oldSide == nil ? .added : .removed, old: oldSide, new: newSide, isMoved: isMoved)
        if let oldPath, let newPath, let oldSection = old.section(at: oldPath),
            let newSection = new.section(at: newPath)
        {
            let oldHeading = oldOutline.entry(oldPath)?.heading ?? Heading(oldSection.heading)
            let newHeading = newOutline.entry(newPath)?.heading ?? Heading(newSection.heading)
            diff.isRenumbered = Self.renumbered(oldHeading.number, newHeading.number)
            diff.isRetitled = TextKey.make(oldHeading.title, shift: shift) != TextKey.make(newHeading.title)
        }
        diff.blocks = diffBlocks(old: oldPath.map { .section($0) }, new: newPath.map { .section($0) })
        diff.subsections = diffSectionLists(oldParent: oldPath, newParent: newPath)
        diff.settleStatus()
        return diff
    }

    /// Whether a number changed in value or style; `(一)` and `（一）` are one style.
    static func renumbered(_ old: SectionNumber?, _ new: SectionNumber?) -> Bool {
        switch (old, new) {
        case (nil, nil): false
        case (let old?, let new?): old.value != new.value || old.style != new.style
        default: true
        }
    }

    /// Pairs sections removed under one parent with sections added under another when they have the same title
    /// and alike text (or very alike text), and reports them as moved.
    mutating func pairCrossParentMoves(_ sections: inout [SectionDiff]) {
        var removed: [(tree: [Int], path: [Int])] = []
        var added: [(tree: [Int], path: [Int])] = []
        func collect(_ list: [SectionDiff], _ tree: [Int]) {
            for (index, diff) in list.enumerated() {
                switch (diff.old, diff.new) {
                case (let side?, nil): removed.append((tree + [index], side.path))
                case (nil, let side?): added.append((tree + [index], side.path))
                default: collect(diff.subsections, tree + [index])
                }
            }
        }
        collect(sections, [])
        guard !removed.isEmpty, !added.isEmpty else { return }
        var candidates: [(score: Double, removed: Int, added: Int)] = []
        for (r, removedEntry) in removed.enumerated() {
            guard let oldSection = old.section(at: removedEntry.path) else { continue }
            let oldFacts = SectionFacts(oldSection, topLevel: false, shift: shift)
            let oldKey = oldFacts.makeContentKey()
            for (a, addedEntry) in added.enumerated() {
                guard let newSection = new.section(at: addedEntry.path) else { continue }
                let newFacts = SectionFacts(newSection, topLevel: false, shift: nil)
                let newKey = newFacts.makeContentKey()
                let text = oldKey == newKey ? 1 : BigramProfile(oldKey).similarity(to: BigramProfile(newKey))
                let sameTitle = !oldFacts.titleKey.isEmpty && oldFacts.titleKey == newFacts.titleKey
                if (sameTitle && text >= 0.5) || (text >= 0.8 && oldKey.unicodeScalars.count >= 20) {
                    candidates.append((text + (sameTitle ? 1 : 0), r, a))
                }
            }
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : ($0.removed, $0.added) < ($1.removed, $1.added) }
        var usedRemoved = Set<Int>()
        var usedAdded = Set<Int>()
        var drop: [[Int]] = []
        for candidate in candidates
        where !usedRemoved.contains(candidate.removed) && !usedAdded.contains(candidate.added) {
            usedRemoved.insert(candidate.removed)
            usedAdded.insert(candidate.added)
            let moved = diffSection(
                oldPath: removed[candidate.removed].path, newPath: added[candidate.added].path, isMoved: true)
            Self.replace(in: &sections, at: added[candidate.added].tree[...], with: moved)
            drop.append(removed[candidate.removed].tree)
        }
        for tree in drop.sorted(by: { $0.lexicographicallyPrecedes($1) }).reversed() {
            Self.remove(in: &sections, at: tree[...])
        }
    }

    private static func replace(in list: inout [SectionDiff], at tree: ArraySlice<Int>, with diff: SectionDiff) {
        guard let first = tree.first, list.indices.contains(first) else { return }
        if tree.count == 1 {
            list[first] = diff
        } else {
            replace(in: &list[first].subsections, at: tree.dropFirst(), with: diff)
        }
    }

    private static func remove(in list: inout [SectionDiff], at tree: ArraySlice<Int>) {
        guard let first = tree.first, list.indices.contains(first) else { return }
        if tree.count == 1 {
            list.remove(at: first)
        } else {
            remove(in: &list[first].subsections, at: tree.dropFirst())
        }
    }
}

// Moves across sections in a comparison: a section removed under one parent and added under another, and a
// paragraph removed from one section and added to another, are each one unit moved.

import ReportModel

extension DiffContext {
    /// Pairs sections removed under one parent with sections added under another (``SectionMoves``) and
    /// reports each pair as one moved section, where the newer report has it.
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
        let oldFacts = removed.map { entry in
            old.section(at: entry.path).map { SectionFacts($0, topLevel: false, shift: shift) }
        }
        let newFacts = added.map { entry in
            new.section(at: entry.path).map { SectionFacts($0, topLevel: false, shift: nil) }
        }
        let oldKeys = oldFacts.map { $0?.makeContentKey() }
        let newKeys = newFacts.map { $0?.makeContentKey() }
        let pairs = GreedyPairing.pairs(old: removed.indices, new: added.indices) { r, a in
            guard let oldFacts = oldFacts[r], let newFacts = newFacts[a], let oldKey = oldKeys[r],
                let newKey = newKeys[a]
            else { return nil }
            return SectionMoves.score(oldFacts, oldKey, newFacts, newKey)
        }
        var drop: [[Int]] = []
        for pair in pairs {
            let moved = diffSection(oldPath: removed[pair.old].path, newPath: added[pair.new].path, isMoved: true)
            Self.modify(&sections, at: added[pair.new].tree[...]) { $0 = moved }
            drop.append(removed[pair.old].tree)
        }
        for tree in drop.sorted(by: { $0.lexicographicallyPrecedes($1) }).reversed() {
            Self.remove(in: &sections, at: tree[...])
        }
    }

    /// Pairs paragraphs removed from one section with paragraphs added to another (``ParagraphMoves``) and lists
    /// each pair as one moved paragraph (edited, when its text changed) where the newer report has it.
    mutating func pairParagraphMoves(preamble: inout [BlockDiff], sections: inout [SectionDiff]) {
        /// A paragraph diff's place: the section (by its place in the diff tree; `nil`: the preamble), the index
        /// in its block list, and the older container it was listed under.
        typealias Entry = (tree: [Int]?, index: Int, container: BlockContainer?, diff: ParagraphDiff)
        var removed: [Entry] = []
        var added: [Entry] = []
        func collect(_ blocks: [BlockDiff], tree: [Int]?, container: BlockContainer?) {
            for (index, block) in blocks.enumerated() {
                guard let paragraph = block.paragraph else { continue }
                if paragraph.status == .removed { removed.append((tree, index, container, paragraph)) }
                if paragraph.status == .added { added.append((tree, index, container, paragraph)) }
            }
        }
        func walk(_ list: [SectionDiff], _ tree: [Int]) {
            for (index, section) in list.enumerated() {
                collect(section.blocks, tree: tree + [index], container: section.old.map { .section($0.path) })
                walk(section.subsections, tree + [index])
            }
        }
        collect(preamble, tree: nil, container: .preamble)
        walk(sections, [])
        guard !removed.isEmpty, !added.isEmpty else { return }
        let pairs = ParagraphMoves.pairs(
            removed: removed.map { TextKey.key($0.diff.oldText ?? "", shift: shift) },
            added: added.map { TextKey.key($0.diff.newText ?? "") })
        var drop: [(tree: [Int]?, index: Int)] = []
        for pair in pairs {
            let from = removed[pair.old]
            let to = added[pair.new]
            let moved = movedParagraph(from: from.diff, in: from.container, to: to.diff, section: to.tree, of: sections)
            Self.modifyBlocks(&preamble, &sections, at: to.tree) { $0[to.index] = .paragraph(moved) }
            drop.append((from.tree, from.index))
        }
        for entry in drop.sorted(by: { $0.index > $1.index }) {
            Self.modifyBlocks(&preamble, &sections, at: entry.tree) { $0.remove(at: entry.index) }
        }
    }

    /// The diff of a paragraph moved from one section to another, with its findings in year mode.
    private mutating func movedParagraph(
        from removed: ParagraphDiff, in container: BlockContainer?, to added: ParagraphDiff, section tree: [Int]?,
        of sections: [SectionDiff]
    ) -> ParagraphDiff {
        let oldText = removed.oldText ?? ""
        let newText = added.newText ?? ""
        let numberPath = tree.flatMap { Self.section(in: sections, at: $0[...])?.shown.numberPath } ?? []
        var segments: [TextSegment] = []
        if TextKey.key(oldText, shift: shift) != TextKey.key(newText) {
            let result = TextDiff.compare(oldText, newText, shift: shift)
            if result.hasChanges { segments = result.segments }
            for stale in result.staleYears {
                findings.append(
                    YearFinding(
                        kind: .staleYear, unit: added.unit, section: numberPath, year: stale.year,
                        excerpt: stale.excerpt))
            }
        }
        if let shift, segments.isEmpty, CarriedOver.isFinding([newText], options: options) {
            findings.append(
                YearFinding(
                    kind: .carriedOver, unit: added.unit, section: numberPath, year: shift.from, excerpt: newText))
        }
        var diff = ParagraphDiff(
            status: segments.isEmpty ? .moved : .modified, isMoved: true, unit: added.unit,
            oldBlocks: removed.oldBlocks,
            newBlocks: added.newBlocks, oldText: oldText, newText: newText, segments: segments)
        diff.oldUnit = removed.unit
        diff.oldContainer = container
        return diff
    }

    private static func section(in list: [SectionDiff], at tree: ArraySlice<Int>) -> SectionDiff? {
        guard let first = tree.first, list.indices.contains(first) else { return nil }
        return tree.count == 1 ? list[first] : section(in: list[first].subsections, at: tree.dropFirst())
    }

    private static func modify(
        _ list: inout [SectionDiff], at tree: ArraySlice<Int>, _ body: (inout SectionDiff) -> Void
    ) {
        guard let first = tree.first, list.indices.contains(first) else { return }
        if tree.count == 1 {
            body(&list[first])
        } else {
            modify(&list[first].subsections, at: tree.dropFirst(), body)
        }
    }

    private static func modifyBlocks(
        _ preamble: inout [BlockDiff], _ sections: inout [SectionDiff], at tree: [Int]?,
        _ body: (inout [BlockDiff]) -> Void
    ) {
        guard let tree else { return body(&preamble) }
        modify(&sections, at: tree[...]) { body(&$0.blocks) }
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

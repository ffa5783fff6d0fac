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
}

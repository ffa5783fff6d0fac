// Block alignment in a comparison: the paragraphs and tables of one section (or the preamble) on both sides.

import ReportModel

extension DiffContext {
    /// One entry of a section's block diff, with its block indices for ordering.
    private struct Entry {
        var diff: BlockDiff
        var old: Int?
        var new: Int?
    }

    /// The diffs of the blocks of two containers, either of which may be absent.
    mutating func diffBlocks(old oldContainer: BlockContainer?, new newContainer: BlockContainer?) -> [BlockDiff] {
        let oldBlocks = oldContainer.flatMap { old.blocks(in: $0) } ?? []
        let newBlocks = newContainer.flatMap { new.blocks(in: $0) } ?? []
        var entries = diffParagraphs(oldBlocks, newBlocks, oldContainer, newContainer)
        entries += diffTables(oldBlocks, newBlocks, oldContainer, newContainer)
        return ReadingOrder.arrange(entries, old: \.old, new: \.new).map(\.diff)
    }

    private mutating func diffParagraphs(
        _ oldBlocks: [Block], _ newBlocks: [Block], _ oldContainer: BlockContainer?, _ newContainer: BlockContainer?
    ) -> [Entry] {
        let oldIndices = oldBlocks.indices.filter { oldBlocks[$0].paragraph != nil }
        let newIndices = newBlocks.indices.filter { newBlocks[$0].paragraph != nil }
        let oldTexts = oldIndices.map { oldBlocks[$0].paragraph?.text ?? "" }
        let newTexts = newIndices.map { newBlocks[$0].paragraph?.text ?? "" }
        let oldKeys = oldTexts.map { TextKey.make($0, shift: shift) }
        let newKeys = newTexts.map { TextKey.make($0) }
        let pairs = ParagraphAligner.align(old: oldKeys, new: newKeys)
        let moved = OrderCheck.movedPairs(pairs.map { ($0.old.first ?? 0, $0.new.first ?? 0) })
        var entries: [Entry] = []
        var matchedOld = Set<Int>()
        var matchedNew = Set<Int>()
        for (pairIndex, pair) in pairs.enumerated() {
            matchedOld.formUnion(pair.old)
            matchedNew.formUnion(pair.new)
            guard let newContainer, let firstNew = pair.new.first, let firstOld = pair.old.first else { continue }
            let oldText = pair.old.map { oldTexts[$0] }.joined()
            let newText = pair.new.map { newTexts[$0] }.joined()
            let isMoved = moved.contains(pairIndex)
            let unit = UnitNaming.blockID(newContainer, newIndices[firstNew], in: new)
            var segments: [TextSegment] = []
            var changed = false
            if !pair.isExact {
                let result = TextDiff.compare(oldText, newText, shift: shift)
                changed = result.hasChanges
                if changed { segments = result.segments }
                for stale in result.staleYears {
                    findings.append(
                        YearFinding(
                            kind: .staleYear, unit: unit, section: numberPath(of: newContainer), year: stale.year,
                            excerpt: stale.excerpt))
                }
            }
            if let shift, !changed,
                pair.new.reduce(0, { $0 + newKeys[$1].unicodeScalars.count }) >= options.carriedOverMinimumLength
            {
                findings.append(
                    YearFinding(
                        kind: .carriedOver, unit: unit, section: numberPath(of: newContainer), year: shift.from,
                        excerpt: newText))
            }
            let diff = ParagraphDiff(
                status: changed ? .modified : isMoved ? .moved : .unchanged, isMoved: isMoved, unit: unit,
                oldBlocks: pair.old.map { oldIndices[$0] }, newBlocks: pair.new.map { newIndices[$0] },
                oldText: oldText, newText: newText, segments: segments)
            entries.append(Entry(diff: .paragraph(diff), old: oldIndices[firstOld], new: newIndices[firstNew]))
        }
        if let oldContainer {
            for position in oldIndices.indices where !matchedOld.contains(position) {
                let diff = ParagraphDiff(
                    status: .removed, unit: UnitNaming.blockID(oldContainer, oldIndices[position], in: old),
                    oldBlocks: [oldIndices[position]], newBlocks: [], oldText: oldTexts[position], newText: nil)
                entries.append(Entry(diff: .paragraph(diff), old: oldIndices[position], new: nil))
            }
        }
        if let newContainer {
            for position in newIndices.indices where !matchedNew.contains(position) {
                let diff = ParagraphDiff(
                    status: .added, unit: UnitNaming.blockID(newContainer, newIndices[position], in: new),
                    oldBlocks: [], newBlocks: [newIndices[position]], oldText: nil, newText: newTexts[position])
                entries.append(Entry(diff: .paragraph(diff), old: nil, new: newIndices[position]))
            }
        }
        return entries
    }

    private func diffTables(
        _ oldBlocks: [Block], _ newBlocks: [Block], _ oldContainer: BlockContainer?, _ newContainer: BlockContainer?
    ) -> [Entry] {
        var entries: [Entry] = []
        var usedOld = Set<Int>()
        if let newContainer {
            for (index, block) in newBlocks.enumerated() {
                guard let table = block.table else { continue }
                let name = UnitNaming.tableName(at: index, in: newBlocks)
                var partner: BlockLocation?
                if let number = UnitNaming.templateNumber(of: table) {
                    if newTemplateTables[number] == BlockLocation(container: newContainer, index: index) {
                        partner = oldTemplateTables[number]
                    }
                } else if let oldContainer,
                    let oldIndex = oldBlocks.indices.first(where: {
                        oldBlocks[$0].table.map { UnitNaming.templateNumber(of: $0) == nil } == true
                            && UnitNaming.tableName(at: $0, in: oldBlocks) == name
                    })
                {
                    partner = BlockLocation(container: oldContainer, index: oldIndex)
                }
                let oldTable = partner.flatMap { old.blocks(in: $0.container)?[$0.index].table }
                var diff = TableComparer.compare(
                    old: oldTable, new: table, name: name, unit: UnitNaming.blockID(newContainer, index, in: new),
                    oldBlock: partner?.index, newBlock: index)
                let sameContainer = partner?.container == oldContainer
                if let partner, !sameContainer { diff.oldContainer = partner.container }
                if let partner, sameContainer { usedOld.insert(partner.index) }
                entries.append(Entry(diff: .table(diff), old: sameContainer ? partner?.index : nil, new: index))
            }
        }
        if let oldContainer {
            for (index, block) in oldBlocks.enumerated() where !usedOld.contains(index) {
                guard let table = block.table else { continue }
                if let number = UnitNaming.templateNumber(of: table),
                    oldTemplateTables[number] == BlockLocation(container: oldContainer, index: index),
                    newTemplateTables[number] != nil
                {
                    continue  // listed where the newer report has it
                }
                let diff = TableComparer.compare(
                    old: table, new: nil, name: UnitNaming.tableName(at: index, in: oldBlocks),
                    unit: UnitNaming.blockID(oldContainer, index, in: old), oldBlock: index, newBlock: nil)
                entries.append(Entry(diff: .table(diff), old: index, new: nil))
            }
        }
        return entries
    }

    /// The number path of a container in the newer report (empty for the preamble).
    func numberPath(of container: BlockContainer) -> [String] {
        guard case .section(let path) = container else { return [] }
        return side(path, in: new)?.numberPath ?? []
    }
}

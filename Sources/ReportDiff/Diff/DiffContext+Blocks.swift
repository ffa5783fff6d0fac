// Block alignment in a comparison: the paragraphs and tables of one section (or the preamble) on both sides.

import ReportModel

extension DiffContext {
    /// A section's block diffs as they are found, with their block indices for ordering.
    private struct BlockList {
        var diffs: [BlockDiff] = []
        var olds: [Int?] = []
        var news: [Int?] = []

        mutating func add(_ diff: BlockDiff, old: Int?, new: Int?) {
            diffs.append(diff)
            olds.append(old)
            news.append(new)
        }
    }

    /// The diffs of the blocks of two containers, either of which may be absent.
    mutating func diffBlocks(old oldContainer: BlockContainer?, new newContainer: BlockContainer?) -> [BlockDiff] {
        let oldBlocks = oldContainer.flatMap { old.blocks(in: $0) } ?? []
        let newBlocks = newContainer.flatMap { new.blocks(in: $0) } ?? []
        var list = BlockList()
        diffParagraphs(oldBlocks, newBlocks, oldContainer, newContainer, into: &list)
        diffTables(oldBlocks, newBlocks, oldContainer, newContainer, into: &list)
        let order = ReadingOrder.permutation(old: list.olds, new: list.news)
        return order.elementsEqual(list.diffs.indices) ? list.diffs : order.map { list.diffs[$0] }
    }

    private mutating func diffParagraphs(
        _ oldBlocks: [Block], _ newBlocks: [Block], _ oldContainer: BlockContainer?, _ newContainer: BlockContainer?,
        into list: inout BlockList
    ) {
        let oldIndices = oldBlocks.indices.filter { oldBlocks[$0].paragraph != nil }
        let newIndices = newBlocks.indices.filter { newBlocks[$0].paragraph != nil }
        let oldTexts = oldIndices.map { oldBlocks[$0].paragraph?.text ?? "" }
        let newTexts = newIndices.map { newBlocks[$0].paragraph?.text ?? "" }
        let pairs = alignParagraphs(oldTexts, newTexts)
        let newUnit = newContainer.map { newOutline.unit(of: $0) } ?? .report
        let oldUnit = oldContainer.map { oldOutline.unit(of: $0) } ?? .report
        let moved = OrderCheck.movedPairs(pairs.map { ($0.old.first ?? 0, $0.new.first ?? 0) })
        var matchedOld = [Bool](repeating: false, count: oldTexts.count)
        var matchedNew = [Bool](repeating: false, count: newTexts.count)
        for (pairIndex, pair) in pairs.enumerated() {
            for index in pair.old { matchedOld[index] = true }
            for index in pair.new { matchedNew[index] = true }
            guard let newContainer, let firstNew = pair.new.first, let firstOld = pair.old.first else { continue }
            let oldText = pair.old.map { oldTexts[$0] }.joined()
            let newText = pair.new.map { newTexts[$0] }.joined()
            let isMoved = moved.contains(pairIndex)
            let unit = newUnit.appending(.paragraph(firstNew + 1))
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
            if let shift, !changed, CarriedOver.isFinding(pair.new.map { newTexts[$0] }, options: options) {
                findings.append(
                    YearFinding(
                        kind: .carriedOver, unit: unit, section: numberPath(of: newContainer), year: shift.from,
                        excerpt: newText))
            }
            let diff = ParagraphDiff(
                status: changed ? .modified : isMoved ? .moved : .unchanged, isMoved: isMoved, unit: unit,
                oldBlocks: pair.old.map { oldIndices[$0] }, newBlocks: pair.new.map { newIndices[$0] },
                oldText: oldText, newText: newText, segments: segments)
            list.add(.paragraph(diff), old: oldIndices[firstOld], new: newIndices[firstNew])
        }
        if oldContainer != nil {
            for position in oldIndices.indices where !matchedOld[position] {
                let diff = ParagraphDiff(
                    status: .removed, unit: oldUnit.appending(.paragraph(position + 1)),
                    oldBlocks: [oldIndices[position]], newBlocks: [], oldText: oldTexts[position], newText: nil)
                list.add(.paragraph(diff), old: oldIndices[position], new: nil)
            }
        }
        if newContainer != nil {
            for position in newIndices.indices where !matchedNew[position] {
                let diff = ParagraphDiff(
                    status: .added, unit: newUnit.appending(.paragraph(position + 1)),
                    oldBlocks: [], newBlocks: [newIndices[position]], oldText: nil, newText: newTexts[position])
                list.add(.paragraph(diff), old: nil, new: newIndices[position])
            }
        }
    }

    /// Aligns paragraphs; the runs of byte-identical paragraphs at both ends (the usual case between drafts) are
    /// matched without computing comparison forms. In year mode a paragraph naming a year the shift moves is
    /// never taken as identical, since it may be a stale year.
    private func alignParagraphs(_ oldTexts: [String], _ newTexts: [String]) -> [ParagraphPair] {
        func identical(_ o: Int, _ n: Int) -> Bool {
            oldTexts[o].hasSameBytes(as: newTexts[n])
                && !(shift.map { Self.mentionsYear(oldTexts[o], of: $0) } ?? false)
        }
        var prefix = 0
        while prefix < oldTexts.count, prefix < newTexts.count, identical(prefix, prefix) { prefix += 1 }
        var suffix = 0
        while suffix < oldTexts.count - prefix, suffix < newTexts.count - prefix,
            identical(oldTexts.count - 1 - suffix, newTexts.count - 1 - suffix)
        {
            suffix += 1
        }
        var pairs = (0..<prefix).map { ParagraphPair(old: [$0], new: [$0], isExact: true) }
        let oldMiddle = prefix..<(oldTexts.count - suffix)
        let newMiddle = prefix..<(newTexts.count - suffix)
        if !oldMiddle.isEmpty || !newMiddle.isEmpty {
            let middle = ParagraphAligner.align(
                old: oldMiddle.map { TextKey.key(oldTexts[$0], shift: shift) },
                new: newMiddle.map { TextKey.key(newTexts[$0]) })
            pairs += middle.map {
                ParagraphPair(old: $0.old.map { $0 + prefix }, new: $0.new.map { $0 + prefix }, isExact: $0.isExact)
            }
        }
        pairs += (0..<suffix).map {
            ParagraphPair(old: [oldTexts.count - suffix + $0], new: [newTexts.count - suffix + $0], isExact: true)
        }
        return pairs
    }

    /// Whether a text names a year the shift moves (or has full-width digits, which are checked the slow way).
    static func mentionsYear(_ text: String, of shift: YearShift) -> Bool {
        var run = 0
        var value = 0
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            defer { previous = (previous.1, byte) }
            if byte >= 48, byte <= 57 {
                run += 1
                // (only a run of four digits is a year: a longer run's value is never read, and would overflow)
                if run <= 4 { value = value * 10 + Int(byte - 48) }
                continue
            }
            if run == 4, (shift.from - 1)...(shift.from + 1) ~= value { return true }
            if previous == (0xEF, 0xBC), (0x90...0x99).contains(byte) { return true }  // ０ to ９
            run = 0
            value = 0
        }
        return run == 4 && (shift.from - 1)...(shift.from + 1) ~= value
    }

    private mutating func diffTables(
        _ oldBlocks: [Block], _ newBlocks: [Block], _ oldContainer: BlockContainer?, _ newContainer: BlockContainer?,
        into list: inout BlockList
    ) {
        var usedOld = Set<Int>()
        if let newContainer {
            for (index, block) in newBlocks.enumerated() {
                guard let table = block.table else { continue }
                let name = UnitNaming.tableName(at: index, in: newBlocks)
                var partner: BlockLocation?
                if UnitNaming.templateNumber(of: table) != nil {
                    // (the copy of the older report it fills most like, wherever it is: ``TableCopies``)
                    partner = templatePartners[BlockLocation(container: newContainer, index: index)]
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
                    old: oldTable, new: table, name: name,
                    unit: newOutline.unit(of: newContainer).appending(.table(name)),
                    oldBlock: partner?.index, newBlock: index)
                if shift != nil { noteImplausibleChanges(diff, section: numberPath(of: newContainer)) }
                let sameContainer = partner?.container == oldContainer
                if let partner, !sameContainer { diff.oldContainer = partner.container }
                if let partner, sameContainer { usedOld.insert(partner.index) }
                list.add(.table(diff), old: sameContainer ? partner?.index : nil, new: index)
            }
        }
        if let oldContainer {
            for (index, block) in oldBlocks.enumerated() where !usedOld.contains(index) {
                guard let table = block.table else { continue }
                if UnitNaming.templateNumber(of: table) != nil,
                    pairedOldTemplates.contains(BlockLocation(container: oldContainer, index: index))
                {
                    continue  // listed where the newer report has it
                }
                let name = UnitNaming.tableName(at: index, in: oldBlocks)
                let diff = TableComparer.compare(
                    old: table, new: nil, name: name, unit: oldOutline.unit(of: oldContainer).appending(.table(name)),
                    oldBlock: index, newBlock: nil)
                list.add(.table(diff), old: index, new: nil)
            }
        }
    }

    /// Notes each count of a table that changed implausibly from last year's (``PlausibleChange``).
    private mutating func noteImplausibleChanges(_ diff: TableDiff, section: [String]) {
        var labels: TableLabels?
        for cell in diff.cells where PlausibleChange.holdsCounts(cell.columnKey, of: diff.new) {
            guard let oldValue = PlausibleChange.count(cell.oldValue),
                let newValue = PlausibleChange.count(cell.newValue),
                PlausibleChange.isImplausible(old: oldValue, new: newValue)
            else { continue }
            let names = labels ?? TableLabels(diff.new)
            labels = names
            let place =
                UnitPlace.tableName(diff.name) + " · " + names.row(cell.rowKey) + " · " + names.column(cell.columnKey)
            findings.append(
                YearFinding(
                    kind: .implausibleChange, unit: cell.unit, section: section, year: shift?.from,
                    excerpt: "\(place)：\(oldValue) → \(newValue)", oldValue: oldValue, newValue: newValue))
        }
    }

    /// The number path of a container in the newer report (empty for the preamble).
    func numberPath(of container: BlockContainer) -> [String] {
        newOutline.numberPath(of: container)
    }
}

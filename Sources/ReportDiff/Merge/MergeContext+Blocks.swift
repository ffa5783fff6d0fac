// Three-way merge of the blocks of one section (or the preamble): paragraphs as units, tables cell by cell.

import ReportModel

extension MergeContext {
    /// The three versions of a container's blocks.
    typealias Containers = (base: BlockContainer?, ours: BlockContainer?, theirs: BlockContainer?)

    /// The merged blocks of one container.
    mutating func mergeBlocks(_ triple: SectionTriple, containers: Containers, unit: UnitID) -> [Block] {
        let baseBlocks = containers.base.flatMap { base.blocks(in: $0) } ?? []
        let oursBlocks = containers.ours.flatMap { ours.blocks(in: $0) } ?? []
        let theirsBlocks = containers.theirs.flatMap { theirs.blocks(in: $0) } ?? []
        let baseIDs = Self.ids(baseBlocks, prefix: "b")
        var oursIDs = Self.ids(oursBlocks, prefix: "o")
        var theirsIDs = Self.ids(theirsBlocks, prefix: "t")
        Self.matchParagraphs(baseBlocks, baseIDs, to: oursBlocks, &oursIDs)
        Self.matchParagraphs(baseBlocks, baseIDs, to: theirsBlocks, &theirsIDs)
        // Paragraphs both sides added word for word are one unit.
        var added: [String: String] = [:]
        for (index, block) in oursBlocks.enumerated() where oursIDs[index].hasPrefix("o") {
            if let text = block.paragraph?.text { added[TextKey.make(text)] = oursIDs[index] }
        }
        for (index, block) in theirsBlocks.enumerated() where theirsIDs[index].hasPrefix("t") {
            if let text = block.paragraph?.text, let id = added.removeValue(forKey: TextKey.make(text)) {
                theirsIDs[index] = id
            }
        }

        var merged: [String: Block] = [:]
        var keepOurs = Set<String>()
        var keepTheirs = Set<String>()
        var allIDs = baseIDs
        for id in oursIDs + theirsIDs where !allIDs.contains(id) { allIDs.append(id) }
        for id in allIDs {
            let b = baseIDs.firstIndex(of: id).map { baseBlocks[$0] }
            let oIndex = oursIDs.firstIndex(of: id)
            let tIndex = theirsIDs.firstIndex(of: id)
            let o = oIndex.map { oursBlocks[$0] }
            let t = tIndex.map { theirsBlocks[$0] }
            let blockUnit: UnitID
            if let container = containers.base, let index = baseIDs.firstIndex(of: id) {
                blockUnit = UnitNaming.blockID(container, index, in: base)
            } else if let container = containers.ours, let oIndex {
                blockUnit = UnitNaming.blockID(container, oIndex, in: ours)
            } else if let container = containers.theirs, let tIndex {
                blockUnit = UnitNaming.blockID(container, tIndex, in: theirs)
            } else {
                blockUnit = unit
            }
            guard let (block, side) = mergeBlock(base: b, ours: o, theirs: t, unit: blockUnit) else { continue }
            merged[id] = block
            if side != .theirs, o != nil { keepOurs.insert(id) }
            if side != .ours, t != nil { keepTheirs.insert(id) }
        }
        let keyOf = { (id: String) in merged[id].map(ValueMerge.fingerprint) ?? "" }
        let oursOrder = oursIDs.filter { keepOurs.contains($0) }
        let theirsOrder = theirsIDs.filter { keepTheirs.contains($0) }
        var outcome = OrderedMerge.merge(base: baseIDs, ours: oursOrder, theirs: theirsOrder, key: keyOf, prefer: .ours)
        if outcome.conflict {
            let describe = { (ids: [String]) in
                ids.map { id in merged[id].map { ValueMerge.fingerprint($0).prefix(12) }.map(String.init) ?? id }
            }
            let side = decide(
                MergeConflict(
                    unit: unit.appending(.order), kind: .order, base: .order(describe(baseIDs)),
                    ours: .order(describe(oursOrder)), theirs: .order(describe(theirsOrder))))
            if side == .theirs {
                outcome = OrderedMerge.merge(base: baseIDs, ours: oursOrder, theirs: theirsOrder, key: keyOf, prefer: .theirs)
            }
        }
        return outcome.order.compactMap { merged[$0] }
    }

    /// One block merged, or taken from a side, or `nil` when the merge deletes it; the side says whose order it
    /// follows (`nil` when both sides have it).
    private mutating func mergeBlock(base b: Block?, ours o: Block?, theirs t: Block?, unit: UnitID) -> (Block, MergeSide?)? {
        switch (b, o, t) {
        case (let b?, let o?, let t?):
            if let oursTable = o.table, let theirsTable = t.table {
                return (.table(mergeTable(base: b.table, ours: oursTable, theirs: theirsTable, unit: unit)), nil)
            }
            let text = mergeText(unit, base: b.paragraph?.text, ours: o.paragraph?.text, theirs: t.paragraph?.text)
            return (.paragraph(Paragraph(text ?? "")), nil)
        case (let b?, nil, let kept?), (let b?, let kept?, nil):
            let oursDeleted = o == nil
            if ValueMerge.fingerprint(b) == ValueMerge.fingerprint(kept) { return nil }
            let side = decide(
                MergeConflict(
                    unit: unit, kind: oursDeleted ? .deletedChanged : .changedDeleted, base: Self.value(b),
                    ours: o.map(Self.value), theirs: t.map(Self.value)))
            let keptSide = oursDeleted ? MergeSide.theirs : .ours
            return side == keptSide ? (kept, keptSide) : nil
        case (_?, nil, nil), (nil, nil, nil):
            return nil
        case (nil, let o?, nil):
            return (o, .ours)
        case (nil, nil, let t?):
            return (t, .theirs)
        case (nil, let o?, let t?):
            if ValueMerge.fingerprint(o) == ValueMerge.fingerprint(t) { return (o, nil) }
            let side = decide(MergeConflict(unit: unit, kind: .bothAdded, base: nil, ours: Self.value(o), theirs: Self.value(t)))
            return (side == .ours ? o : t, nil)
        }
    }

    /// A table merged cell by cell when the three share a shape, else as one unit.
    private mutating func mergeTable(base b: Table?, ours o: Table, theirs t: Table, unit: UnitID) -> Table {
        let shape = { (table: Table) in table.cells.map { "\($0.row.key)\u{1E}\($0.cell.column)" } }
        guard let b, b.template == o.template, o.template == t.template, shape(b) == shape(o), shape(o) == shape(t) else {
            switch ValueMerge.merge(
                base: b.map(ValueMerge.fingerprint), ours: ValueMerge.fingerprint(o), theirs: ValueMerge.fingerprint(t),
                same: ==, order: { ($0 ?? "") < ($1 ?? "") })
            {
            case .clean(let fingerprint):
                return fingerprint == ValueMerge.fingerprint(o) ? o : t
            case .conflict:
                let side = decide(
                    MergeConflict(unit: unit, kind: .bothChanged, base: b.map(MergeValue.table), ours: .table(o), theirs: .table(t)))
                return side == .ours ? o : t
            }
        }
        var result = o
        for (row, cell) in o.cells {
            let baseText = b.cell(row: row.key, column: cell.column)?.text
            let theirsText = t.cell(row: row.key, column: cell.column)?.text
            let text: String?
            switch ValueMerge.merge(
                base: baseText, ours: cell.text, theirs: theirsText, same: TableComparer.same,
                order: { ($0 ?? "") < ($1 ?? "") })
            {
            case .clean(let value):
                text = value
            case .conflict:
                let side = decide(
                    MergeConflict(
                        unit: unit.appending(.cell(row: row.key, column: cell.column)), kind: .bothChanged,
                        base: .text(baseText), ours: .text(cell.text), theirs: .text(theirsText)))
                text = side == .ours ? cell.text : theirsText
            }
            if text != cell.text { result.setText(text, row: row.key, column: cell.column) }
        }
        return result
    }

    private static func value(_ block: Block) -> MergeValue {
        switch block {
        case .paragraph(let paragraph): .text(paragraph.text)
        case .table(let table): .table(table)
        }
    }

    /// Block ids before matching: `<prefix><index>` for paragraphs, `T<name>` for tables (`Ttable3`, `Tgrid1`).
    private static func ids(_ blocks: [Block], prefix: String) -> [String] {
        blocks.indices.map { index in
            blocks[index].table != nil ? "T" + UnitNaming.tableName(at: index, in: blocks) : "\(prefix)\(index)"
        }
    }

    /// Gives the paragraphs of a side that align one to one with base paragraphs the base paragraphs' ids.
    private static func matchParagraphs(_ baseBlocks: [Block], _ baseIDs: [String], to side: [Block], _ sideIDs: inout [String]) {
        let baseIndices = baseBlocks.indices.filter { baseBlocks[$0].paragraph != nil }
        let sideIndices = side.indices.filter { side[$0].paragraph != nil }
        let pairs = ParagraphAligner.align(
            old: baseIndices.map { TextKey.key(baseBlocks[$0].paragraph?.text ?? "") },
            new: sideIndices.map { TextKey.key(side[$0].paragraph?.text ?? "") })
        for pair in pairs where pair.old.count == 1 && pair.new.count == 1 {
            sideIDs[sideIndices[pair.new[0]]] = baseIDs[baseIndices[pair.old[0]]]
        }
    }
}

// Three-way merge of the blocks of one section (or the preamble): paragraphs as units that may have moved in
// from another section, tables cell by cell, paragraph texts token by token.

import ReportModel

extension MergeContext {
    /// The merged blocks of one container.
    mutating func mergeBlocks(_ triple: SectionTriple, unit: UnitID) -> [Block] {
        // A paragraph is merged in the section it ends up in; tables stay in their section.
        let context = self
        let isHere = { (id: String) in id.hasPrefix("T") || context.home(of: id) == triple }
        let baseIDs = layout.ids(.base, triple.base).filter(isHere)
        let oursIDs = layout.ids(.ours, triple.ours).filter(isHere)
        let theirsIDs = layout.ids(.theirs, triple.theirs).filter(isHere)
        var merged: [String: Block] = [:]
        var keepOurs = Set<String>()
        var keepTheirs = Set<String>()
        var ids = baseIDs
        for id in oursIDs + theirsIDs where !ids.contains(id) { ids.append(id) }
        for id in ids {
            let b = block(id, in: .base, triple)
            let o = block(id, in: .ours, triple)
            let t = block(id, in: .theirs, triple)
            let blockUnit = name(of: id, triple) ?? unit
            guard let (block, side) = merge(base: b, ours: o, theirs: t, unit: blockUnit, as: .block) else { continue }
            merged[id] = block
            if side != .theirs, o != nil { keepOurs.insert(id) }
            if side != .ours, t != nil { keepTheirs.insert(id) }
        }
        settleRewrites(
            triple, unit: unit, base: baseIDs, ours: oursIDs, theirs: theirsIDs, keep: &keepOurs, &keepTheirs)
        let order: [String]
        if layout.hasNoCommonVersion {
            // (in a section only one side has, its paragraphs go with it: the section is the one conflict)
            if triple.ours != nil, triple.theirs != nil {
                settleUnmatched(triple, unit: unit, ours: oursIDs, theirs: theirsIDs, keep: &keepOurs, &keepTheirs)
            }
            order = OrderedMerge.commonOrder(ours: oursIDs, theirs: theirsIDs)
        } else {
            order = baseIDs
        }
        let key = { (id: String) in merged[id].map(UnitFingerprint.block) ?? "" }
        let oursOrder = oursIDs.filter { keepOurs.contains($0) }
        let theirsOrder = theirsIDs.filter { keepTheirs.contains($0) }
        var outcome = OrderedMerge.merge(base: order, ours: oursOrder, theirs: theirsOrder, key: key, prefer: .ours)
        if outcome.conflict {
            let describe = { (ids: [String]) in ids.map { id in merged[id] == nil ? id : String(key(id).prefix(12)) } }
            let side = decide(
                MergeConflict(
                    unit: unit.appending(.order), kind: .order, base: .order(describe(baseIDs)),
                    ours: .order(describe(oursOrder)), theirs: .order(describe(theirsOrder))))
            if side == .theirs {
                outcome = OrderedMerge.merge(
                    base: order, ours: oursOrder, theirs: theirsOrder, key: key, prefer: .theirs)
            }
        }
        return outcome.order.compactMap { merged[$0] }
    }

    /// A base paragraph both sides took out, each putting another text in its place (or one putting one, the other
    /// none) (``ParagraphReplacements``): one conflict on it, the side chosen keeps its text and the other's is
    /// left out. Both rewrites to the same text (or alike: ``UnitFingerprint``), or both deletions, agree.
    private mutating func settleRewrites(
        _ triple: SectionTriple, unit: UnitID, base: [String], ours: [String], theirs: [String],
        keep keepOurs: inout Set<String>, _ keepTheirs: inout Set<String>
    ) {
        let oursRewrites = ParagraphReplacements.of(base: base, version: ours)
        let theirsRewrites = ParagraphReplacements.of(base: base, version: theirs)
        for id in base {
            guard let oursNew = oursRewrites[id], let theirsNew = theirsRewrites[id],
                oursNew != nil || theirsNew != nil,
                let original = block(id, in: .base, triple)?.paragraph
            else { continue }
            let oursText = oursNew.flatMap { block($0, in: .ours, triple)?.paragraph?.text }
            let theirsText = theirsNew.flatMap { block($0, in: .theirs, triple)?.paragraph?.text }
            // (alike texts — spacing, width — are one rewrite, as the order merge takes them)
            guard UnitFingerprint.text(oursText) != UnitFingerprint.text(theirsText) else { continue }
            let kind: MergeConflict.Kind =
                oursText == nil ? .deletedChanged : theirsText == nil ? .changedDeleted : .bothChanged
            let side = decide(
                MergeConflict(
                    unit: name(of: id, triple) ?? unit, kind: kind, base: .text(original.text), ours: .text(oursText),
                    theirs: .text(theirsText)))
            if side == .ours, let theirsNew { keepTheirs.remove(theirsNew) }
            if side == .theirs, let oursNew { keepOurs.remove(oursNew) }
        }
    }

    /// With no common version (``ReportMerge/noCommonVersion``), a paragraph one side has and the other has not at
    /// the same place, or has another there (``ParagraphReplacements/unmatched(ours:theirs:)``): one conflict on the
    /// place, as for a paragraph both sides rewrote; the side chosen keeps its paragraph (or none) and the other's is
    /// left out.
    private mutating func settleUnmatched(
        _ triple: SectionTriple, unit: UnitID, ours: [String], theirs: [String],
        keep keepOurs: inout Set<String>, _ keepTheirs: inout Set<String>
    ) {
        for pair in ParagraphReplacements.unmatched(ours: ours, theirs: theirs) {
            let oursText = pair.ours.flatMap { block($0, in: .ours, triple)?.paragraph?.text }
            let theirsText = pair.theirs.flatMap { block($0, in: .theirs, triple)?.paragraph?.text }
            // (alike texts — spacing, width — are one paragraph: ours stands)
            if UnitFingerprint.text(oursText) == UnitFingerprint.text(theirsText) {
                if let theirsID = pair.theirs { keepTheirs.remove(theirsID) }
                continue
            }
            let names = [pair.ours.flatMap { name(of: $0, triple) }, pair.theirs.flatMap { name(of: $0, triple) }]
            let kind: MergeConflict.Kind = oursText == nil ? .onlyTheirs : theirsText == nil ? .onlyOurs : .bothAdded
            let side = decide(
                MergeConflict(
                    unit: names.compactMap { $0 }.min() ?? unit, kind: kind, base: nil,
                    ours: oursText.map { .text($0) },
                    theirs: theirsText.map { .text($0) }))
            if side == .ours, let theirsID = pair.theirs { keepTheirs.remove(theirsID) }
            if side == .theirs, let oursID = pair.ours { keepOurs.remove(oursID) }
        }
    }

    /// The block of an id in one version: a paragraph wherever it is, a table in this container.
    private func block(_ id: String, in version: MergeVersion, _ triple: SectionTriple) -> Block? {
        guard let (path, index) = place(of: id, in: version, triple) else { return nil }
        let blocks = MergeLayout.blocks(of: path, in: layout.report(version))
        return blocks.indices.contains(index) ? blocks[index] : nil
    }

    /// The unit id of a block: as the base names it; for a block both sides added, the smaller of the names the
    /// two sides give it, so that the name does not depend on which side is ours. A table of the format goes by the
    /// copy it is in the merged text (``TableCopyIDs/mergedName(of:base:ours:theirs:)``: `table3#2` for this year's
    /// table 3 with last year's pasted above it), as the conflict's place, `--unit` and the merged report name it.
    private func name(of id: String, _ triple: SectionTriple) -> UnitID? {
        let names = MergeVersion.allCases.map { version in
            place(of: id, in: version, triple).map {
                UnitNaming.blockID(Self.container($0.path), $0.index, in: layout.report(version))
            }
        }
        guard let name = names[0] ?? [names[1], names[2]].compactMap({ $0 }).min() else { return nil }
        guard let parent = name.parent,
            let merged = TableCopyIDs.mergedName(
                of: id, base: layout.ids(.base, triple.base), ours: layout.ids(.ours, triple.ours),
                theirs: layout.ids(.theirs, triple.theirs))
        else { return name }
        return parent.appending(.table(merged))
    }

    private func place(of id: String, in version: MergeVersion, _ triple: SectionTriple) -> (path: [Int], index: Int)? {
        if id.hasPrefix("T") {
            guard let path = triple[version], let index = layout.ids(version, path).firstIndex(of: id) else {
                return nil
            }
            return (path, index)
        }
        return layout.places[version]?[id].map { ($0.path, $0.index) }
    }

    /// A paragraph's text merged token by token; overlapping edits are one conflict with their spans.
    fileprivate mutating func mergeParagraph(_ unit: UnitID, base: String, ours: String, theirs: String) -> String {
        let pieces = TextMerge.merge(base: base, ours: ours, theirs: theirs)
        let side: MergeSide
        if pieces.contains(where: { if case .conflict = $0 { true } else { false } }) {
            side = decide(
                MergeConflict(
                    unit: unit, kind: .bothChanged, base: .text(base), ours: .text(ours), theirs: .text(theirs),
                    pieces: pieces))
        } else {
            side = .ours
        }
        return MergedTextPiece.text(of: pieces, taking: side)
    }

    /// A table merged cell by cell when the versions share a shape; `nil` when they do not (a conflict of the
    /// whole table). A table both sides added has no base: a cell they filled differently is a conflict.
    fileprivate mutating func mergeTable(base b: Table?, ours o: Table, theirs t: Table, unit: UnitID) -> Table? {
        let shape = { (table: Table) in table.cells.map { "\($0.row.key)\u{1E}\($0.cell.column)" } }
        guard o.template == t.template, shape(o) == shape(t),
            b.map({ $0.template == o.template && shape($0) == shape(o) }) ?? true
        else { return nil }
        // Labels as the side that changed them has them, so that the order of the sides does not matter.
        var result = Self.agreed(base: b.map(Self.blank), ours: Self.blank(o), theirs: Self.blank(t))
        for (row, cell) in o.cells {
            let baseText: String?? = b.map { table in table.cell(row: row.key, column: cell.column).map(\.text) ?? nil }
            let theirsText = t.cell(row: row.key, column: cell.column)?.text
            let merged = merge(
                base: baseText, ours: .some(cell.text), theirs: .some(theirsText),
                unit: unit.appending(.cell(row: row.key, column: cell.column)), as: .cell)
            result.setText(merged.map(\.unit) ?? cell.text, row: row.key, column: cell.column)
        }
        return result
    }

    /// A table with every cell's text taken out: its template, rows and columns with their labels.
    private static func blank(_ table: Table) -> Table {
        var blank = table
        for row in blank.rows.indices {
            for cell in blank.rows[row].cells.indices { blank.rows[row].cells[cell].text = nil }
        }
        return blank
    }

    fileprivate static func value(_ block: Block) -> MergeValue {
        switch block {
        case .paragraph(let paragraph): .text(paragraph.text)
        case .table(let table): .table(table)
        }
    }
}

extension UnitMerging where Unit == Block {
    /// A block: a paragraph merged token by token, a table cell by cell.
    static var block: Self {
        UnitMerging(
            fingerprint: UnitFingerprint.block, value: MergeContext.value,
            mergeParts: { context, b, o, t, unit in
                switch (o, t) {
                case (.table(let oursTable)?, .table(let theirsTable)?):
                    return context.mergeTable(base: b?.table, ours: oursTable, theirs: theirsTable, unit: unit)
                        .map(Block.table)
                case (.paragraph(let oursParagraph)?, .paragraph(let theirsParagraph)?):
                    guard let baseParagraph = b?.paragraph else { return nil }
                    return .paragraph(
                        Paragraph(
                            context.mergeParagraph(
                                unit, base: baseParagraph.text, ours: oursParagraph.text, theirs: theirsParagraph.text))
                    )
                default:
                    return nil
                }
            })
    }
}

// Three-way merge of sections: the aligned subsections of each parent, each merged, taken or dropped, in the
// merged order.

import ReportModel

extension MergeContext {
    /// The merged subsections of one parent (``SectionTriple/top`` for the top level).
    mutating func mergeSectionLists(_ parent: SectionTriple, unit parentUnit: UnitID) -> [Section] {
        guard let children = layout.children[parent] else { return [] }
        var merged: [String: Section] = [:]
        var keepOurs = Set<String>()
        var keepTheirs = Set<String>()
        var ids = children.base
        for id in children.ours + children.theirs where !ids.contains(id) { ids.append(id) }
        for id in ids {
            guard let triple = children.triples[id], let (section, side) = mergeSection(triple) else { continue }
            merged[id] = section
            if side != .theirs, triple.ours != nil { keepOurs.insert(id) }
            if side != .ours, triple.theirs != nil { keepTheirs.insert(id) }
        }
        let oursOrder = children.ours.filter { keepOurs.contains($0) }
        let theirsOrder = children.theirs.filter { keepTheirs.contains($0) }
        let key = { (id: String) in merged[id].map(UnitFingerprint.section) ?? "" }
        let order =
            layout.hasNoCommonVersion
            ? OrderedMerge.commonOrder(ours: children.ours, theirs: children.theirs) : children.base
        var outcome = OrderedMerge.merge(base: order, ours: oursOrder, theirs: theirsOrder, key: key, prefer: .ours)
        if outcome.conflict {
            let baseList = Self.sections(under: parent.base, in: base)
            let side = decide(
                MergeConflict(
                    unit: parentUnit.appending(.order), kind: .order, base: .order(baseList.map(\.heading)),
                    ours: .order(oursOrder.compactMap { merged[$0]?.heading }),
                    theirs: .order(theirsOrder.compactMap { merged[$0]?.heading })))
            if side == .theirs {
                outcome = OrderedMerge.merge(
                    base: order, ours: oursOrder, theirs: theirsOrder, key: key, prefer: .theirs)
            }
        }
        return outcome.order.compactMap { merged[$0] }
    }

    /// One section merged, or taken from a side, or `nil` when the merge drops it; the side says whose list the
    /// section follows in order (`nil`: both).
    private mutating func mergeSection(_ triple: SectionTriple) -> (Section, MergeSide?)? {
        // Named as the base names it; a section both sides added, by the smaller of their names.
        let unit =
            triple.base.map { UnitNaming.sectionID($0, in: base) }
            ?? [
                triple.ours.map { UnitNaming.sectionID($0, in: ours) },
                triple.theirs.map { UnitNaming.sectionID($0, in: theirs) },
            ]
            .compactMap { $0 }.min() ?? .report
        return merge(
            base: triple.base.flatMap { base.section(at: $0) }, ours: triple.ours.flatMap { ours.section(at: $0) },
            theirs: triple.theirs.flatMap { theirs.section(at: $0) }, unit: unit, as: .section(triple))
    }

    /// A section merged part by part: its heading, its blocks and its subsections.
    fileprivate mutating func mergeParts(
        of triple: SectionTriple, base b: Section?, ours o: Section?, theirs t: Section?, unit: UnitID
    ) -> Section {
        let heading = merge(
            base: b.map { .some($0.heading) }, ours: o.map { .some($0.heading) }, theirs: t.map { .some($0.heading) },
            unit: unit.appending(.heading), as: .text)
        let blocks = mergeBlocks(triple, unit: unit)
        let sections = mergeSectionLists(triple, unit: unit)
        return Section(
            heading: (heading?.unit ?? nil) ?? o?.heading ?? t?.heading ?? "", blocks: blocks, sections: sections)
    }

    private static func sections(under path: [Int]?, in report: Report) -> [Section] {
        guard let path else { return [] }
        return path.isEmpty ? report.sections : report.section(at: path)?.sections ?? []
    }
}

extension UnitMerging where Unit == Section {
    /// A section: a container, merged part by part wherever it is kept.
    static func section(_ triple: SectionTriple) -> Self {
        UnitMerging(
            fingerprint: UnitFingerprint.section, value: MergeValue.section, isContainer: true,
            mergeParts: { context, b, o, t, unit in
                context.mergeParts(of: triple, base: b, ours: o, theirs: t, unit: unit)
            })
    }
}

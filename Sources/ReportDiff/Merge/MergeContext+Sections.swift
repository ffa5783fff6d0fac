// Three-way merge of sections: sibling lists aligned base↔ours and base↔theirs, each section merged or taken.

import ReportModel

extension MergeContext {
    /// The merged subsections of one parent (`[]` paths for the top level).
    mutating func mergeSectionLists(_ parent: SectionTriple, unit parentUnit: UnitID) -> [Section] {
        let baseList = Self.children(of: parent.base, in: base)
        let oursList = Self.children(of: parent.ours, in: ours)
        let theirsList = Self.children(of: parent.theirs, in: theirs)
        let topLevel = (parent.base ?? parent.ours ?? parent.theirs ?? []).isEmpty

        // Ids: "b<i>" for base sections (and the sections matched to them), "n<j>" for sections both sides
        // added, "o<j>" and "t<k>" for sections one side added.
        var oursIDs = oursList.indices.map { "o\($0)" }
        var theirsIDs = theirsList.indices.map { "t\($0)" }
        for pairing in SectionAligner.align(old: baseList, new: oursList, topLevel: topLevel, shift: nil) {
            if let b = pairing.old, let o = pairing.new { oursIDs[o] = "b\(b)" }
        }
        for pairing in SectionAligner.align(old: baseList, new: theirsList, topLevel: topLevel, shift: nil) {
            if let b = pairing.old, let t = pairing.new { theirsIDs[t] = "b\(b)" }
        }
        let oursAdded = oursList.indices.filter { oursIDs[$0].hasPrefix("o") }
        let theirsAdded = theirsList.indices.filter { theirsIDs[$0].hasPrefix("t") }
        for pairing in SectionAligner.align(
            old: oursAdded.map { oursList[$0] }, new: theirsAdded.map { theirsList[$0] }, topLevel: topLevel, shift: nil)
        {
            if let o = pairing.old, let t = pairing.new {
                oursIDs[oursAdded[o]] = "n\(oursAdded[o])"
                theirsIDs[theirsAdded[t]] = "n\(oursAdded[o])"
            }
        }

        var merged: [String: Section] = [:]
        var keepOurs = Set<String>()
        var keepTheirs = Set<String>()
        var allIDs = baseList.indices.map { "b\($0)" }
        for id in oursIDs + theirsIDs where !allIDs.contains(id) { allIDs.append(id) }
        for id in allIDs {
            let triple = SectionTriple(
                base: id.hasPrefix("b") ? Int(id.dropFirst()).map { (parent.base ?? []) + [$0] } : nil,
                ours: oursIDs.firstIndex(of: id).flatMap { index in parent.ours.map { $0 + [index] } },
                theirs: theirsIDs.firstIndex(of: id).flatMap { index in parent.theirs.map { $0 + [index] } })
            guard let (section, side) = mergeSection(triple) else { continue }
            merged[id] = section
            if side != .theirs, triple.ours != nil { keepOurs.insert(id) }
            if side != .ours, triple.theirs != nil { keepTheirs.insert(id) }
        }
        let outcome = OrderedMerge.merge(
            base: baseList.indices.map { "b\($0)" }, ours: oursIDs.filter { keepOurs.contains($0) },
            theirs: theirsIDs.filter { keepTheirs.contains($0) },
            key: { merged[$0].map(ValueMerge.fingerprint) ?? "" }, prefer: .ours)
        var order = outcome.order
        if outcome.conflict {
            let unit = parentUnit.appending(.order)
            let oursOrder = oursIDs.filter { keepOurs.contains($0) }.compactMap { merged[$0]?.heading }
            let theirsOrder = theirsIDs.filter { keepTheirs.contains($0) }.compactMap { merged[$0]?.heading }
            let side = decide(
                MergeConflict(
                    unit: unit, kind: .order, base: .order(baseList.map(\.heading)), ours: .order(oursOrder),
                    theirs: .order(theirsOrder)))
            if side == .theirs {
                order = OrderedMerge.merge(
                    base: baseList.indices.map { "b\($0)" }, ours: oursIDs.filter { keepOurs.contains($0) },
                    theirs: theirsIDs.filter { keepTheirs.contains($0) },
                    key: { merged[$0].map(ValueMerge.fingerprint) ?? "" }, prefer: .theirs
                ).order
            }
        }
        return order.compactMap { merged[$0] }
    }

    /// One section merged, or taken whole from a side, or `nil` when the merge deletes it. The side says whose
    /// list the section follows in order: `nil` when both sides have it.
    private mutating func mergeSection(_ triple: SectionTriple) -> (Section, MergeSide?)? {
        let baseSection = triple.base.flatMap { base.section(at: $0) }
        let oursSection = triple.ours.flatMap { ours.section(at: $0) }
        let theirsSection = triple.theirs.flatMap { theirs.section(at: $0) }
        let unit =
            triple.base.map { UnitNaming.sectionID($0, in: base) }
            ?? triple.ours.map { UnitNaming.sectionID($0, in: ours) }
            ?? triple.theirs.map { UnitNaming.sectionID($0, in: theirs) } ?? .report
        switch (baseSection, oursSection, theirsSection) {
        case (_?, let o?, let t?):
            return (mergeMatched(triple, ours: o, theirs: t, unit: unit), nil)
        case (let b?, nil, let t?), (let b?, let t?, nil):
            let oursDeleted = oursSection == nil
            if ValueMerge.fingerprint(b) == ValueMerge.fingerprint(t) { return nil }
            let side = decide(
                MergeConflict(
                    unit: unit, kind: oursDeleted ? .deletedChanged : .changedDeleted, base: .section(b),
                    ours: oursSection.map(MergeValue.section), theirs: theirsSection.map(MergeValue.section)))
            let kept = oursDeleted ? MergeSide.theirs : .ours
            return side == kept ? (t, kept) : nil
        case (_?, nil, nil), (nil, nil, nil):
            return nil
        case (nil, let o?, nil):
            return (o, .ours)
        case (nil, nil, let t?):
            return (t, .theirs)
        case (nil, let o?, let t?):
            if ValueMerge.fingerprint(o) == ValueMerge.fingerprint(t) {
                return (o == t || "\(o)" < "\(t)" ? o : t, nil)
            }
            let side = decide(
                MergeConflict(unit: unit, kind: .bothAdded, base: nil, ours: .section(o), theirs: .section(t)))
            return (side == .ours ? o : t, nil)
        }
    }

    /// A section all three versions have: heading, blocks and subsections merged.
    private mutating func mergeMatched(_ triple: SectionTriple, ours o: Section, theirs t: Section, unit: UnitID) -> Section {
        let baseHeading = triple.base.flatMap { base.section(at: $0)?.heading }
        let heading = mergeText(unit.appending(.heading), base: baseHeading, ours: o.heading, theirs: t.heading) ?? o.heading
        let blocks = mergeBlocks(
            triple, containers: (triple.base.map { .section($0) }, triple.ours.map { .section($0) }, triple.theirs.map { .section($0) }),
            unit: unit)
        let sections = mergeSectionLists(triple, unit: unit)
        return Section(heading: heading, blocks: blocks, sections: sections)
    }

    private static func children(of path: [Int]?, in report: Report) -> [Section] {
        guard let path else { return [] }
        return path.isEmpty ? report.sections : report.section(at: path)?.sections ?? []
    }
}

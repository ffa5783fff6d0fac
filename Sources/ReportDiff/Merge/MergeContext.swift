import ReportModel

/// The three versions of one merge, its layout, the sides chosen, and the conflicts found so far.
struct MergeContext {
    let base: Report
    let ours: Report
    let theirs: Report
    let resolutions: [UnitID: MergeSide]
    /// Which section and paragraph of each version is which.
    let layout: MergeLayout
    var conflicts: [MergeConflict] = []
    /// The section (triple) each paragraph of the base ends up in: where a side moved it, else where it was.
    private var homes: [String: SectionTriple] = [:]

    init(base: Report, ours: Report, theirs: Report, resolutions: [UnitID: MergeSide]) {
        self.base = base
        self.ours = ours
        self.theirs = theirs
        self.resolutions = resolutions
        self.layout = MergeLayout(base: base, ours: ours, theirs: theirs)
        settleHomes()
    }

    /// The side to take for a conflicting unit: the one chosen, or ours while the conflict is recorded as open.
    mutating func decide(_ conflict: MergeConflict) -> MergeSide {
        if let side = resolutions[conflict.unit] { return side }
        conflicts.append(conflict)
        return .ours
    }

    /// The merged report.
    mutating func mergeReport() -> Report {
        let title = mergeText(UnitID([.title]), base: base.title, ours: ours.title, theirs: theirs.title)
        let agency = mergeText(UnitID([.agency]), base: base.agency, ours: ours.agency, theirs: theirs.agency)
        let year = mergeText(
            UnitID([.year]), base: base.year.map(String.init), ours: ours.year.map(String.init),
            theirs: theirs.year.map(String.init)
        ).flatMap { Int($0) }
        let preamble = mergeBlocks(.top, unit: UnitID([.preamble]))
        let sections = mergeSectionLists(.top, unit: .report)
        return Report(title: title, agency: agency, year: year, preamble: preamble, sections: sections)
    }

    /// The section (triple) a paragraph ends up in.
    func home(of id: String) -> SectionTriple? {
        homes[id] ?? layout.triple(of: id, in: .ours) ?? layout.triple(of: id, in: .theirs)
    }

    /// Where each base paragraph ends up: where one side moved it, where both moved it, or, when they moved it to
    /// different sections, where the side chosen for that conflict moved it.
    private mutating func settleHomes() {
        let places = (layout.places[.base] ?? [:]).sorted { lhs, rhs in
            lhs.value.path == rhs.value.path
                ? lhs.value.index < rhs.value.index : lhs.value.path.lexicographicallyPrecedes(rhs.value.path)
        }
        for (id, place) in places {
            let baseTriple = layout.triples[.base]?[place.path]
            let oursTriple = layout.triple(of: id, in: .ours)
            let theirsTriple = layout.triple(of: id, in: .theirs)
            let oursMoved = oursTriple != nil && oursTriple != baseTriple
            let theirsMoved = theirsTriple != nil && theirsTriple != baseTriple
            if oursMoved, theirsMoved, oursTriple != theirsTriple {
                let side = decide(
                    MergeConflict(
                        unit: UnitNaming.blockID(Self.container(place.path), place.index, in: base), kind: .bothMoved,
                        base: .text(Self.placeName(place.path, in: base)),
                        ours: .text(layout.places[.ours]?[id].map { Self.placeName($0.path, in: ours) }),
                        theirs: .text(layout.places[.theirs]?[id].map { Self.placeName($0.path, in: theirs) })))
                homes[id] = side == .ours ? oursTriple : theirsTriple
            } else {
                homes[id] = oursMoved ? oursTriple : theirsMoved ? theirsTriple : baseTriple
            }
        }
    }

    /// The block container of a section path (`[]`: the preamble).
    static func container(_ path: [Int]) -> BlockContainer {
        path.isEmpty ? .preamble : .section(path)
    }

    /// The heading of the section at a path, or `导语` for the preamble.
    private static func placeName(_ path: [Int], in report: Report) -> String {
        path.isEmpty ? "导语" : report.section(at: path)?.heading ?? ""
    }
}

import ReportModel

/// One of the three versions of a merge.
enum MergeVersion: CaseIterable, Hashable, Sendable {
    case base, ours, theirs
}

/// Which section and which paragraph of each version of a merge is which, worked out once before the merge.
///
/// Sections are aligned under each parent (``SectionAligner``), base with ours, base with theirs, and what each
/// side added with what the other added. Paragraphs get ids shared across the versions: within a section aligned
/// with the base as the diff aligns them (``ParagraphAligner``), then across sections (a paragraph moved to
/// another section keeps its id, ``ParagraphMoves``), then what both sides added alike in one section. Tables
/// are named by their place in their section (`Ttable3`, `Tgrid1`).
struct MergeLayout {
    /// The aligned subsections of one parent: each version's subsections by id, in order, and the triple of each id.
    struct Children {
        var base: [String] = []
        var ours: [String] = []
        var theirs: [String] = []
        var triples: [String: SectionTriple] = [:]
    }

    /// Where a paragraph is in one version: its container (a section path, `[]` for the preamble) and index.
    struct Place: Hashable {
        var path: [Int]
        var index: Int
    }

    /// The aligned subsections of each parent triple (the top level under `SectionTriple.top`).
    private(set) var children: [SectionTriple: Children] = [:]
    /// For each version, the triple of each of its section paths (`[]`: the top, whose blocks are the preamble).
    private(set) var triples: [MergeVersion: [[Int]: SectionTriple]] = [:]
    /// For each version, the ids of the blocks of each container, in order.
    private(set) var blockIDs: [MergeVersion: [[Int]: [String]]] = [:]
    /// For each version, where each paragraph id is.
    private(set) var places: [MergeVersion: [String: Place]] = [:]

    /// Whether the two sides share no history (their base is ``ReportMerge/noCommonVersion``): every paragraph of
    /// theirs is then new, the preamble's as well as the sections'.
    let hasNoCommonVersion: Bool

    private let base: Report
    private let ours: Report
    private let theirs: Report

    /// Works out the layout of a merge.
    ///
    /// - Complexity: the section alignments and paragraph alignments of two diffs, plus O(r · a · l) for the r
    ///   paragraphs no section alignment matched and the a no section alignment placed, of length l.
    init(base: Report, ours: Report, theirs: Report) {
        self.base = base
        self.ours = ours
        self.theirs = theirs
        hasNoCommonVersion = base == ReportMerge.noCommonVersion
        alignSections(under: .top)
        for version in MergeVersion.allCases { nameBlocks(of: version) }
        for side in [MergeVersion.ours, .theirs] { matchParagraphs(of: side) }
        matchAddedParagraphs()
    }

    /// The report of a version.
    func report(_ version: MergeVersion) -> Report {
        switch version {
        case .base: base
        case .ours: ours
        case .theirs: theirs
        }
    }

    /// The ids of the blocks of a version's container (`nil`: the version lacks it).
    func ids(_ version: MergeVersion, _ path: [Int]?) -> [String] {
        path.flatMap { blockIDs[version]?[$0] } ?? []
    }

    /// The triple a paragraph is in, in one version; `nil` when the version lacks it.
    func triple(of id: String, in version: MergeVersion) -> SectionTriple? {
        places[version]?[id].flatMap { triples[version]?[$0.path] }
    }

    /// The paragraph block of an id in one version.
    func paragraph(_ id: String, in version: MergeVersion) -> Block? {
        guard let place = places[version]?[id] else { return nil }
        let blocks = Self.blocks(of: place.path, in: report(version))
        return blocks.indices.contains(place.index) ? blocks[place.index] : nil
    }

    // MARK: - Sections

    private mutating func alignSections(under parent: SectionTriple) {
        for version in MergeVersion.allCases {
            if let path = parent[version] { triples[version, default: [:]][path] = parent }
        }
        let lists = MergeVersion.allCases.map { version in
            parent[version].map { Self.sections(under: $0, in: report(version)) } ?? []
        }
        let (baseList, oursList, theirsList) = (lists[0], lists[1], lists[2])
        let topLevel = parent == .top
        // Ids: "b<i>" for base sections and those aligned with them, "n<j>" for sections both sides added,
        // "o<j>" and "t<k>" for sections one side added.
        var children = Children(base: baseList.indices.map { "b\($0)" })
        children.ours = oursList.indices.map { "o\($0)" }
        children.theirs = theirsList.indices.map { "t\($0)" }
        for pairing in SectionAligner.align(old: baseList, new: oursList, topLevel: topLevel, shift: nil) {
            if let b = pairing.old, let o = pairing.new { children.ours[o] = "b\(b)" }
        }
        for pairing in SectionAligner.align(old: baseList, new: theirsList, topLevel: topLevel, shift: nil) {
            if let b = pairing.old, let t = pairing.new { children.theirs[t] = "b\(b)" }
        }
        let oursAdded = oursList.indices.filter { children.ours[$0].hasPrefix("o") }
        let theirsAdded = theirsList.indices.filter { children.theirs[$0].hasPrefix("t") }
        for pairing in SectionAligner.align(
            old: oursAdded.map { oursList[$0] }, new: theirsAdded.map { theirsList[$0] }, topLevel: topLevel, shift: nil
        ) {
            if let o = pairing.old, let t = pairing.new {
                children.ours[oursAdded[o]] = "n\(oursAdded[o])"
                children.theirs[theirsAdded[t]] = "n\(oursAdded[o])"
            }
        }
        var ids = children.base
        for id in children.ours + children.theirs where !ids.contains(id) { ids.append(id) }
        for id in ids {
            let triple = SectionTriple(
                base: id.hasPrefix("b")
                    ? Int(id.dropFirst()).flatMap { index in parent.base.map { $0 + [index] } } : nil,
                ours: children.ours.firstIndex(of: id).flatMap { index in parent.ours.map { $0 + [index] } },
                theirs: children.theirs.firstIndex(of: id).flatMap { index in parent.theirs.map { $0 + [index] } })
            children.triples[id] = triple
        }
        self.children[parent] = children
        for id in ids {
            if let triple = children.triples[id] { alignSections(under: triple) }
        }
    }

    private static func sections(under path: [Int], in report: Report) -> [Section] {
        path.isEmpty ? report.sections : report.section(at: path)?.sections ?? []
    }

    static func blocks(of path: [Int], in report: Report) -> [Block] {
        path.isEmpty ? report.preamble : report.section(at: path)?.blocks ?? []
    }

    // MARK: - Paragraphs

    /// Gives every block of a version its first id: `<b|o|t><path>#<index>` for paragraphs, `T<name>` for tables
    /// (``TableCopyIDs``: `Ttable3`, and `Ttable3#2` for a second table 3 in the section, whose one id for both had
    /// trapped the merge, rv113 F4; a side's copy by the base's copy it fills most like, rv114 F5).
    private mutating func nameBlocks(of version: MergeVersion) {
        let prefix = version == .base ? "b" : version == .ours ? "o" : "t"
        // (the base is named first, then ours, then theirs: a side's tables take the ids of the copies they are)
        for path in (triples[version] ?? [:]).keys {
            let blocks = Self.blocks(of: path, in: report(version))
            let key = path.map(String.init).joined(separator: ".")
            let triple = triples[version]?[path]
            let tables = TableCopyIDs.ids(
                of: blocks,
                base: version == .base
                    ? nil : triple?.base.map { (Self.blocks(of: $0, in: base), blockIDs[.base]?[$0] ?? []) },
                ours: version == .theirs
                    ? triple?.ours.map { (Self.blocks(of: $0, in: ours), blockIDs[.ours]?[$0] ?? []) } : nil)
            var ids: [String] = []
            for index in blocks.indices {
                if let table = tables[index] {
                    ids.append(table)
                } else {
                    let id = "\(prefix)\(key)#\(index)"
                    ids.append(id)
                    places[version, default: [:]][id] = Place(path: path, index: index)
                }
            }
            blockIDs[version, default: [:]][path] = ids
        }
    }

    /// Gives a side's paragraphs the ids of the base paragraphs they are: aligned within their section, then
    /// moved from another section.
    private mutating func matchParagraphs(of side: MergeVersion) {
        var leftoverBase: [String] = []
        for (path, triple) in (triples[.base] ?? [:]).sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let baseIDs = paragraphIDs(.base, path)
            guard let sidePath = triple[side] else { continue }
            let sideIDs = paragraphIDs(side, sidePath)
            let pairs = ParagraphAligner.align(old: baseIDs.map { key($0, .base) }, new: sideIDs.map { key($0, side) })
            var matched = Set<String>()
            for pair in pairs where pair.old.count == 1 && pair.new.count == 1 {
                rename(sideIDs[pair.new[0]], to: baseIDs[pair.old[0]], in: side)
                matched.insert(baseIDs[pair.old[0]])
            }
            leftoverBase += baseIDs.filter { !matched.contains($0) }
        }
        let prefix = side == .ours ? "o" : "t"
        let leftoverSide = (places[side] ?? [:]).keys.filter { $0.hasPrefix(prefix) }.sorted()
        let moves = ParagraphMoves.pairs(
            removed: leftoverBase.map { key($0, .base) }, added: leftoverSide.map { key($0, side) })
        for move in moves { rename(leftoverSide[move.new], to: leftoverBase[move.old], in: side) }
    }

    /// Gives paragraphs both sides added to one section the same id: those with the same text; in a section both
    /// sides added (or any, the preamble too, when the sides share no history), also those alike (they are then one
    /// paragraph added two ways).
    private mutating func matchAddedParagraphs() {
        for (path, triple) in (triples[.ours] ?? [:]).sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            guard let theirsPath = triple.theirs else { continue }
            var oursAdded = paragraphIDs(.ours, path).filter { $0.hasPrefix("o") }
            var theirsAdded = paragraphIDs(.theirs, theirsPath).filter { $0.hasPrefix("t") }
            var byText: [ComparisonKey: [String]] = [:]
            for id in oursAdded { byText[key(id, .ours), default: []].append(id) }
            for id in theirsAdded {
                guard var candidates = byText[key(id, .theirs)], !candidates.isEmpty else { continue }
                let partner = candidates.removeFirst()
                byText[key(id, .theirs)] = candidates
                rename(partner, to: "n" + partner, in: .ours)
                rename(id, to: "n" + partner, in: .theirs)
            }
            guard triple.base == nil || hasNoCommonVersion else { continue }
            oursAdded = paragraphIDs(.ours, path).filter { $0.hasPrefix("o") }
            theirsAdded = paragraphIDs(.theirs, theirsPath).filter { $0.hasPrefix("t") }
            let pairs = ParagraphAligner.align(
                old: oursAdded.map { key($0, .ours) }, new: theirsAdded.map { key($0, .theirs) })
            for pair in pairs where pair.old.count == 1 && pair.new.count == 1 {
                let partner = oursAdded[pair.old[0]]
                rename(partner, to: "n" + partner, in: .ours)
                rename(theirsAdded[pair.new[0]], to: "n" + partner, in: .theirs)
            }
        }
    }

    private func paragraphIDs(_ version: MergeVersion, _ path: [Int]) -> [String] {
        ids(version, path).filter { !$0.hasPrefix("T") }
    }

    private func key(_ id: String, _ version: MergeVersion) -> ComparisonKey {
        TextKey.key(paragraph(id, in: version)?.paragraph?.text ?? "")
    }

    private mutating func rename(_ id: String, to newID: String, in version: MergeVersion) {
        guard let place = places[version]?.removeValue(forKey: id) else { return }
        places[version, default: [:]][newID] = place
        blockIDs[version, default: [:]][place.path]?[place.index] = newID
    }
}

/// The index paths of one section (or of the report's top, `[]`, whose blocks are the preamble) in the three
/// versions of a merge.
struct SectionTriple: Hashable {
    var base: [Int]?
    var ours: [Int]?
    var theirs: [Int]?

    /// The top of the three reports.
    static let top = SectionTriple(base: [], ours: [], theirs: [])

    /// The path in one version.
    subscript(version: MergeVersion) -> [Int]? {
        switch version {
        case .base: base
        case .ours: ours
        case .theirs: theirs
        }
    }
}

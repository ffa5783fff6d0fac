import ReportModel

/// Follows units of a revision into its parents in a ``HistoryGraph``: where each parent had the unit, and whether
/// the revision kept a parent's version, combined the parents' versions, or made its own.
///
/// Each revision's diff against each parent is computed once, when a unit is first followed across it.
struct UnitTracer {
    /// Where a revision's version of a unit came from.
    struct Origin {
        /// What the revision did to the unit.
        enum Verdict: Equatable {
            /// It kept the version of the parent at this position of `sources` (the first parent with an equal one).
            case kept(Int)
            /// A merge that joined its parents' edits of different parts of a composite unit (a section's
            /// paragraphs, a table's cells): nothing in it is the merge's own.
            case combined
            /// It changed the unit (when `sources` is empty, added it).
            case made
        }

        /// Each parent that has the unit, with where the unit is there, in the order of the parents.
        var sources: [(parent: Int, location: UnitLocation)]
        /// What the revision did.
        var verdict: Verdict
    }

    private struct Edge: Hashable {
        var child: Int
        var parent: Int
    }

    let graph: HistoryGraph
    let options: DiffOptions
    private var indexes: [Edge: ScriptIndex] = [:]

    init(_ graph: HistoryGraph, options: DiffOptions) {
        self.graph = graph
        self.options = options
    }

    /// Where the unit at a location of a revision came from.
    ///
    /// - Complexity: one diff per parent the first time a revision is asked about; a lookup after that.
    mutating func origin(of location: UnitLocation, at revision: Int) -> Origin {
        let report = graph.revisions[revision].report
        let fingerprint = UnitContent.fingerprint(location, in: report)
        var sources: [(parent: Int, location: UnitLocation)] = []
        var kept: Int?
        for parent in graph.parents[revision] {
            let earlier = index(child: revision, parent: parent).previous(of: location)
            guard let earlier, let before = UnitContent.fingerprint(earlier, in: graph.revisions[parent].report)
            else { continue }
            if kept == nil, fingerprint != nil, before == fingerprint { kept = sources.count }
            sources.append((parent, earlier))
        }
        if let kept { return Origin(sources: sources, verdict: .kept(kept)) }
        if sources.count > 1, isCombined(location, in: report, from: sources) {
            return Origin(sources: sources, verdict: .combined)
        }
        return Origin(sources: sources, verdict: .made)
    }

    /// Whether a merge's version of a composite unit holds only parts of its parents' versions and keeps every part
    /// they all have: each part is some parent's, none is the merge's own.
    private func isCombined(
        _ location: UnitLocation, in report: Report, from sources: [(parent: Int, location: UnitLocation)]
    ) -> Bool {
        guard let merged = UnitContent.parts(location, in: report) else { return false }
        var some: Set<String> = []
        var every: Set<String>?
        for source in sources {
            guard let parts = UnitContent.parts(source.location, in: graph.revisions[source.parent].report) else {
                return false
            }
            some.formUnion(parts)
            every = every?.intersection(parts) ?? parts
        }
        return merged.isSubset(of: some) && (every ?? []).isSubset(of: merged)
    }

    private mutating func index(child: Int, parent: Int) -> ScriptIndex {
        let edge = Edge(child: child, parent: parent)
        if let known = indexes[edge] { return known }
        let made = ScriptIndex(
            DiffEngine(options: options).diff(from: graph.revisions[parent].report, to: graph.revisions[child].report))
        indexes[edge] = made
        return made
    }
}

/// The revisions of one report with their parents, the input of ``UnitHistory`` and ``Blame``: a first-parent line,
/// or every line a merge revision joined.
///
/// The revisions are kept in one order, oldest first, in which every revision comes after its parents and, where
/// ancestry leaves a choice, the earlier revision first (by time, then by id); the tip — the revision the history or
/// blame is of — comes last.
public struct HistoryGraph: Sendable {
    /// The revisions, parents before children, the tip last.
    public private(set) var revisions: [RevisionSnapshot]
    /// For each revision, the positions in ``revisions`` of its parents, the first parent first; a parent that was
    /// not given (beyond a walk's bound) is left out, and a revision without parents here is where its line starts.
    public private(set) var parents: [[Int]]

    /// A first-parent line: each revision the parent of the next.
    ///
    /// - Parameter line: The revisions, oldest first.
    public init(line: [RevisionSnapshot]) {
        revisions = line
        parents = line.indices.map { $0 == 0 ? [] : [$0 - 1] }
    }

    /// The revisions reached from a tip, each with the ids of its parents.
    ///
    /// - Parameter walked: The tip first, then revisions of its history in any order, each once; a parent id that is
    ///   not among them is left out, and a revision the tip does not reach is dropped.
    /// - Throws: ``DiffError/noRevisions`` when `walked` is empty.
    /// - Complexity: O(n²) in the number of revisions (the next revision is picked among those ready).
    public init(tip walked: [(revision: RevisionSnapshot, parents: [String])]) throws(DiffError) {
        guard !walked.isEmpty else { throw .noRevisions }
        var position: [String: Int] = [:]
        for (index, entry) in walked.enumerated() where position[entry.revision.revision.id] == nil {
            position[entry.revision.revision.id] = index
        }
        let given = walked.map { entry in entry.parents.compactMap { position[$0] } }
        var reached: Set<Int> = [0]
        var stack = [0]
        while let next = stack.popLast() {
            for parent in given[next] where reached.insert(parent).inserted { stack.append(parent) }
        }
        var children = [[Int]](repeating: [], count: walked.count)
        var waiting = [Int](repeating: 0, count: walked.count)
        for index in reached {
            for parent in Set(given[index]) {
                children[parent].append(index)
                waiting[index] += 1
            }
        }
        var ready = reached.filter { waiting[$0] == 0 }.sorted()
        var order: [Int] = []
        while let pick = ready.indices.min(by: { isEarlier(walked[ready[$0]].revision, walked[ready[$1]].revision) }) {
            let next = ready.remove(at: pick)
            order.append(next)
            for child in children[next] {
                waiting[child] -= 1
                if waiting[child] == 0 { ready.append(child) }
            }
        }
        var ordered: [Int: Int] = [:]
        for (new, old) in order.enumerated() { ordered[old] = new }
        revisions = order.map { walked[$0].revision }
        parents = order.map { old in given[old].compactMap { ordered[$0] } }
    }

    /// The position of the tip: the last revision.
    var tip: Int { revisions.count - 1 }
}

/// Whether a revision goes before another when ancestry does not decide: the earlier, then the smaller id.
private func isEarlier(_ lhs: RevisionSnapshot, _ rhs: RevisionSnapshot) -> Bool {
    (lhs.revision.time, lhs.revision.id) < (rhs.revision.time, rhs.revision.id)
}

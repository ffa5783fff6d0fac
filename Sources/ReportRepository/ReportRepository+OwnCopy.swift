// A file that names no revision — the clerk's own Word or text file, kept on their computer and edited again — has no
// certain base: the revision it was most likely edited from is looked for among the person's own, and what would be
// committed is checked for the older text of places others changed, so that it never undoes their changes unseen.

import DocumentLayout
import DocxReader
import ReportDiff
import ReportModel
import RevisionStore

extension ReportRepository {
    /// The draft's head, the person's own revision a file naming none was most likely edited from, and the revisions
    /// by others since that one (oldest first); `nil` when the report has no draft.
    ///
    /// The base is one of the person's revisions in the draft's history (every line a merge joined, within the newest
    /// ``ownCopyDepth`` revisions) whose text is what they sent: not an upload merged with others' changes
    /// (``Revision/isMergedBeyondItsFile``), which their copy never had, nor a merge of two lines (`merge`, the
    /// conflict page), whose text joined the other line's changes into theirs. Of those (the newest
    /// ``ownCopyCandidates``), the newest that came from the person's own copy too — a text, or a file naming no
    /// revision, not a Word file downloaded from Nianbao (another line of the person's work) — is the file's own line:
    /// what the file holds there is what the person means now, a value they changed back included. When every one
    /// came from a downloaded file, the one whose text is nearest the file's — the fewest fields, paragraphs and
    /// cells differ; the newest on a tie — is taken. `base` is `nil` when the person has no such revision. When others
    /// changed the draft since that base and the file is nearer the draft's text than the base's (``isNearer``), the
    /// base is the draft's head, with no others since: a text exported from the draft and edited there names no
    /// revision either (rv109 F2).
    /// `anyOthers`: whether anyone else made one of the revisions walked. Whose each revision is follows
    /// ``ChangeMaker``: one another node brought is never the person's, whatever author it names (a township's push
    /// naming the county's reviewer is not her own copy's base, rv102 F3).
    func ownCopyBase(
        of key: ReportKey, author: String, file: Report
    ) async throws(RepositoryError) -> (head: Revision, base: Revision?, others: [Revision], anyOthers: Bool)? {
        // The walk reads the revision index (who made each revision, and when). Of the person's revisions, newest
        // first, only those up to the first that surely came from their own copy (no Word file, so none downloaded
        // from Nianbao) are read: the newest commits of a text or an own file need one.
        let found = try await read {
            reader -> (head: Revision, walked: [RevisionHeader], candidates: [Revision], own: Set<ObjectID>)? in
            guard let headID = try reader.ref(.draft, of: key)?.revision else { return nil }
            let head = try reader.requireRevision(headID)
            let walked = try reader.recentRevisions(from: headID, limit: Self.ownCopyDepth)
            let makers = try Self.changeMakers(of: walked, in: reader)
            let own = Set(walked.filter { makers[$0.id]?.isBy(author) == true }.map(\.id))
            var candidates: [Revision] = []
            for header in walked.filter({ own.contains($0.id) }).sorted(by: { $0.time > $1.time }) {
                guard candidates.count < Self.ownCopyCandidates else { break }
                let revision = header.id == headID ? head : try reader.requireRevision(header.id)
                // (nor a merge of two lines, `merge` or the conflict page: it joined the other line's changes —
                // the county's words inside her paragraph — that her file never held, rv117 F5)
                guard !revision.isMergedBeyondItsFile, revision.content.parents.count < 2 else { continue }
                candidates.append(revision)
                if !Self.mayBeFromDownloadedWordFile(revision) { break }
            }
            return (head, walked, candidates, own)
        }
        guard let found else { return nil }
        let head = found.head
        // (nobody else within the revisions walked: nothing of others' to undo, no history to read for it)
        let anyOthers = found.walked.contains { !found.own.contains($0.id) }
        var ownLine: Revision?
        for revision in found.candidates {
            if try await !isFromDownloadedWordFile(revision) {
                ownLine = revision
                break
            }
        }
        // (the candidates' texts are read only when none is of the own copy's line: most commits need none)
        let texts =
            ownLine != nil
            ? [] : try await read { reader in try found.candidates.map { try reader.report(root: $0.content.root) } }
        let engine = DiffEngine()
        var nearest: (revision: Revision, distance: Int)?
        for (revision, text) in zip(found.candidates, texts) where ownLine == nil {
            let script = engine.diff(from: text, to: file)
            let distance = script.size.places
            if distance < nearest?.distance ?? Int.max { nearest = (revision, distance) }
        }
        guard let base = ownLine ?? nearest?.revision else {
            return (head, nil, try await revisions(found.walked.filter { !found.own.contains($0.id) }), anyOthers)
        }
        // What the base holds: it and its history, among the revisions walked.
        let byID = Dictionary(found.walked.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var held: Set<ObjectID> = [base.id]
        var stack = byID[base.id].map { [$0] } ?? []
        while let next = stack.popLast() {
            for parent in next.parents where held.insert(parent).inserted {
                if let header = byID[parent] { stack.append(header) }
            }
        }
        let others = found.walked.filter { !held.contains($0.id) && !found.own.contains($0.id) }
        // A file nearer the draft's text than the base's was edited from the draft: the clerk exported the draft as
        // text after others changed it and edited it there (rv109 F2: refused as an edit of her older version).
        if !others.isEmpty, try await isNearer(file, to: head, than: base) { return (head, head, [], anyOthers) }
        return (head, base, try await revisions(others), anyOthers)
    }

    /// Whether `file` differs from `head`'s text less than from `base`'s: at fewer places, or at as many with fewer
    /// characters changed (``ReportEditScript/size``). A full tie is not: a cell the county set to 3 and the file to
    /// 5 from 0 says nothing of which the file was edited from, and the base kept refuses it as both changed, never
    /// laying it over the county's unseen.
    private func isNearer(
        _ file: Report, to head: Revision, than base: Revision
    ) async throws(RepositoryError) -> Bool {
        let (draft, older) = try await read { reader in
            (try reader.report(root: head.content.root), try reader.report(root: base.content.root))
        }
        let engine = DiffEngine()
        let toDraft = engine.diff(from: draft, to: file).size
        let toOlder = engine.diff(from: older, to: file).size
        return (toDraft.places, toDraft.characters) < (toOlder.places, toOlder.characters)
    }

    /// The revisions of some headers, oldest first.
    private func revisions(_ headers: [RevisionHeader]) async throws(RepositoryError) -> [Revision] {
        guard !headers.isEmpty else { return [] }
        let ordered = headers.sorted { $0.time < $1.time }
        return try await read { reader in try ordered.map { try reader.requireRevision($0.id) } }
    }

    /// Whether a revision was committed from a Word file Nianbao wrote (its original names the revision it was
    /// exported from): a line of the person's work other than their own copy's.
    private func isFromDownloadedWordFile(_ revision: Revision) async throws(RepositoryError) -> Bool {
        guard Self.mayBeFromDownloadedWordFile(revision) else { return false }
        let file = try await original(of: revision.id.hex).file
        return DocxReader.exportedRevision(of: file.bytes) != nil
    }

    /// Whether a revision was committed from a Word file, which may be one Nianbao wrote; one committed from a text,
    /// a web page or a PDF came from the person's own copy.
    private static func mayBeFromDownloadedWordFile(_ revision: Revision) -> Bool {
        revision.content.original?.format == DocumentFormat.docx.rawValue
    }

    /// How many of the newest revisions of the draft's history a file naming none is looked up in.
    static let ownCopyDepth = 200
    /// How many of the person's own revisions (the newest) are compared with the file.
    static let ownCopyCandidates = 12

    /// The places where `text`, committed over the draft `head`, would put back the older text of a change that
    /// someone other than `author` made: a section's heading, a paragraph or a cell whose value in the draft another
    /// person's revision set (``Blame``), and whose value in `text` is what it was before that revision — or, where
    /// `text` split or joined the paragraphs of its section, whose text the section no longer holds. Each is named
    /// with that revision and person (`三、表三 · 本年新收 · 自然人（第 2 版，王审核）`, in English `三、Table 3 · 本年新收 · 自然人 (version 2,
    /// 王审核)`); none when `text` is the draft's, or nobody else changed the draft within ``ownCopyDepth`` revisions.
    ///
    /// A change the author made on another node (``ChangeMaker/isOwnElsewhere(of:)``) is named as theirs, and
    /// ``UndoneChanges/areAllOwnElsewhere`` says when every one is.
    ///
    /// `text` that is an earlier revision's (a restore, `since` naming it) puts back more than the value before the
    /// last change: a place whose value differs counts too when a revision since that one that changed it was someone
    /// else's — named with the newest such — however many changed it after (rv108 F8: 王审核 and then 王芳 changed a
    /// paragraph, and restoring the first version put back its text unasked) — when the draft still holds that change
    /// (``isHeld(_:at:in:_:)``): one a later merge left out, taking the other line's value, is not undone by it
    /// (rv117 F2: a merge that kept the clerk's 140 over 王审核's 136, and restoring 第 2 版 named his change).
    func undoneChanges(
        of head: Revision, by text: Report, author: String, since restored: ObjectID? = nil,
        language: Language = .current
    ) async throws(RepositoryError) -> UndoneChanges {
        let current = try await read { reader in try reader.report(root: head.content.root) }
        guard text != current else { return UndoneChanges() }
        let (_, graph) = try await revisionGraph(head.id.hex, limit: Self.ownCopyDepth)
        // (whose each change is, as this node knows it: a township's push naming the restorer is the township's)
        let makers = try await read { reader in try Self.changeMakers(of: graph.revisions.map(\.revision), in: reader) }
        func isOthers(_ revision: RevisionInfo) -> Bool { makers[revision.id]?.isBy(author) != true }
        guard graph.revisions.contains(where: { isOthers($0.revision) }) else { return UndoneChanges() }
        var position: [String: Int] = [:]
        for (index, entry) in graph.revisions.enumerated() { position[entry.revision.id] = index }
        let since = restored.map { Self.revisions(since: $0.hex, in: graph) }
        var undone: [(unit: UnitID, revision: RevisionInfo)] = []
        // (every unit of each version is found in its index: found by itself, each unit of a report of thousands of
        // paragraphs counts the paragraphs before it, and a commit of 4,000 took minutes, rv107 F7)
        let (now, sent) = (UnitIndex(current), UnitIndex(text))
        var indices = RevisionIndices(graph)
        // (a section's heading is a place of its own, blamed apart: the section's entry covers its paragraphs too,
        // which have theirs — rv109 F3: a restore put back the heading 王审核 had corrected, unasked)
        // (only the places the text changes are followed back: a restore of 第 2 版 does not trace every cell)
        let isChanged = { (unit: UnitID) in !UnitComparison.isSame(unit, in: now, and: sent) }
        for entry in Blame.compute(in: graph, headings: true, only: isChanged) where entry.kind != .section {
            if isOthers(entry.revision),
                Self.undoesLastChange(entry, of: now, by: sent, in: graph, at: position, indices: &indices)
            {
                undone.append((entry.unit, entry.revision))
            } else if let since, UnitComparison.isKeptInRealignedSection(entry.unit, of: now, in: sent) != true,
                let changer = Self.newestHeldChange(
                    of: entry.unit, among: since, in: graph, byOthers: isOthers, &indices)
            {
                undone.append((entry.unit, graph.revisions[changer].revision))
            }
        }
        let names = try await changeNames(undone, in: current, makers: makers, for: author, language: language)
        let ownElsewhere = undone.count { makers[$0.revision.id]?.isOwnElsewhere(of: author) == true }
        return UndoneChanges(
            names: names,
            recordedNames: ownElsewhere == 0
                ? names : try await changeNames(undone, in: current, makers: makers, language: language),
            areAllOwnElsewhere: !undone.isEmpty && ownElsewhere == undone.count)
    }

    /// The places ``undoneChanges(of:by:author:since:language:)`` finds, named.
    struct UndoneChanges: Sendable {
        /// Each place, with the revision and person that changed it, as the author reads it.
        var names: [String] = []
        /// The same as everyone reads it (a revision's message): the author's own change made elsewhere named as
        /// any change another node brought, not `你在 … 的修改`.
        var recordedNames: [String] = []
        /// Whether every one is the author's own change made on another node: words say "yours", not "others'".
        var areAllOwnElsewhere = false

        /// Whether there is none.
        var isEmpty: Bool { names.isEmpty }
    }

    /// Whether `text` puts back the value a unit had before the revision that last changed it (its blame entry).
    private static func undoesLastChange(
        _ entry: BlameEntry, of current: UnitIndex, by text: UnitIndex, in graph: HistoryGraph,
        at position: [String: Int], indices: inout RevisionIndices
    ) -> Bool {
        // (a revision with no parents here made the unit: nothing older to put back)
        guard let index = position[entry.revision.id] else { return false }
        let before = graph.parents[index]
        // Paragraphs split or joined in the file (a remark in brackets once joined two): paragraph N is another
        // paragraph there, so the change is looked for in its section's text, and one that is gone is undone.
        if !before.isEmpty, let kept = UnitComparison.isKeptInRealignedSection(entry.unit, of: current, in: text) {
            return !kept
        }
        return before.contains { UnitComparison.isSame(entry.unit, in: indices[$0], and: text) }
    }

    /// The unit index of each revision of a graph (``ReportDiff/UnitIndex``), made when first asked for.
    struct RevisionIndices {
        let graph: HistoryGraph
        private var made: [Int: UnitIndex] = [:]

        init(_ graph: HistoryGraph) { self.graph = graph }

        /// The index of the revision at a position of the graph.
        subscript(position: Int) -> UnitIndex {
            mutating get {
                if let index = made[position] { return index }
                let index = UnitIndex(graph.revisions[position].report)
                made[position] = index
                return index
            }
        }
    }

    /// The positions in `graph` of the revisions since `revision` (not it, nor any of its history), oldest first;
    /// every revision of the graph when `revision` is not in it.
    static func revisions(since revision: String, in graph: HistoryGraph) -> [Int] {
        var held: Set<Int> = []
        var stack = graph.revisions.indices.filter { graph.revisions[$0].revision.id == revision }
        while let next = stack.popLast() {
            if held.insert(next).inserted { stack += graph.parents[next] }
        }
        return graph.revisions.indices.filter { !held.contains($0) }
    }

    /// Whether the revision at `index` changed `unit`: its value there differs from every parent's (a merge that took
    /// one side's value made no change of its own). One with no parents in the graph is not known to.
    static func changes(
        _ unit: UnitID, at index: Int, in graph: HistoryGraph, _ indices: inout RevisionIndices
    ) -> Bool {
        let parents = graph.parents[index]
        let report = indices[index]
        return !parents.isEmpty && parents.allSatisfy { !UnitComparison.isSame(unit, in: indices[$0], and: report) }
    }

    /// Places others changed, each named with the revision and person that changed it, as ``undoneChanges(of:by:author:)``
    /// and a `commit --resolve` that would undo them say: `三、表三 · 本年新收 · 自然人（第 2 版，王审核）`.
    /// A revision another node brought is named with who sent it (``ChangeMaker/name(in:)``): `（第 2 版，王审核（常张乡
    /// 同步送来））`, never as a person of this node.
    func changeNames(
        _ undone: [(unit: UnitID, revision: RevisionInfo)], in current: Report,
        makers given: [String: ChangeMaker]? = nil, for person: String? = nil,
        language: Language = .current
    ) async throws(RepositoryError) -> [String] {
        guard !undone.isEmpty else { return [] }
        let ids = undone.compactMap { ObjectID(hex: $0.revision.id) }
        let generations = try await read { reader in try reader.generations(of: ids) }
        let makers: [String: ChangeMaker]
        if let given {
            makers = given
        } else {
            makers = try await read { reader in try Self.changeMakers(of: undone.map(\.revision), in: reader) }
        }
        let labels = UnitPlace.labels(of: undone.map(\.unit), in: current, language: language)
        let english = language == .english
        return zip(labels, undone).map { label, change in
            let id = ObjectID(hex: change.revision.id)
            let generation = id.flatMap { generations[$0] }
            let revision =
                id.map { english ? Self.englishVersionName(generation, $0) : Self.versionName(generation, $0) }
                ?? (english ? "revision " : "修订 ") + change.revision.id.prefix(12)
            let who = makers[change.revision.id]?.name(in: language, to: person) ?? change.revision.author
            return english ? "\(label) (\(revision), \(who))" : "\(label)（\(revision)，\(who)）"
        }
    }
}

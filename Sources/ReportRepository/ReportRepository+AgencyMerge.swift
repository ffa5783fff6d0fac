// Merging two agency ids that are one office: the reports of one move under the other.

public import Foundation
import ReportModel
import RevisionStore

extension ReportRepository {
    /// Merges two agency ids that are one office: `from`'s reports go under `into`, its name becomes an alias of
    /// `into`, and its aliases, the agencies under it, and the people and tokens that reached it now name `into`.
    ///
    /// A revision names its report, so history cannot be re-labelled: for each year `from` has a report and `into`
    /// has none, the draft moves as a new revision of `INTO/YEAR` with the same content (and original file) and
    /// author, whose message names the revision it came from; the marks (报送、退回、公开, with their comments) move with it, and a
    /// mark on an earlier revision than the draft moves onto a copy of that revision made first (the draft's copy is
    /// its child), so that it still marks what it marked. `from`'s revisions stay in the store, reachable by their ids:
    /// `gc` keeps every revision of a merged-away agency. A year both have with the same
    /// content keeps `into`'s report, and a mark of `from` that `into` lacks moves to `into`'s revision of the same
    /// content and original file (the draft for a mark of `from`'s draft). A mark `into` has already is never replaced. A year where
    /// `from`'s draft descends from a revision with the content of `into`'s draft (a township that went on editing
    /// after the county merged) moves on top of `into`'s draft, as its child. In both, a mark on an earlier text
    /// `into` has no revision of goes to a copy of the marked revision beside `into`'s line (no parents): it still
    /// marks what it marked, and `into`'s history is not rewound to it. A followed merge's edit kept beside `into`'s
    /// draft (``followMerges(_:from:seen:time:)``) is copied as the child of a copy of the text it started from, so
    /// that history shows what it changed. A year both have with different content
    /// otherwise is refused: a person decides which text stands before the merge. A report of `from` with an open sync conflict is refused too. The merge is recorded
    /// (``AgencyMerge``): a push of a report under `from` is refused from then on, and the nodes that pull
    /// `into`'s reports merge too (``followMerges(_:from:time:)``).
    ///
    /// - Throws: ``RepositoryError/agency(_:)`` (unknown ids, the same id twice (``AgencyError/mergeIntoItself(_:)``), ``AgencyError/mergeConflict(from:into:years:)``),
    ///   ``RepositoryError/conflictOpen(_:heads:)``, ``RepositoryError/authorMissing``; nothing is changed then.
    public func mergeAgency(
        _ from: String, into: String, author: String, time: Date = Date()
    ) async throws(RepositoryError) -> AgencyMergeOutcome {
        let author = try Self.checkedAuthor(author)
        guard from != into else { throw .agency(.mergeIntoItself(from)) }
        return try await write { writer in
            // Named before the merge, which makes `from`'s name an alias of `into`.
            let detail = AuditWording.agencyMerged.detail(
                try writer.agency(from)?.name ?? from, from, try writer.agency(into)?.name ?? into)
            let outcome = try Self.mergeAgency(from, into: into, time: time, writer: writer)
            try writer.appendAudit(person: author, action: .agencyMerge, detail: detail, time: time)
            return outcome
        }
    }

    static func mergeAgency(
        _ from: String, into: String, time: Date, seen: [ReportKey: ObjectID]? = nil, writer: StoreWriter
    ) throws -> AgencyMergeOutcome {
        guard let fromAgency = try writer.agency(from) else { throw try Self.unknownAgency(from, in: writer) }
        guard try writer.agency(into) != nil else { throw try Self.unknownAgency(into, in: writer) }
        let refs = Dictionary(grouping: try writer.refs().filter { $0.report.agency == from }, by: \.report.year)
        var moving: [(year: Int, draft: Revision, refs: [Ref], onto: ObjectID?)] = []
        var same: [Int] = []
        var clashing: [Int] = []
        var kept: [(year: Int, draft: Revision, base: ObjectID?)] = []
        var resubmit: [Int] = []
        var replaced: [Int] = []
        for (year, yearRefs) in refs.sorted(by: { $0.key < $1.key }) {
            let key = ReportKey(agency: from, year: year)
            let heads = yearRefs.filter { $0.name.kind == .head && $0.name != .draft }
            let open = try writer.conflicts(openOnly: true, report: key)
            if !heads.isEmpty || !open.isEmpty {
                throw RepositoryError.conflictOpen(
                    key, heads: heads.map(\.name.name), agencyName: Self.officeName(of: key, in: writer))
            }
            guard let draft = yearRefs.first(where: { $0.name == .draft }) else { continue }
            let revision = try writer.requireRevision(draft.revision)
            if let theirs = try writer.ref(.draft, of: ReportKey(agency: into, year: year)) {
                let root = try writer.requireRevision(theirs.revision).content.root
                if root == revision.content.root {
                    same.append(year)
                } else if try Self.history(of: revision, in: writer).contains(root) {
                    moving.append((year, revision, yearRefs, theirs.revision))
                } else if let there = seen?[key] {
                    // Followed: the county kept another text. An edit made here since what was seen there is
                    // kept beside it; a draft that was seen there (or is older) holds nothing of this node's own.
                    if try RevisionGraph.isAncestor(revision.id, of: there, in: writer) {
                        replaced.append(year)
                    } else {
                        kept.append((year, revision, try RevisionGraph.mergeBase(revision.id, there, in: writer)))
                        if yearRefs.contains(where: { $0.name == Mark.submitted.refName && $0.revision == revision.id })
                        {
                            resubmit.append(year)
                        }
                    }
                } else {
                    clashing.append(year)
                }
            } else {
                moving.append((year, revision, yearRefs, nil))
            }
        }
        guard clashing.isEmpty else {
            throw RepositoryError.agency(.mergeConflict(from: from, into: into, years: clashing))
        }
        let comments = try writer.markComments().filter { $0.report.agency == from }
        let node = try writer.nodeName() ?? "unnamed"
        func moveMark(_ mark: Mark, from ref: Ref, to revision: ObjectID, of key: ReportKey) throws {
            try writer.moveRef(mark.refName, of: key, to: revision, at: ref.moved)
            if var comment = comments.first(where: { $0.report.year == key.year && $0.mark == mark }) {
                comment.report = key
                try writer.setMarkComment(comment, mark: mark, of: key)
            }
        }
        // (named as it will be: an agency still named by its id takes `from`'s name, below)
        let intoName =
            try writer.agency(into).map { $0.name == into && fromAgency.name != from ? fromAgency.name : $0.name }
            ?? into
        /// A revision of `key` with the content of `source`, as a new revision with these parents. It keeps the
        /// author of the text it copies, so that `log`, `blame` and the pages credit the township that wrote it, not
        /// the one who merged the ids (the audit log records that); its message says where it came from.
        func copy(_ source: Revision, to key: ReportKey, parents: [ObjectID]) throws -> ObjectID {
            // Named for a person: the offices and the version, not ids and hashes (`from`'s id once, as the audit's).
            let message = RevisionMessage.agencyMerge(
                from: fromAgency.name, id: from, year: key.year, version: try writer.generation(of: source.id),
                into: intoName)
            let record = RevisionContent(
                report: key, root: source.content.root, parents: parents, author: source.content.author, node: node,
                time: time, message: message.chinese,
                original: source.content.original, diagnostics: source.content.diagnostics)
            let revision = EncodedObject(.revision(record))
            _ = try writer.put([revision])
            // (a copy of a revision another node brought stays that sender's: 代为报送 never takes it for the
            // county's, whatever author it names, rv104 F8)
            if let receipt = try writer.revisionReceipts(of: [source.id])[source.id] {
                try writer.recordRevisionReceipt(revision.id, sender: receipt.sender, at: receipt.received)
            }
            return revision.id
        }
        /// Where a mark of `from` on an earlier revision lands in `key`, which has a draft already: `key`'s newest
        /// revision of the same content and the same original file (a 公开 marks what was published, the PDF as much
        /// as the words), else a copy beside its line.
        func landing(of marked: ObjectID, in key: ReportKey) throws -> ObjectID {
            let source = try writer.requireRevision(marked)
            let same = try writer.revisions(of: key, withRoot: source.content.root).filter {
                try writer.requireRevision($0).content.original == source.content.original
            }
            let generations = try writer.generations(of: same)
            if let newest = same.max(by: { (generations[$0] ?? 0, $0.hex) < (generations[$1] ?? 0, $1.hex) }) {
                return newest
            }
            return try copy(source, to: key, parents: [])
        }
        /// The marks of `from`'s report of a year that `key` lacks, in the order they were set (``RefMoment``), so
        /// that moved in that order they keep it within a second.
        func untaken(_ yearRefs: [Ref], in key: ReportKey) throws -> [(Mark, Ref)] {
            let taken = Set(try writer.refs(of: key).filter { $0.name.kind == .mark }.map(\.name))
            return Mark.allCases.enumerated().compactMap { rank, mark in
                yearRefs.first { $0.name == mark.refName && !taken.contains(mark.refName) }.map { (rank, mark, $0) }
            }
            .sorted { ($0.2.moment, $0.0) < ($1.2.moment, $1.0) }.map { ($0.1, $0.2) }
        }
        for (year, draft, yearRefs, onto) in moving {
            let key = ReportKey(agency: into, year: year)
            let marked = try untaken(yearRefs, in: key)
            // The marks go with the revisions they are on. Into a year `into` lacks, a revision a mark is on that is
            // not the draft (公开了第 2 版，草稿已是第 3 版) moves first, as its own revision, and the draft's copy
            // follows it; on top of `into`'s draft, only the draft's copy goes there, after `landing`.
            var copies: [ObjectID: ObjectID] = [:]
            var parent = onto
            if onto == nil {
                let earlier = Set(marked.map(\.1.revision)).subtracting([draft.id])
                let generations = try writer.generations(of: Array(earlier))
                for id in earlier.sorted(by: { (generations[$0] ?? 0, $0.hex) < (generations[$1] ?? 0, $1.hex) }) {
                    let made = try copy(try writer.requireRevision(id), to: key, parents: parent.map { [$0] } ?? [])
                    copies[id] = made
                    parent = made
                }
            }
            let head = try copy(draft, to: key, parents: parent.map { [$0] } ?? [])
            copies[draft.id] = head
            try writer.moveRef(.draft, of: key, to: head, expecting: .current(onto), at: time)
            for (mark, ref) in marked {
                let target = try copies[ref.revision] ?? landing(of: ref.revision, in: key)
                try moveMark(mark, from: ref, to: target, of: key)
            }
        }
        // A year both have with the same content: a mark of `from`'s draft that `into` lacks goes to `into`'s draft,
        // one of an earlier revision to `into`'s revision of the same content (``landing``).
        for year in same {
            let key = ReportKey(agency: into, year: year)
            guard let yearRefs = refs[year], let draft = yearRefs.first(where: { $0.name == .draft }),
                let theirs = try writer.ref(.draft, of: key)
            else { continue }
            for (mark, ref) in try untaken(yearRefs, in: key) {
                let target = ref.revision == draft.revision ? theirs.revision : try landing(of: ref.revision, in: key)
                try moveMark(mark, from: ref, to: target, of: key)
            }
        }
        // A year edited here on a text the county did not keep: the edit, as a second head beside the county's text.
        // It continues a copy of the text it started from (the conflict's base, under `from`): a revision names its
        // parents in its own report only, and so the edit's history and blame, on every node the merge reaches, show
        // what it changed, not the whole report as new.
        for (year, draft, base) in kept {
            let key = ReportKey(agency: into, year: year)
            guard let theirs = try writer.ref(.draft, of: key)?.revision else { continue }
            let start = try base.map { try copy(try writer.requireRevision($0), to: key, parents: []) }
            let head = try copy(draft, to: key, parents: start.map { [$0] } ?? [])
            let taken = Set(try HeadKeeper.secondHeads(of: key, in: writer).map(\.name.name))
            let name = (1...100).lazy.map { $0 == 1 ? from : "\(from)-\($0)" }.first { !taken.contains($0) } ?? from
            try writer.moveRef(RefName(kind: .head, name: name), of: key, to: head, expecting: .absent, at: time)
            _ = try writer.openConflict(
                report: key, head: name, ours: theirs, theirs: head, base: base,
                origin: ConflictOrigin.agencyMerge(from: fromAgency.name).recorded, at: time)
        }
        for (year, yearRefs) in refs {
            for ref in yearRefs { try writer.removeRef(ref.name, of: ReportKey(agency: from, year: year)) }
        }
        try writer.foldAgency(from, into: into, at: time)
        // An agency still named by its id — taken by sync while its name was `from`'s here: a clerk's mistyped id,
        // user review rv117 F1 — takes `from`'s name; any other keeps its own, `from`'s as another name.
        let tookName: Bool
        if var target = try writer.agency(into), target.name == into, fromAgency.name != from {
            target.name = fromAgency.name
            try writer.save(target)
            tookName = true
        } else {
            tookName = false
            _ = try writer.addAlias(fromAgency.name, normalized: AgencyNaming.normalized(fromAgency.name), to: into)
        }
        var outcome = AgencyMergeOutcome(
            from: from, into: into, moved: moving.map(\.year), same: same.sorted(), kept: kept.map(\.year),
            replaced: replaced)
        outcome.resubmit = resubmit
        outcome.tookName = tookName
        return outcome
    }

    /// The content roots of a revision and of every revision before it (at most 10,000).
    private static func history(of revision: Revision, in reader: some StoreReading) throws -> Set<ObjectID> {
        var roots: Set<ObjectID> = [revision.content.root]
        var seen: Set<ObjectID> = [revision.id]
        var queue = revision.content.parents
        while let next = queue.popLast(), seen.count < 10_000 {
            guard seen.insert(next).inserted, let parent = try reader.revision(next) else { continue }
            roots.insert(parent.content.root)
            queue += parent.content.parents
        }
        return roots
    }
}

// How a report's heads move when a revision arrives from another node: fast-forward, compare-and-swap, or a second
// head and an open conflict — never an overwrite. Used by the server (pushes), the client (pulls) and merges.

import Foundation
import ReportModel
import RevisionStore

/// The rules for a report's heads, applied inside one write transaction.
enum HeadKeeper {
    /// Takes a revision in as a head of its report.
    ///
    /// - The report has no draft: the revision becomes it.
    /// - The revision is in the draft's history: nothing moves.
    /// - The draft is in the revision's history: the draft moves forward (a revision that does not contain the draft
    ///   never replaces it, even when the sender says it last saw that draft).
    /// - Otherwise both lines changed: the revision is kept as a second head named `headName` (or moves that head
    ///   forward when it already holds an older revision of the same line) and a conflict is opened or kept.
    ///
    /// After the draft moves, second heads now in its history are removed and their conflicts closed.
    ///
    /// - Throws: ``StoreError/revisionNotFound(_:)``, ``StoreError/revisionOfAnotherReport(_:expected:found:)``.
    static func absorb(
        _ revision: ObjectID, into report: ReportKey, headName: String, origin: String,
        time: Date, writer: StoreWriter
    ) throws -> HeadOutcome {
        let found = try writer.requireRevision(revision).report
        guard found == report else {
            throw StoreError.revisionOfAnotherReport(revision, expected: report, found: found)
        }
        guard let draft = try writer.ref(.draft, of: report)?.revision else {
            try writer.moveRef(.draft, of: report, to: revision, expecting: .absent, at: time)
            return HeadOutcome(report: report, status: .created, revision: revision, previous: nil, draft: revision)
        }
        if try RevisionGraph.isAncestor(revision, of: draft, in: writer) {
            return HeadOutcome(report: report, status: .unchanged, revision: revision, previous: draft, draft: draft)
        }
        if try RevisionGraph.isAncestor(draft, of: revision, in: writer) {
            try writer.moveRef(.draft, of: report, to: revision, expecting: .at(draft), at: time)
            let closed = try settle(report, draft: revision, time: time, writer: writer)
            return HeadOutcome(
                report: report, status: .fastForwarded, revision: revision, previous: draft, draft: revision,
                closed: closed)
        }
        // Both lines hold the same text (both drafted the new year, both merged the same conflict): no conflict for a
        // person to merge, but a merge both nodes make alike, so that the other fast-forwards to it.
        if let merge = try sameTextMerge(of: draft, and: revision, writer: writer) {
            try writer.moveRef(.draft, of: report, to: merge, expecting: .at(draft), at: time)
            let closed = try settle(report, draft: merge, time: time, writer: writer)
            var outcome = HeadOutcome(
                report: report, status: .fastForwarded, revision: revision, previous: draft, draft: merge,
                closed: closed)
            outcome.mergedSameText = true
            return outcome
        }
        let conflict = try keepSecondHead(
            revision, of: report, draft: draft, headName: headName, origin: origin, time: time, writer: writer)
        return HeadOutcome(
            report: report, status: .conflict, revision: revision, previous: draft, draft: draft, conflict: conflict)
    }

    /// The merge of two revisions of a report that hold the same text, stored here; `nil` when their texts differ.
    ///
    /// Every field is taken from the two revisions alone, so that two nodes that meet the same pair at once make the
    /// very same revision (the same id): the parents in the order of their ids, the later one's node and time, the
    /// author `自动合并`, a message that says why, no original. (`Schema/sync-protocol.md`, "Heads, conflicts and
    /// marks".)
    static func sameTextMerge(of first: ObjectID, and second: ObjectID, writer: StoreWriter) throws -> ObjectID? {
        let one = try writer.requireRevision(first)
        let other = try writer.requireRevision(second)
        guard one.root == other.root else { return nil }
        let parents = [one, other].sorted { $0.id.hex < $1.id.hex }
        let later = parents.max { ($0.content.time, $0.id.hex) < ($1.content.time, $1.id.hex) } ?? other
        let nodes = parents.map(\.content.node)
        let record = RevisionContent(
            report: one.report, root: one.root, parents: parents.map(\.id), author: sameTextAuthor,
            node: later.content.node, time: later.content.time,
            message: nodes[0] == nodes[1]
                ? "\(nodes[0]) 的两个版本文字相同" : "\(nodes[0]) 和 \(nodes[1]) 的版本文字相同")
        let revision = EncodedObject(.revision(record))
        try writer.put([revision])
        return revision.id
    }

    /// The author of a merge of two versions with the same text.
    static let sameTextAuthor = "自动合并"

    /// Removes the second heads of a report that are in the draft's history and closes their conflicts.
    ///
    /// - Returns: The conflicts closed.
    static func settle(_ report: ReportKey, draft: ObjectID, time: Date, writer: StoreWriter) throws -> [SyncConflict] {
        var closed: [SyncConflict] = []
        let open = try writer.conflicts(openOnly: true, report: report)
        for head in try secondHeads(of: report, in: writer) {
            guard try RevisionGraph.isAncestor(head.revision, of: draft, in: writer) else { continue }
            try writer.removeRef(head.name, of: report)
            for conflict in open where conflict.head == head.name.name {
                try writer.closeConflict(id: conflict.id, merge: draft, at: time)
                var done = conflict
                done.closed = Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down))
                done.merge = draft
                closed.append(done)
            }
        }
        return closed
    }

    /// The heads of a report other than its draft.
    static func secondHeads(of report: ReportKey, in reader: some StoreReading) throws -> [Ref] {
        try reader.refs(of: report).filter { $0.name.kind == .head && $0.name != .draft }
    }

    private static func keepSecondHead(
        _ revision: ObjectID, of report: ReportKey, draft: ObjectID, headName: String, origin: String, time: Date,
        writer: StoreWriter
    ) throws -> SyncConflict {
        let heads = try secondHeads(of: report, in: writer)
        let open = try writer.conflicts(openOnly: true, report: report)
        func conflict(for head: String) -> SyncConflict? { open.first { $0.head == head } }
        for head in heads {
            guard try RevisionGraph.isAncestor(revision, of: head.revision, in: writer) else { continue }
            if let known = conflict(for: head.name.name) { return known }
        }
        if let same = heads.first(where: { $0.name.name == headName }),
            try RevisionGraph.isAncestor(same.revision, of: revision, in: writer)
        {
            try writer.moveRef(same.name, of: report, to: revision, expecting: .at(same.revision), at: time)
            if var known = conflict(for: headName) {
                try writer.updateConflict(id: known.id, theirs: revision)
                known.theirs = revision
                return known
            }
            let base = try RevisionGraph.mergeBase(draft, revision, in: writer)
            return try writer.openConflict(
                report: report, head: headName, ours: draft, theirs: revision, base: base, origin: origin, at: time)
        }
        var name = headName
        var suffix = 2
        let taken = Set(heads.map(\.name.name))
        while taken.contains(name) || name == RefName.draft.name {
            name = "\(headName)-\(suffix)"
            suffix += 1
        }
        try writer.moveRef(RefName(kind: .head, name: name), of: report, to: revision, expecting: .absent, at: time)
        let base = try RevisionGraph.mergeBase(draft, revision, in: writer)
        return try writer.openConflict(
            report: report, head: name, ours: draft, theirs: revision, base: base, origin: origin, at: time)
    }
}

// The client's side of the wire: protocol bodies as repository values, and repository values as protocol bodies.

import Foundation
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI
import SyncMapping

extension ReportState {
    /// A report as a remote listed it.
    init(_ wire: WireReport) {
        var comments: [Mark: MarkComment] = [:]
        var marks: [Mark: ObjectID] = [:]
        // A mark this node does not know is left out (`Schema/sync-protocol.md`, "Strictness").
        var moved: [Mark: Int64] = [:]
        var setters: [Mark: String] = [:]
        for wireMark in wire.marks {
            let mark = wireMark.name
            marks[mark] = wireMark.revision
            moved[mark] = wireMark.moved
            // (a comment whose time is not one a node writes is not taken, as a note is not: WireTime)
            if let comment = wireMark.comment, let time = WireTime.date(wireMark.time ?? 0) {
                comments[mark] = MarkComment(
                    report: wire.report, mark: mark, comment: comment, author: wireMark.author ?? "unknown",
                    time: time, forced: wireMark.forced ?? false)
            } else if wireMark.comment == nil, let author = wireMark.author, !author.isEmpty {
                // (who set a mark without a comment: a name, as long as `user add` allows one at most)
                setters[mark] = String(author.prefix(64))
            }
        }
        self.init(
            report: wire.report, agency: wire.agency.map(Agency.init), draft: wire.draft, otherHeads: wire.heads,
            marks: marks, comments: comments,
            conflicts: wire.conflicts.map { SyncConflict(wire: $0, report: wire.report) },
            // A note whose id is not the hash of its content is not taken.
            notes: wire.notes.map { $0.compactMap(Note.init(checking:)) })
        markMoved = moved
        markSetters = setters
    }
}

extension SyncConflict {
    /// A remote's conflict (its number there is not known: 0).
    init(wire: WireConflict, report: ReportKey) {
        self.init(
            id: 0, report: report, head: wire.head, ours: wire.ours, theirs: wire.theirs, base: wire.base,
            origin: wire.origin, opened: WireTime.listedDate(wire.opened))
    }
}

extension WireRefUpdate {
    /// A ref update for the wire.
    init(_ update: RefUpdate) {
        self.init(
            report: update.report, ref: update.ref, revision: update.revision, expected: update.expected,
            comment: update.comment.map {
                WireMark(
                    name: $0.mark, revision: update.revision, comment: $0.comment, author: $0.author,
                    time: Int64($0.time.timeIntervalSince1970), forced: $0.forced ? true : nil)
            },
            agency: update.agency.map(WireAgency.init), renews: update.renews)
    }
}

extension RefUpdateResult {
    /// A remote's answer to one ref update.
    init(_ wire: WireRefResult) {
        self.init(
            report: wire.report, ref: wire.ref, status: wire.status,
            revision: wire.revision, current: wire.current,
            conflict: wire.conflict.map { SyncConflict(wire: $0, report: wire.report) })
    }
}

extension AccessScope {
    /// What a token reaches, as the remote said.
    init(_ identity: TokenIdentity) {
        self = identity.all ? .all : .agencies(Set(identity.agencies))
    }
}

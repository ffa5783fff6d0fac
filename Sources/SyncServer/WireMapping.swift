// The server's side of the wire: repository values as protocol bodies, and protocol bodies as repository values.

import Foundation
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI
import SyncMapping

extension RefsListing {
    /// What a pull pack lists, as the protocol says it to a token.
    init(_ pack: PullPack, node: String, access: AccessToken) {
        self.init(
            protocolVersion: SyncProtocol.version, node: node, identity: TokenIdentity(access),
            reports: pack.states.map(WireReport.init), sequence: pack.sequence,
            merges: pack.merges.isEmpty ? nil : pack.merges.map(WireAgencyMerge.init), epoch: pack.epoch,
            agencies: pack.agencies.isEmpty ? nil : pack.agencies.map(WireAgency.init))
    }
}

extension WireReport {
    /// A report's state as the protocol lists it.
    init(_ state: ReportState) {
        self.init(
            report: state.report, agency: state.agency.map(WireAgency.init), draft: state.draft,
            heads: state.otherHeads,
            marks: state.marks.keys.sorted().compactMap { mark in
                state.marks[mark].map { revision in
                    let comment = state.comments[mark]
                    // (`author` without a comment: who set the mark, where this node knows)
                    return WireMark(
                        name: mark, revision: revision, comment: comment?.comment,
                        author: comment?.author ?? state.markSetters[mark],
                        time: comment.map { Int64($0.time.timeIntervalSince1970) },
                        forced: comment?.forced == true ? true : nil, moved: state.markMoved[mark])
                }
            },
            conflicts: state.conflicts.map(WireConflict.init), notes: (state.notes ?? []).map(WireNote.init))
    }
}

extension WireConflict {
    /// A conflict as the protocol lists it.
    init(_ conflict: SyncConflict) {
        self.init(
            head: conflict.head, ours: conflict.ours, theirs: conflict.theirs, base: conflict.base,
            origin: conflict.origin, opened: Int64(conflict.opened.timeIntervalSince1970))
    }
}

extension TokenIdentity {
    /// What a token reaches, as the protocol says it.
    init(_ token: AccessToken) {
        switch token.scope {
        case .all: self.init(label: token.label, all: true, agencies: [])
        case .agencies(let ids): self.init(label: token.label, all: false, agencies: ids.sorted())
        }
    }
}

extension RefUpdate {
    /// A ref update from the wire: refused when a time it carries is not one a node writes (``WireTime``).
    static func received(_ update: WireRefUpdate) throws(NodeError) -> RefUpdate {
        for time in [update.comment?.time, update.renews].compactMap(\.self) where !WireTime.seconds.contains(time) {
            throw .badRequest(
                "The update of \(update.report.agency)/\(update.report.year) has a time that is not a date: \(time).")
        }
        return RefUpdate(
            report: update.report, ref: update.ref, revision: update.revision, expected: update.expected,
            // A comment goes with a mark.
            comment: update.comment.flatMap { wire in
                update.ref.mark.flatMap { mark in
                    wire.comment.map {
                        MarkComment(
                            report: update.report, mark: mark, comment: $0, author: wire.author ?? "unknown",
                            time: Date(timeIntervalSince1970: TimeInterval(wire.time ?? 0)),
                            forced: wire.forced ?? false)
                    }
                }
            },
            agency: update.agency.map(Agency.init), renews: update.renews)
    }
}

extension UploadResult {
    /// What a receive did, for the wire.
    init(_ outcome: ReceiveOutcome) {
        self.init(
            stored: outcome.stored.stored, existing: outcome.stored.existing,
            results: outcome.results.map { result in
                WireRefResult(
                    report: result.report, ref: result.ref, status: result.status, revision: result.revision,
                    current: result.current, conflict: result.conflict.map(WireConflict.init),
                    closed: result.closed.count)
            })
    }
}

extension Note {
    /// A note from the wire: refused when its id is not the hash of its content. (A note of an unknown kind or
    /// verdict does not decode: the request is refused as malformed, `NodeErrorMiddleware`.)
    static func received(_ wire: WireNote) throws(NodeError) -> Note {
        guard let note = Note(checking: wire) else {
            guard WireTime.seconds.contains(wire.time) else {
                throw .badRequest("The note \(wire.id) has a time that is not a date: \(wire.time).")
            }
            throw .badRequest("The note \(wire.id) is not what its id says.")
        }
        return note
    }
}

import Foundation
import ReportModel
import ReportRepository
import SyncClient

// The JSON shapes of push, pull, sync, conflicts and merge (`--format json`), documented in Schema/sync-protocol.md
// ("CLI"). Fields are only ever added; a field without a value is null.

/// A sync conflict.
struct ConflictJSON: Encodable {
    let id: Int64
    let report: String
    let head: String
    let ours: String
    let theirs: String
    @NullEncodable var base: String?
    let origin: String
    let opened: Date
    @NullEncodable var closed: Date?
    @NullEncodable var merge: String?

    init(_ conflict: SyncConflict) {
        id = conflict.id
        report = conflict.report.description
        head = conflict.head
        ours = conflict.ours.hex
        theirs = conflict.theirs.hex
        base = conflict.base?.hex
        origin = conflict.origin
        opened = conflict.opened
        closed = conflict.closed
        merge = conflict.merge?.hex
    }

}

/// A head that moved or was kept.
struct HeadJSON: Encodable {
    let report: String
    let status: String
    let revision: String
    @NullEncodable var previous: String?
    let draft: String
    @NullEncodable var conflict: ConflictJSON?
    let closed: Int

    init(_ outcome: HeadOutcome) {
        report = outcome.report.description
        status = outcome.status.rawValue
        revision = outcome.revision.hex
        previous = outcome.previous?.hex
        draft = outcome.draft.hex
        conflict = outcome.conflict.map(ConflictJSON.init)
        closed = outcome.closed.count
    }

}

/// `nianbao pull`.
struct PullJSON: Encodable {
    struct MarkJSON: Encodable {
        let report: String
        let mark: String
        let revision: String
        @NullEncodable var comment: String?
        /// The remote's mark was set before the one this node had (a county restored from a backup).
        let older: Bool
    }

    /// A mark this node set after the remote's, kept here (and sent again by the push): `revision` is this node's,
    /// `remote` the remote's that was not taken.
    struct KeptJSON: Encodable {
        let report: String
        let mark: String
        let revision: String
        let remote: String
    }

    let remote: String
    let node: String
    let objectsReceived: Int
    let heads: [HeadJSON]
    let marks: [MarkJSON]
    let kept: [KeptJSON]
    /// Agency merges the remote listed that this node had anything of.
    let merges: [MergeJSON]
    /// The comments, answers, resolutions and finding decisions the pull brought that were not here yet.
    let notesReceived: [PushJSON.NoteSentJSON]
    /// Whether the remote's store went back since the last pull (the county restored a backup).
    let remoteWentBack: Bool
    /// What this node held of the remote that it no longer has, its store gone back: by report, the marks taken off
    /// here and the remote's comments kept here.
    let lostThere: [LostThereJSON]
    /// The offices the pull registered or renamed here (a township's own office at its first pull, a rename the
    /// county made).
    let agencies: AgencyChangesJSON
    let statistics: TransferStatistics

    /// An agency merge of the remote, and what became of it here.
    struct MergeJSON: Encodable {
        let agency: String
        let into: String
        /// Whether it was merged here too.
        let followed: Bool
        let moved: [Int]
        let same: [Int]
        /// Years edited here under the old id on a text the county did not keep: kept as a second head.
        let kept: [Int]
        /// Of those, the ones merged into the draft at once: year → merge revision id.
        let merged: [String: String]
        /// Years whose report here held nothing of this node's own: the county's kept text stands.
        let replaced: [Int]
        /// Of `kept`, the years whose edit had been submitted under the old id: submit the merged report again.
        let resubmit: [Int]
        @NullEncodable var problem: String?
    }

    /// - Parameter names: The offices' names by agency id, as this node knows them.
    init(_ report: PullReport, names: [String: String]) {
        remote = report.remote
        node = report.node
        objectsReceived = report.objectsReceived
        heads = report.reports.flatMap(\.heads).map(HeadJSON.init)
        merges = report.merges.map {
            MergeJSON(
                agency: $0.merge.agency, into: $0.merge.into, followed: $0.outcome != nil,
                moved: $0.outcome?.moved ?? [], same: $0.outcome?.same ?? [], kept: $0.outcome?.kept ?? [],
                merged: Dictionary(
                    uniqueKeysWithValues: ($0.outcome?.merged ?? [:]).map { (String($0.key), $0.value.hex) }),
                replaced: $0.outcome?.replaced ?? [], resubmit: $0.outcome?.resubmit ?? [],
                problem: $0.problem.map { "\($0)" })
        }
        marks = report.reports.flatMap { pulled in
            pulled.marks.sorted { $0.key < $1.key }.map {
                MarkJSON(
                    report: pulled.report.description, mark: $0.key.rawValue, revision: $0.value.hex,
                    comment: pulled.comments[$0.key]?.comment, older: pulled.older.contains($0.key))
            }
        }
        kept = report.reports.flatMap { pulled in
            pulled.kept.sorted { $0.key < $1.key }.map {
                KeptJSON(
                    report: pulled.report.description, mark: $0.key.rawValue,
                    revision: $0.value.here.hex, remote: $0.value.remote.hex)
            }
        }
        notesReceived = report.reports.flatMap(\.notes).map(PushJSON.NoteSentJSON.init)
        remoteWentBack = report.remoteWentBack
        lostThere = LostThereJSON.all(in: report, names: names)
        agencies = AgencyChangesJSON(report)
        statistics = report.statistics
    }
}

/// `nianbao push`.
struct PushJSON: Encodable {
    struct ResultJSON: Encodable {
        let report: String
        let ref: String
        let status: String
        let revision: String
        @NullEncodable var current: String?
        @NullEncodable var conflict: ConflictJSON?

    }

    let remote: String
    let node: String
    let objectsSent: Int
    let objectsSkipped: Int
    let results: [ResultJSON]
    /// Drafts and marks not sent because the token may not write them: `reason` is `out-of-reach` or `county-only`.
    let notSent: [NotSentJSON]
    /// Notes sent: a township's answers and resolutions (the county's comments and decisions too).
    let notesSent: [NoteSentJSON]
    /// Notes written here that stay here: a township's own comments and finding decisions, and the answers to them.
    let notesKept: [NoteSentJSON]
    /// Answers written here to a comment the remote no longer has (the county restored a backup): not sent.
    let notesHeld: [NoteSentJSON]
    let statistics: TransferStatistics

    /// A note sent or kept: its report, id and kind (`comment`, `reply`, `resolve`, `decision`).
    struct NoteSentJSON: Encodable {
        let report: String
        let id: String
        let kind: String

        init(_ note: Note) {
            report = note.report.description
            id = note.id.hex
            kind = note.kind.rawValue
        }
    }

    /// A draft or mark not sent.
    struct NotSentJSON: Encodable {
        let report: String
        let ref: String
        let reason: String
        let message: String
    }

    init(_ report: PushReport) {
        remote = report.remote
        node = report.node
        objectsSent = report.objectsSent
        objectsSkipped = report.objectsSkipped
        results = report.results.map {
            ResultJSON(
                report: $0.report.description, ref: $0.ref.name, status: $0.status.rawValue, revision: $0.revision.hex,
                current: $0.current?.hex, conflict: $0.conflict.map(ConflictJSON.init))
        }
        notSent = report.unsent.map {
            NotSentJSON(
                report: $0.report.description, ref: $0.ref.name, reason: $0.reason.rawValue, message: $0.description)
        }
        notesSent = report.notesSent.map(NoteSentJSON.init)
        notesKept = report.notesKept.map(NoteSentJSON.init)
        notesHeld = report.notesHeld.map(NoteSentJSON.init)
        statistics = report.statistics
    }
}

/// `nianbao pull|push|sync --format json`: what happened and the conflicts open here afterwards.
struct SyncJSON: JSONOutput {
    @NullEncodable var pull: PullJSON?
    @NullEncodable var push: PushJSON?
    let statistics: TransferStatistics
    let openConflicts: [ConflictJSON]

}

/// `nianbao token list`.
struct TokensJSON: JSONOutput {
    let tokens: [TokenJSON]
}

/// `nianbao remote list`.
struct RemotesJSON: JSONOutput {
    /// A remote: its name and address (never its token).
    struct RemoteJSON: Encodable {
        let name: String
        let url: String
    }

    let remotes: [RemoteJSON]
}

/// `nianbao conflicts`.
struct ConflictsJSON: JSONOutput {
    let conflicts: [ConflictJSON]
}

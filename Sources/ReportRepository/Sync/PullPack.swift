// What a pull carries: the pack a node gives, which reports it covers, and what the receiving node keeps of it.

import Foundation
public import ReportModel
public import RevisionStore

/// What a node sends for a pull: the state of every report the token reaches and the objects the puller lacks.
public struct PullPack: Sendable, Hashable {
    /// The reports the token reaches, with their refs.
    public var states: [ReportState]
    /// Objects the puller lacks, every object after what it refers to; cut after a whole revision when the pack is
    /// full.
    public var objects: [EncodedObject]
    /// 0 when this pack completes the pull; otherwise at least 1, and at most the objects further pulls will bring
    /// (the node plans only a little past the pack).
    public var remaining: Int
    /// The node's change sequence when it read the states: every change up to it is in them (for the reports
    /// listed), none after it.
    public var sequence: Int64 = 0
    /// The agency ids merged here into an agency the scope reaches: the puller merges them too.
    public var merges: [AgencyMerge] = []
    /// Which copy of its store the node is (``RevisionStore/StoreReading/epoch()``), `nil` for one no backup made.
    public var epoch: String?
}

/// Which reports a pull lists (Schema/sync-protocol.md, "A pull").
public struct PullSelection: Sendable, Hashable {
    /// Every report changed after this change sequence of the node (`nil`: every report, unless `reports`).
    public var since: Int64?
    /// Reports listed whether or not they changed (within reach and with refs).
    public var reports: [ReportKey]?
    /// List only: send no objects.
    public var listOnly: Bool

    /// Every report the scope reaches, with its objects.
    public static let all = PullSelection()

    /// Creates a selection.
    public init(since: Int64? = nil, reports: [ReportKey]? = nil, listOnly: Bool = false) {
        self.since = since
        self.reports = reports
        self.listOnly = listOnly
    }

    /// Whether it lists every report the scope reaches.
    public var isAll: Bool { since == nil && reports == nil }
}

/// What a pull did to one report.
public struct PulledReport: Sendable, Hashable {
    /// The report.
    public var report: ReportKey
    /// What happened to the draft (and to other heads the remote had).
    public var heads: [HeadOutcome]
    /// Marks that moved here because they moved on the remote, with their comments.
    public var marks: [Mark: ObjectID]
    /// The comments of the marks that moved.
    public var comments: [Mark: MarkComment]
    /// Marks this node set later than the remote's (the remote's store went back: restored from a backup), kept
    /// here instead of the remote's older one: the next push sends them again.
    public var kept: [Mark: KeptMark] = [:]
    /// The comments, answers, resolutions and finding decisions this pull brought that were not here yet.
    public var notes: [Note] = []
    /// Marks among ``marks`` that moved back to an older mark of the remote (one this node's token cannot set: the
    /// county's `returned` or `published` after the county restored a backup), said so rather than silently.
    public var older: Set<Mark> = []
}

/// A mark a pull kept here rather than move it back to the remote's older one.
public struct KeptMark: Sendable, Hashable {
    /// The revision the mark is on here (kept).
    public var here: ObjectID
    /// The revision the remote's mark is on (not taken).
    public var remote: ObjectID
    /// Whether the remote's mark went back from one this node saw there before (its store restored from a backup);
    /// `false` when this node never saw the mark there: another revision marked there before this node set its own
    /// (the county's upload of the file the township mailed, before the township's node made its own), which the
    /// pull names for what it is, never a backup (user review ux98, finding L).
    public var remoteWentBack = false
}

/// What a pulling node remembers of a pull, with the refs it took in (`remote_sync`).
public struct PulledSequence: Sendable, Hashable {
    /// The remote's change sequence the states were read at (`nil`: the remote keeps none, an older node).
    public var sequence: Int64?
    /// What the remote's token reached (``RemoteSyncState/identityKey(all:agencies:)``).
    public var identity: String
    /// Whether the pull listed every report the token reaches.
    public var full: Bool

    /// Creates a record.
    public init(sequence: Int64?, identity: String, full: Bool) {
        self.sequence = sequence
        self.identity = identity
        self.full = full
    }
}

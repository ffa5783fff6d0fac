// What a pull carries: the pack a node gives, which reports it covers, and what the receiving node keeps of it.

public import Foundation
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
    /// The records of the agencies a scope limited to some agencies reaches (a township's token: its own office),
    /// in a listing of every report: a new township node learns its office — id and name — before it has a report
    /// of it (user review rv117, F1); and in a listing of what changed when anything changed on the node since, so
    /// that the county's rename of an office it has no report of yet reaches the township at its next pull. Empty
    /// for the county's token, and in a listing of what changed when nothing did.
    public var agencies: [Agency] = []
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
    /// Who set each mark that moved without a comment, as the remote named them (``ReportState/markSetters``):
    /// the county's 公开 said nobody where its 退回 named 王审核 (user review rv117, M9).
    public var setters: [Mark: String] = [:]
    /// Marks this node set later than the remote's (the remote's store went back: restored from a backup), kept
    /// here instead of the remote's older one: the next push sends them again.
    public var kept: [Mark: KeptMark] = [:]
    /// The comments, answers, resolutions and finding decisions this pull brought that were not here yet.
    public var notes: [Note] = []
    /// Marks among ``marks`` that moved back to an older mark of the remote (one this node's token cannot set: the
    /// county's `returned` or `published` after the county restored a backup), said so rather than silently.
    public var older: Set<Mark> = []
    /// What this node held of the remote (the county) that the remote no longer has, its store gone back to a backup
    /// (``LostThere``); `nil` when nothing.
    public var lostThere: LostThere?
}

/// The county's marks and comments a township held that the county no longer has after it restored a backup (its
/// listing's `epoch` changed, or its change sequence went back; rr99 F3). The marks only the county sets (已退回,
/// 已公开) are taken off here too, so that the township shows the county's state, not a mark the county no longer
/// holds; the comments stay here. The pull lists both for the clerk to tell the county.
public struct LostThere: Sendable, Hashable {
    /// A mark taken off here: which, on which revision, when it was set, and its comment (a return's correction
    /// request).
    public struct LostMark: Sendable, Hashable {
        /// The mark.
        public var mark: Mark
        /// The revision it was on.
        public var revision: ObjectID
        /// When it was set.
        public var moved: Date
        /// Its comment, if any.
        public var comment: MarkComment?
    }

    /// The marks taken off here.
    public var marks: [LostMark] = []
    /// The county's comments (and answers) this node received from it that it no longer lists: kept here.
    public var notes: [Note] = []

    /// Whether nothing was lost.
    public var isEmpty: Bool { marks.isEmpty && notes.isEmpty }
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

public import ReportRepository
public import SyncAPI

/// What a pull did.
public struct PullReport: Sendable, Hashable {
    /// The remote's name here.
    public var remote: String
    /// The remote node's name.
    public var node: String
    /// What the token reaches there.
    public var identity: TokenIdentity
    /// The reports where something changed here.
    public var reports: [PulledReport]
    /// Objects received and stored.
    public var objectsReceived: Int
    /// Requests, bytes and objects exchanged.
    public var statistics: TransferStatistics
    /// The remote's reports as it listed them (a push that follows needs no listing of its own).
    public var listing: RefsListing
    /// Whether `listing` holds every report the token reaches; `false`: only those changed on the remote since the
    /// last pull (and those this node named).
    public var listedAll = true
    /// The agency merges the remote listed that this node had anything of: merged here too, or why not.
    public var merges: [FollowedMerge] = []
}

/// What a push did.
public struct PushReport: Sendable, Hashable {
    /// The remote's name here.
    public var remote: String
    /// The remote node's name.
    public var node: String
    /// One result per ref update sent, in order.
    public var results: [RefUpdateResult]
    /// Objects uploaded.
    public var objectsSent: Int
    /// Objects the remote already had among those it was asked about.
    public var objectsSkipped: Int
    /// Drafts and marks that moved here but were not sent, because the token may not write them.
    public var unsent: [UnsentRef] = []
    /// Notes sent (a township's answers and resolutions, the county's comments too).
    public var notesSent: [Note] = []
    /// Notes written here that the token may not send (a township's own comments, and the answers to them): they
    /// stay on this node (``PushPlan/keptNotes``).
    public var notesKept: [Note] = []
    /// Requests, bytes and objects exchanged.
    public var statistics: TransferStatistics

    /// The results that opened or kept a conflict on the remote.
    public var conflicts: [RefUpdateResult] { results.filter { $0.status == .conflict } }
}

/// What a sync (pull, then push) did.
public struct SyncReport: Sendable, Hashable {
    /// The pull.
    public var pull: PullReport
    /// The push.
    public var push: PushReport

    /// Both together.
    public var statistics: TransferStatistics {
        var total = pull.statistics
        total.add(push.statistics)
        return total
    }
}

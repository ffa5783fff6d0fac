public import Foundation
public import ReportModel
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
    /// Whether the remote's store went back since the last pull (a backup put in its place, Schema/sync-protocol.md,
    /// "Change sequence"): what this node held of it that it no longer has is in ``PulledReport/lostThere``.
    public var remoteWentBack = false
    /// The agencies the pull registered or renamed here (a township's own office at its first pull, a rename the
    /// county made).
    public var agencyChanges = AgencyRegisterChanges()
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
    /// The agencies the token writes on the remote, when it writes only some (a township's): what a draft left
    /// unsent for being out of reach should have been committed to (user review rv117, F1).
    public var reach: [String] = []
    /// The names the remote gives those agencies (its listing's agency records), by id.
    public var reachNames: [String: String] = [:]
    /// Notes sent (a township's answers and resolutions, the county's comments too).
    public var notesSent: [Note] = []
    /// Notes written here that the token may not send (a township's own comments, and the answers to them): they
    /// stay on this node (``PushPlan/keptNotes``).
    public var notesKept: [Note] = []
    /// Answers written here to a comment the remote no longer has (the county restored a backup): not sent, they
    /// stay here until the county writes its comment again (``PushPlan/heldNotes``).
    public var notesHeld: [Note] = []
    /// Requests, bytes and objects exchanged.
    public var statistics: TransferStatistics
    /// The marks the remote kept over this node's (``RefUpdateStatus/stale``), as it listed them: what the person
    /// pulls before pushing again.
    public var staleMarks: [StaleMark] = []

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

/// A mark a push did not move because the remote holds another that this node had not seen there last
/// (``RefUpdateStatus/stale``): the remote's stands, and a pull brings it.
public struct StaleMark: Sendable, Hashable {
    /// The report.
    public var report: ReportKey
    /// The mark.
    public var mark: Mark
    /// When the remote set its mark, by its clock, as its listing said (`nil` from a node older than schema 13).
    public var moved: Date?
    /// Whether this node had seen the mark there before and the remote's moved since; `false`: it never pulled it.
    public var seenBefore: Bool

    /// Creates a stale mark.
    public init(report: ReportKey, mark: Mark, moved: Date?, seenBefore: Bool) {
        self.report = report
        self.mark = mark
        self.moved = moved
        self.seenBefore = seenBefore
    }
}

public import ReportModel
public import RevisionStore

/// What happened to a report's draft when a revision arrived as a head (from a push, a pull, or a merge).
public enum HeadStatus: String, Sendable, Hashable, Codable {
    /// The report had no draft: the revision is its draft now.
    case created
    /// The draft moved forward to the revision, which descends from it.
    case fastForwarded = "fast-forward"
    /// The revision is the draft or already in its history: nothing moved.
    case unchanged
    /// Both lines changed the draft: the revision is kept as a second head and a conflict is open.
    case conflict
}

/// What happened to a report's draft when a revision arrived as a head.
public struct HeadOutcome: Sendable, Hashable {
    /// The report.
    public var report: ReportKey
    /// What happened.
    public var status: HeadStatus
    /// The revision that arrived.
    public var revision: ObjectID
    /// The draft before.
    public var previous: ObjectID?
    /// The draft after.
    public var draft: ObjectID
    /// The conflict opened or kept open, for ``HeadStatus/conflict``.
    public var conflict: SyncConflict?
    /// Conflicts this move closed (their other head is now in the draft's history).
    public var closed: [SyncConflict]
    /// The draft moved to a merge this node made itself, because the revision that arrived holds the same text as
    /// the draft (``HeadKeeper/sameTextMerge(of:and:writer:)``); ``draft`` is that merge.
    public var mergedSameText = false

    /// Creates an outcome.
    public init(
        report: ReportKey, status: HeadStatus, revision: ObjectID, previous: ObjectID?, draft: ObjectID,
        conflict: SyncConflict? = nil, closed: [SyncConflict] = []
    ) {
        self.report = report
        self.status = status
        self.revision = revision
        self.previous = previous
        self.draft = draft
        self.conflict = conflict
        self.closed = closed
    }
}

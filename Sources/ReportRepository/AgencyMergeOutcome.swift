// What merging one agency into another did, for the command line, the pages and the pull that followed it.

public import ReportModel

/// What merging one agency into another did.
public struct AgencyMergeOutcome: Sendable, Hashable {
    /// The agency merged away.
    public var from: String
    /// The agency that now holds its reports.
    public var into: String
    /// The years whose report moved: a new revision of `INTO/YEAR` with the same content.
    public var moved: [Int]
    /// The years both had with the same content: `INTO`'s report stays, `FROM`'s refs are dropped.
    public var same: [Int]
    /// The years of a followed merge where this node had edited `FROM`'s report on a text the county's `INTO` report
    /// does not contain: the edit is kept as a second head of `INTO/YEAR`, with an open conflict, and merged into
    /// its draft when that was clean (``merged``).
    public var kept: [Int]
    /// Of ``kept``, the years whose edit was merged into `INTO`'s draft: the merge revision, for the next push.
    public var merged: [Int: ObjectID]
    /// The years of a followed merge where this node had no edit of its own on `FROM`'s report (its draft was one
    /// the remote had, or an older one): `INTO`'s report, which the county kept instead, stands; `FROM`'s refs are
    /// dropped.
    public var replaced: [Int]
    /// Of ``kept``, the years whose edit this node had marked 已报送 under the old id: the mark is not carried (it
    /// marks a text the merged report is not), so the merged report must be submitted again.
    public var resubmit: [Int] = []
    /// Whether `into`, still named by its id, took `from`'s name (else `from`'s name became another of its names).
    public var tookName = false

    /// Creates an outcome.
    public init(
        from: String, into: String, moved: [Int], same: [Int], kept: [Int] = [], merged: [Int: ObjectID] = [:],
        replaced: [Int] = []
    ) {
        self.from = from
        self.into = into
        self.moved = moved
        self.same = same
        self.kept = kept
        self.merged = merged
        self.replaced = replaced
    }
}

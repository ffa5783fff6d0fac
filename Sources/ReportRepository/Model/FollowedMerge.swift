public import RevisionStore

/// What became of an agency merge a remote listed, on this node.
public struct FollowedMerge: Sendable, Hashable {
    /// The merge on the remote.
    public var merge: AgencyMerge
    /// What merging here did, when it was done.
    public var outcome: AgencyMergeOutcome?
    /// Why it was not done here (nothing changed then).
    public var problem: RepositoryError?
    /// The office's name of the id merged away, as this node knew it before the merge (`nil` when it knew none).
    public var fromName: String?
    /// The office's name of the agency that holds its reports now, when this node knows it.
    public var intoName: String?

    /// Creates what became of a merge.
    public init(
        merge: AgencyMerge, outcome: AgencyMergeOutcome?, problem: RepositoryError?, fromName: String? = nil,
        intoName: String? = nil
    ) {
        self.merge = merge
        self.outcome = outcome
        self.problem = problem
        self.fromName = fromName
        self.intoName = intoName
    }

    public static func == (lhs: FollowedMerge, rhs: FollowedMerge) -> Bool {
        lhs.merge == rhs.merge && lhs.outcome == rhs.outcome && lhs.problem == rhs.problem
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(merge)
        hasher.combine(outcome)
    }
}

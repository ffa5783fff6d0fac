public import ReportModel
import RevisionStore

/// The document a commit stores for a file exported from a revision of the draft, or for the person's own copy
/// (``ReportRepository/rebased(_:to:basedOn:author:force:)``).
public struct RebasedReport: Sendable {
    /// The document to commit.
    public var report: Report
    /// The draft it was merged onto or checked against: the commit is made onto it, or made again when the draft
    /// moved meanwhile. For a file exported from a revision of the draft's line, committing the draft's own text again
    /// is then no change, whatever file it came in.
    public var onto: ObjectID?
    /// What happened, for the person, when the file's edits were merged with newer revisions.
    public var warning: CommitWarning?
    /// The same for the revision's message, which everyone reads on the history page: the person named, not "你";
    /// `nil` when it is ``warning`` itself.
    public var note: String?
    /// Whether it was checked as the person's own copy (a file naming no revision of the draft's line), not merged
    /// from the revision the file names.
    var isOwnCopy = false
    /// Whether the person's own copy brings nothing the draft (``onto``) lacks — their earlier file sent again after
    /// others changed the draft: nothing is committed, and ``warning`` says so.
    var bringsNothing = false
    /// The draft and second heads a text committed as their merge was checked against (`commit --resolve`).
    var resolving: (draft: ObjectID, heads: [ObjectID])?
    /// Where the file's text was taken over a change of someone else's the draft held, as decisions the revision's
    /// message records (``MergeDecisions/fileDecision(place:file:notTaken:)``, rv118 M4).
    var decisions: [String] = []
}

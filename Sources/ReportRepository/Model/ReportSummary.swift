import ReportModel
import RevisionStore

/// One report of the repository, as `reports` lists it.
public struct ReportSummary: Sendable, Hashable {
    /// Which report.
    public var report: ReportKey
    /// The agency's name, when known.
    public var agencyName: String?
    /// The draft head.
    public var head: Revision
    /// Further heads kept while a sync conflict is open (empty normally).
    public var otherHeads: [Ref]
    /// The revision marked submitted, if any.
    public var submitted: ObjectID?
    /// The revision marked published, if any.
    public var published: ObjectID?

    /// Creates a summary.
    public init(
        report: ReportKey, agencyName: String?, head: Revision, otherHeads: [Ref], submitted: ObjectID?,
        published: ObjectID?
    ) {
        self.report = report
        self.agencyName = agencyName
        self.head = head
        self.otherHeads = otherHeads
        self.submitted = submitted
        self.published = published
    }
}

/// What marking a revision did.
public struct MarkOutcome: Sendable, Hashable {
    /// Which report.
    public var report: ReportKey
    /// Which mark.
    public var mark: Mark
    /// The revision now marked.
    public var revision: ObjectID
    /// The revision the mark was on before, if any.
    public var previous: ObjectID?

    /// Creates an outcome.
    public init(report: ReportKey, mark: Mark, revision: ObjectID, previous: ObjectID?) {
        self.report = report
        self.mark = mark
        self.revision = revision
        self.previous = previous
    }
}

public import ReportModel
public import RevisionStore

/// A report's sync state: its agency, its draft, its other heads, its marks with their comments and its open
/// conflicts. What a node tells another about a report (the lists people read are ``ReportSummary``s).
public struct ReportState: Sendable, Hashable {
    /// The report.
    public var report: ReportKey
    /// Its agency, when known.
    public var agency: Agency?
    /// The draft head.
    public var draft: ObjectID?
    /// Further heads while a conflict is open, by name.
    public var otherHeads: [String: ObjectID]
    /// Marks (`submitted`, `published`, `returned`).
    public var marks: [Mark: ObjectID]
    /// When each mark was set, in seconds since 1970 by the listing node's clock; empty from nodes older than
    /// schema 13. The same revision with a later time is the mark set again.
    public var markMoved: [Mark: Int64] = [:]
    /// The comments of marks that have one.
    public var comments: [Mark: MarkComment]
    /// Who set each mark that has no comment (a comment names its author), where the listing node knows: the person
    /// its audit log names (``MarkState/person``). Empty from nodes that do not list it.
    public var markSetters: [Mark: String] = [:]
    /// The conflicts still open.
    public var conflicts: [SyncConflict]
    /// Its notes (comments, answers, resolutions, finding decisions), oldest first; `nil` when a remote did not
    /// list any because it does not keep notes (a node older than schema 11).
    public var notes: [Note]?

    /// Creates a report state.
    public init(
        report: ReportKey, agency: Agency?, draft: ObjectID?, otherHeads: [String: ObjectID] = [:],
        marks: [Mark: ObjectID] = [:], comments: [Mark: MarkComment] = [:], conflicts: [SyncConflict] = [],
        notes: [Note]? = []
    ) {
        self.report = report
        self.agency = agency
        self.draft = draft
        self.otherHeads = otherHeads
        self.marks = marks
        self.comments = comments
        self.conflicts = conflicts
        self.notes = notes
    }

    /// Every revision a ref of the report points to.
    public var revisions: [ObjectID] {
        var all: [ObjectID] = draft.map { [$0] } ?? []
        all += otherHeads.keys.sorted().compactMap { otherHeads[$0] }
        all += marks.keys.sorted().compactMap { marks[$0] }
        var seen = Set<ObjectID>()
        return all.filter { seen.insert($0).inserted }
    }
}

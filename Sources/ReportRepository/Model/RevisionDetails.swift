public import ReportModel
public import RevisionStore

/// A revision with its document and what points to it, for `show`.
public struct RevisionDetails: Sendable, Hashable {
    /// The revision.
    public var revision: Revision
    /// The document it holds.
    public var report: Report
    /// The agency, when the repository knows it.
    public var agency: Agency?
    /// The refs of its report that point to it (`draft`, `submitted`, `returned`, `published`).
    public var refs: [RefName]
    /// The marks on it, with their comments.
    public var marks: [MarkState]
    /// Its generation (``RevisionStore/StoreReading/generations(of:)``): the number pages name it by (第 3 版);
    /// `nil` for a revision not read from a store.
    public var generation: Int?
    /// Who sent it, when another node brought it here (a push or a pull) (``RevisionStore/RevisionReceipt``).
    public var receipt: RevisionReceipt?
    /// Its message as pages and commands show it (``ShownMessage``): checked against the store by
    /// ``ReportRepository/show(_:scope:)``; a notice not checked is shown as typed.
    public var message: ShownMessage

    /// Creates details.
    public init(
        revision: Revision, report: Report, agency: Agency?, refs: [RefName], marks: [MarkState] = [],
        generation: Int? = nil, receipt: RevisionReceipt? = nil
    ) {
        self.revision = revision
        self.report = report
        self.agency = agency
        self.refs = refs
        self.marks = marks
        self.generation = generation
        self.receipt = receipt
        message = ShownMessage(revision)
    }
}

extension RevisionDetails {
    /// Whether it is its report's published revision (the `published` mark points to it).
    public var isPublished: Bool { refs.contains(Mark.published.refName) }
}

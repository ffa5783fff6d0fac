public import ReportModel
public import RevisionStore

/// One report of the repository as every list shows it (`nianbao reports`, the web pages): its draft, its other
/// heads, its refs, its marks, its open conflicts and where it stands. The one read model of a report in a list.
public struct ReportSummary: Sendable, Hashable {
    /// Which report.
    public var report: ReportKey
    /// The agency's name, when known.
    public var agencyName: String?
    /// The draft head.
    public var head: Revision
    /// Further heads kept while a sync conflict is open (empty normally).
    public var otherHeads: [Ref]
    /// Every ref of the report.
    public var refs: [Ref]
    /// Its marks with their comments and receipts, in the order submitted, returned, published.
    public var marks: [MarkState]
    /// The sync conflicts still open.
    public var conflicts: [SyncConflict]
    /// Where it stands (``ReportStatus/of(refs:head:conflicted:sameText:)``).
    public var status: ReportStatus
    /// Whose change the draft head is, as this node knows it (``ChangeMaker``): a head another node brought is named
    /// with who sent it (`王审核（常张乡 同步送来）`), whatever author it names.
    public var headMaker: ChangeMaker

    /// Creates a summary.
    public init(
        report: ReportKey, agencyName: String?, head: Revision, otherHeads: [Ref], refs: [Ref] = [],
        marks: [MarkState], conflicts: [SyncConflict] = [], status: ReportStatus
    ) {
        self.report = report
        self.agencyName = agencyName
        self.head = head
        self.otherHeads = otherHeads
        self.refs = refs
        self.marks = marks
        self.conflicts = conflicts
        self.status = status
        self.headMaker = ChangeMaker(head, receipt: nil)
    }

    /// The agency's name, or its id when the repository has no name for it: what a page or a table shows.
    public var displayName: String { agencyName ?? report.agency }

    /// The report's name as the pages show it (``ReportNames``, in Chinese): `常张乡人民政府 2024 年度报告`.
    public var reportName: String { ReportNames.chinese(report, agencyName: agencyName) }

    /// The status as people read it: ``ReportStatus/label``, except that a draft changed after it was published says
    /// so (`草稿（公开后有修改）`): the published revision still stands, and the changes are not public yet. A draft
    /// last changed before another revision was published says that instead (`草稿（公开的是另一版）`).
    public var statusLabel: String {
        isChangedSincePublished ? "草稿（公开后有修改）" : isPublishedBesideDraft ? "草稿（公开的是另一版）" : status.label
    }

    /// The same in English.
    public var englishStatusLabel: String {
        isChangedSincePublished
            ? "Draft (changed since published)"
            : isPublishedBesideDraft ? "Draft (another version is published)" : status.englishLabel
    }

    /// Whether the report is a draft changed after it was published (the published revision still stands): its draft
    /// last moved after the published mark was set (``RefMoment``: within one second, by the order this node moved
    /// them; on a tie left by an older store, a draft of that second counts as changed since). A summary made without
    /// its refs counts every draft beside a publication as changed since.
    public var isChangedSincePublished: Bool {
        guard status == .draft, let published = mark(.published) else { return false }
        guard let draft = refs.first(where: { $0.name == .draft }) else { return true }
        let moment = refs.first { $0.name == Mark.published.refName }?.moment ?? RefMoment(moved: published.moved)
        return draft.moment >= moment
    }

    /// Whether the report is a draft that was last changed *before* another revision of it was published — the
    /// submitted one published while the township had committed more, an earlier one restored, forced — so that the
    /// draft is not "a change made after publication" (user review rv103, F9).
    public var isPublishedBesideDraft: Bool { status == .draft && published != nil && !isChangedSincePublished }

    /// The mark a draft changed since has left behind — `submitted` or `published`, set last, on another text — the
    /// status the county saw before the change (已报送 → 草稿): what `push` says the change does to the report at the
    /// county (user review ux98, finding D). `nil` when the report is not such a draft.
    public var markLeft: Mark? {
        guard status == .draft, let latest = ReportStatus.latestMark(in: refs)?.mark, latest != .returned else {
            return nil
        }
        return latest
    }

    /// The revision the county counts for the year: the published one, else the draft's head
    /// (``ReportRepository/countedRevision(of:in:)``'s rule): what the workbook sums and a batch export hands out.
    public var countedRevision: ObjectID { published ?? head.id }

    /// Whether the report counts as reported for its year, its deadline met (``ReportStatus/isReported(published:)``).
    public var isReported: Bool { status.isReported(published: published != nil) }

    /// Whether the report has arrived as far as its deadline goes (the board's 距截止: no 还剩 / 已逾期 N 天 once it has,
    /// and 逾期 N 天报送 when it came late, ``ReportRepository/daysLate(of:deadline:)``): it counts as reported
    /// (``isReported``), or it was submitted (报送) once, whatever its draft did since — a draft after a 报送 is a
    /// correction, not a missing report (rv119 F8: an office that submitted and then uploaded a correction read
    /// 已逾期 311 天, like one that sent nothing).
    public var hasArrived: Bool { isReported || mark(.submitted) != nil }

    /// A mark, if set.
    public func mark(_ mark: Mark) -> MarkState? { marks.first { $0.mark == mark } }

    /// The marks whose notes still stand, for a list that prints them under the report: a correction request (退回意见)
    /// only while the report is returned; once submitted again or published, the request was answered (user review
    /// ux98, N: `reports` kept printing it under a report since published). Every other note stands.
    public var standingNotes: [MarkState] {
        marks.filter { $0.note != nil && ($0.mark != .returned || status == .returned) }
    }

    /// The revision marked submitted, if any.
    public var submitted: ObjectID? { mark(.submitted)?.revision }
    /// The revision marked returned, if any.
    public var returned: ObjectID? { mark(.returned)?.revision }
    /// The revision marked published, if any.
    public var published: ObjectID? { mark(.published)?.revision }

    /// The second head of a report with an open conflict, by name: the oldest open conflict's, else any other head.
    public var secondHead: String? { conflicts.first?.head ?? otherHeads.first?.name.name }
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
    /// The mark's comment as recorded (the reason, when the rules were overridden).
    public var comment: MarkComment?
    /// For `submitted`: the errors and warnings of the checks on the revision that stand, which the person
    /// submitting is told of (``MarkRules/submitCaution(_:)``); `nil` when none stand or for another mark.
    public var caution: CheckCaution?

    /// Creates an outcome.
    public init(report: ReportKey, mark: Mark, revision: ObjectID, previous: ObjectID?, comment: MarkComment? = nil) {
        self.report = report
        self.mark = mark
        self.revision = revision
        self.previous = previous
        self.comment = comment
    }
}

public import ReportModel
public import RevisionStore

/// A ref move another node asks for: its draft moved on, or it set a mark.
public struct RefUpdate: Sendable, Hashable {
    /// The report.
    public var report: ReportKey
    /// The draft or a mark.
    public var ref: SyncRef
    /// The revision the ref should point to.
    public var revision: ObjectID
    /// What the sender last saw the ref point to here (`nil`: unset). Marks move only from there
    /// (compare-and-swap); a draft moves only forward, and a draft that moved meanwhile gives a conflict.
    public var expected: ObjectID?
    /// The comment that goes with a mark.
    public var comment: MarkComment?
    /// The report's agency, so that the receiver learns its name.
    public var agency: Agency?
    /// For a mark set again on the revision it already marks (a report submitted again unchanged after a return):
    /// when the receiver's mark was set, by the receiver's clock, as the sender last saw it listed. The receiver
    /// sets it again only if it is still so.
    public var renews: Int64?

    /// Creates a ref update.
    public init(
        report: ReportKey, ref: SyncRef, revision: ObjectID, expected: ObjectID?, comment: MarkComment? = nil,
        agency: Agency? = nil, renews: Int64? = nil
    ) {
        self.report = report
        self.ref = ref
        self.revision = revision
        self.expected = expected
        self.comment = comment
        self.agency = agency
        self.renews = renews
    }

    /// Whether it moves the draft (else a mark).
    public var isDraft: Bool { ref == .draft }
}

/// What became of one ref update.
public struct RefUpdateResult: Sendable, Hashable {
    /// The report.
    public var report: ReportKey
    /// The draft or the mark.
    public var ref: SyncRef
    /// What happened.
    public var status: RefUpdateStatus
    /// The revision asked for.
    public var revision: ObjectID
    /// Where the ref points now on the receiving node.
    public var current: ObjectID?
    /// The conflict, for ``RefUpdateStatus/conflict``.
    public var conflict: SyncConflict?
    /// Conflicts the move closed.
    public var closed: [SyncConflict]

    /// Creates a result.
    public init(
        report: ReportKey, ref: SyncRef, status: RefUpdateStatus, revision: ObjectID, current: ObjectID?,
        conflict: SyncConflict? = nil, closed: [SyncConflict] = []
    ) {
        self.report = report
        self.ref = ref
        self.status = status
        self.revision = revision
        self.current = current
        self.conflict = conflict
        self.closed = closed
    }
}

/// An object received from another node under its name, not yet checked.
public struct ReceivedObject: Sendable, Hashable {
    /// The name it came under.
    public var id: ObjectID
    /// Its canonical bytes, as received.
    public var bytes: [UInt8]

    /// Creates a received object.
    public init(id: ObjectID, bytes: [UInt8]) {
        self.id = id
        self.bytes = bytes
    }
}

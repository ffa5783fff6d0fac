public import Foundation
public import ReportModel

/// A ref of a remote node as this node last saw it (a remote-tracking ref).
public struct RemoteRef: Sendable, Hashable, Codable {
    /// The remote's name here.
    public var remote: String
    /// The report.
    public var report: ReportKey
    /// The draft or a mark.
    public var ref: SyncRef
    /// The revision it pointed to.
    public var revision: ObjectID
    /// When this node saw it.
    public var seen: Date
    /// When the remote had set it, by the remote's clock, as its listing said; `nil` when it did not say (a node
    /// older than schema 13) or this node recorded it after a push.
    public var moved: Int64?

    /// Creates a remote-tracking ref.
    public init(remote: String, report: ReportKey, ref: SyncRef, revision: ObjectID, seen: Date, moved: Int64? = nil) {
        self.remote = remote
        self.report = report
        self.ref = ref
        self.revision = revision
        self.seen = seen
        self.moved = moved
    }
}

/// Two lines of work on one draft that met in sync: the draft and a second head, until a merge joins them.
public struct SyncConflict: Sendable, Hashable, Codable {
    /// Its number on this node.
    public var id: Int64
    /// The report.
    public var report: ReportKey
    /// The name of the second head (`county`, `from-changzhang`).
    public var head: String
    /// The draft when the conflict opened.
    public var ours: ObjectID
    /// The other line's head (moves when that line goes on).
    public var theirs: ObjectID
    /// The newest revision both lines share, or `nil` when they share none.
    public var base: ObjectID?
    /// Who brought the other line: a pushing token and node, or the remote a pull came from.
    public var origin: String
    /// When it opened.
    public var opened: Date
    /// When a merge closed it, or `nil` while it is open.
    public var closed: Date?
    /// The revision that closed it.
    public var merge: ObjectID?
    /// The draft and the other head the last merged text a person took away to finish (`merge --output`) was made
    /// from, or `nil` when none was written. Local to this node.
    public var written: (ours: ObjectID, theirs: ObjectID)? {
        guard let writtenOurs, let writtenTheirs else { return nil }
        return (writtenOurs, writtenTheirs)
    }
    var writtenOurs: ObjectID?
    var writtenTheirs: ObjectID?

    /// Creates a conflict description.
    public init(
        id: Int64, report: ReportKey, head: String, ours: ObjectID, theirs: ObjectID, base: ObjectID?,
        origin: String, opened: Date, closed: Date? = nil, merge: ObjectID? = nil
    ) {
        self.id = id
        self.report = report
        self.head = head
        self.ours = ours
        self.theirs = theirs
        self.base = base
        self.origin = origin
        self.opened = opened
        self.closed = closed
        self.merge = merge
    }

    /// Whether it is still open.
    public var isOpen: Bool { closed == nil }
}

/// The comment that goes with a mark (the county's correction request on `returned`; the reason of a mark set against
/// the rules, such as a forced `published`).
public struct MarkComment: Sendable, Hashable, Codable {
    /// The report.
    public var report: ReportKey
    /// Which mark.
    public var mark: Mark
    /// The comment.
    public var comment: String
    /// Who wrote it.
    public var author: String
    /// When.
    public var time: Date
    /// Whether the mark was set against the rules (the comment is then the reason).
    public var forced: Bool

    /// Creates a mark comment.
    public init(report: ReportKey, mark: Mark, comment: String, author: String, time: Date, forced: Bool = false) {
        self.report = report
        self.mark = mark
        self.comment = comment
        self.author = author
        self.time = time
        self.forced = forced
    }
}

import Foundation
import ReportModel

/// A stored revision: its id and its record.
public struct Revision: Sendable, Hashable {
    /// The revision's id (the SHA-256 of its record's canonical encoding).
    public var id: ObjectID
    /// Which report, which root, which parents, who, where, when, why.
    public var record: RevisionRecord

    /// Creates a revision from its record, computing its id.
    public init(_ record: RevisionRecord) {
        self.id = CanonicalObject.revision(record).id
        self.record = record
    }

    /// The report this revision is of.
    public var report: ReportKey { record.report }
    /// The id of the report root.
    public var root: ObjectID { record.root }
    /// The parents, first parent first.
    public var parents: [ObjectID] { record.parents }
    /// The first parent, if any.
    public var firstParent: ObjectID? { record.parents.first }
}

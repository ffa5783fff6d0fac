import Foundation
public import ReportModel

/// A stored revision: its id and its content.
public struct Revision: Sendable, Hashable {
    /// The revision's id (the SHA-256 of its content's canonical encoding).
    public var id: ObjectID
    /// Which report, which root, which parents, who, where, when, why.
    public var content: RevisionContent

    /// Creates a revision from its content, computing its id.
    public init(_ content: RevisionContent) {
        self.id = CanonicalObject.revision(content).id
        self.content = content
    }

    /// The report this revision is of.
    public var report: ReportKey { content.report }
    /// The id of the report root.
    public var root: ObjectID { content.root }
    /// The parents, first parent first.
    public var parents: [ObjectID] { content.parents }
    /// The first parent, if any.
    public var firstParent: ObjectID? { content.parents.first }
}

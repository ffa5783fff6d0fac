public import Foundation
public import ReportModel

/// What the revision index says of a revision — who made it, when, and its parents — read without decoding its
/// object (``StoreReading/recentRevisions(from:limit:)``).
public struct RevisionHeader: Sendable, Hashable {
    /// The revision's id.
    public var id: ObjectID
    /// Who made it.
    public var author: String
    /// When it was made (whole seconds).
    public var time: Date
    /// Its parents, first parent first.
    public var parents: [ObjectID]

    /// Creates a header.
    public init(id: ObjectID, author: String, time: Date, parents: [ObjectID]) {
        self.id = id
        self.author = author
        self.time = time
        self.parents = parents
    }
}

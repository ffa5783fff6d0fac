public import Foundation
public import ReportModel

/// A revision as history and blame need it: a plain value, so that they run on any sequence of revisions, from
/// the store or from anywhere else.
public struct RevisionInfo: Sendable, Hashable, Codable {
    /// The revision's id (a hash, or any name).
    public var id: String
    /// Who made it.
    public var author: String
    /// When it was made.
    public var time: Date
    /// What it changes, in the author's words.
    public var message: String

    /// Creates revision information.
    public init(id: String, author: String, time: Date, message: String = "") {
        self.id = id
        self.author = author
        self.time = time
        self.message = message
    }
}

/// One revision of a report with its content, the input of ``UnitHistory`` and ``Blame``.
public typealias RevisionSnapshot = (revision: RevisionInfo, report: Report)

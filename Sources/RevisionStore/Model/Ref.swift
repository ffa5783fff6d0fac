public import Foundation
public import ReportModel

/// A named pointer from a report to one of its revisions.
public struct Ref: Sendable, Hashable, Codable {
    /// The report.
    public var report: ReportKey
    /// Which ref.
    public var name: RefName
    /// The revision it points to.
    public var revision: ObjectID
    /// When it last moved (whole seconds, UTC).
    public var moved: Date

    /// Creates a ref.
    public init(report: ReportKey, name: RefName, revision: ObjectID, moved: Date) {
        self.report = report
        self.name = name
        self.revision = revision
        self.moved = moved
    }
}

/// What a ref must point to for a move to go ahead (compare-and-swap).
public enum RefExpectation: Sendable, Hashable {
    /// Move whatever it points to.
    case any
    /// The ref must not exist yet.
    case absent
    /// The ref must point to this revision.
    case at(ObjectID)
    /// The ref must point to this revision, or not exist when `nil`.
    public static func current(_ revision: ObjectID?) -> RefExpectation {
        revision.map(RefExpectation.at) ?? .absent
    }
}

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
    /// When it last moved (whole seconds, UTC): what people read. Which of a report's refs moved later is told by
    /// ``moment``.
    public var moved: Date
    /// The order this node moved its report's refs in (`ref.seq`): each move numbers the ref above the report's other
    /// refs. 0 for a ref an older store moved, or one made without a store.
    public var order: Int64 = 0

    /// Creates a ref.
    public init(report: ReportKey, name: RefName, revision: ObjectID, moved: Date, order: Int64 = 0) {
        self.report = report
        self.name = name
        self.revision = revision
        self.moved = moved
        self.order = order
    }

    /// When it last moved, as the one rule orders a report's refs (``RefMoment``).
    public var moment: RefMoment { RefMoment(moved: moved, order: order) }

    // (the order is this node's own: JSON says the time, as before)
    private enum CodingKeys: String, CodingKey {
        case report, name, revision, moved
    }
}

/// When a ref last moved, ordered by the one rule that says which of a report's refs moved later — which of its marks
/// was set last (its status), whether its draft changed after it was published: by the time, and within one second
/// (`ref.moved` keeps whole seconds) by the order this node moved them in (``Ref/order``). A submission made in the
/// second of the county's return is later than the return (rv108 F24: it was lost under the tie), and a draft
/// committed in the second of a publication after it is a change since. The time stays the first word: a mark another
/// node set keeps the time it was set there, so that both nodes decide on the same facts. Two moments of one second
/// that an older store recorded (order 0) are equal, and the caller's tie rule decides.
public struct RefMoment: Sendable, Hashable, Comparable {
    /// When (whole seconds).
    public var moved: Date
    /// This node's order of the report's moves.
    public var order: Int64 = 0

    /// Creates a moment.
    public init(moved: Date, order: Int64 = 0) {
        self.moved = moved
        self.order = order
    }

    public static func < (lhs: RefMoment, rhs: RefMoment) -> Bool {
        (lhs.moved, lhs.order) < (rhs.moved, rhs.order)
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

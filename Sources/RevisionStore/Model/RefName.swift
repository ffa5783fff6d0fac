/// The name of a ref: a head (a line of work on the draft) or a mark (what was submitted, returned, published).
public struct RefName: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// Heads move with every commit; marks are set by `mark`.
    public enum Kind: String, Sendable, Hashable, Codable, Comparable {
        /// A line of work on the draft.
        case head
        /// A label on a revision: submitted, returned, published.
        case mark

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Head or mark.
    public var kind: Kind
    /// The name within its kind.
    public var name: String

    /// Creates a ref name.
    public init(kind: Kind, name: String) {
        self.kind = kind
        self.name = name
    }

    /// The report's current draft.
    public static let draft = RefName(kind: .head, name: "draft")
    /// The revision sent to the county.
    public static let submitted = RefName(kind: .mark, name: "submitted")
    /// The revision made public.
    public static let published = RefName(kind: .mark, name: "published")
    /// The revision the county sent back with a correction request.
    public static let returned = RefName(kind: .mark, name: "returned")

    /// `draft`, `submitted`, `returned`, `published`; another head as `head:NAME`.
    public var description: String {
        switch kind {
        case .mark: name
        case .head: name == "draft" ? "draft" : "head:\(name)"
        }
    }

    public static func < (lhs: RefName, rhs: RefName) -> Bool { (lhs.kind, lhs.name) < (rhs.kind, rhs.name) }
}

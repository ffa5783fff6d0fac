/// Which reports a token reaches: every report (the county's own token) or those of some agencies (a township's).
public enum AccessScope: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Every report of the node.
    case all
    /// The reports of these agencies only.
    case agencies(Set<String>)

    /// Whether the scope reaches an agency's reports.
    public func allows(agency: String) -> Bool {
        switch self {
        case .all: true
        case .agencies(let ids): ids.contains(agency)
        }
    }

    /// Whether this is the county's scope, which may also publish and return reports.
    public var isAll: Bool { self == .all }

    /// The reports both scopes reach.
    public func intersection(_ other: AccessScope) -> AccessScope {
        switch (self, other) {
        case (.all, _): other
        case (_, .all): self
        case (.agencies(let mine), .agencies(let theirs)): .agencies(mine.intersection(theirs))
        }
    }

    /// `all`, or the agency ids separated by commas.
    public var description: String {
        switch self {
        case .all: "all"
        case .agencies(let ids): ids.sorted().joined(separator: ",")
        }
    }
}

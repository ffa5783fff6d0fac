import RevisionStore

/// What a report's revision can be marked as.
public enum Mark: String, Sendable, Hashable, Codable, CaseIterable {
    /// Sent to the county office.
    case submitted
    /// Made public.
    case published
    /// Sent back by the county with a correction request (the mark's comment).
    case returned

    /// The ref that holds the mark.
    public var refName: RefName {
        switch self {
        case .submitted: .submitted
        case .published: .published
        case .returned: RefName(kind: .mark, name: "returned")
        }
    }

    /// Whether only the county (a token that reaches every report) may set this mark on another node.
    public var isCountyOnly: Bool { self != .submitted }
}

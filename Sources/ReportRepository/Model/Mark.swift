import RevisionStore

/// What a report's revision can be marked as.
public enum Mark: String, Sendable, Hashable, Codable, CaseIterable {
    /// Sent to the county office.
    case submitted
    /// Made public.
    case published

    /// The ref that holds the mark.
    public var refName: RefName {
        switch self {
        case .submitted: .submitted
        case .published: .published
        }
    }
}

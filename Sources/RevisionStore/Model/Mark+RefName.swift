public import ReportModel

extension Mark {
    /// The mark a ref holds, if the ref is a mark this program knows.
    public init?(_ ref: RefName) {
        guard ref.kind == .mark, let mark = Mark(rawValue: ref.name) else { return nil }
        self = mark
    }

    /// The ref that holds the mark.
    public var refName: RefName {
        switch self {
        case .submitted: .submitted
        case .published: .published
        case .returned: .returned
        }
    }
}

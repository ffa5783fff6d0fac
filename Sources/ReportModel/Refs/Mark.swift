/// What a report's revision can be marked as: the workflow's vocabulary, shared by the store, the repository and the
/// wire. The rules for setting each are `MarkRules` (ReportRepository).
public enum Mark: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Sent to the county office.
    case submitted
    /// Made public.
    case published
    /// Sent back by the county with a correction request (the mark's comment).
    case returned

    /// Whether only the county (a token that reaches every report) may set this mark.
    public var isCountyOnly: Bool {
        switch self {
        case .submitted: false
        case .published, .returned: true
        }
    }

    /// Marks in the order of their names (as lists and the wire sort them).
    public static func < (lhs: Mark, rhs: Mark) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The mark in Chinese, as the pages and the CLI print it.
    public var label: String {
        switch self {
        case .submitted: "已报送"
        case .returned: "已退回"
        case .published: "已公开"
        }
    }

    /// The mark in English, as the English pages and `--lang en` print it (`Submitted`), never its id.
    public var englishLabel: String {
        switch self {
        case .submitted: "Submitted"
        case .returned: "Returned"
        case .published: "Published"
        }
    }

    /// The act of setting the mark, in Chinese (`报送`, `退回`, `公开`): "常张乡 报送，县里收到于 …".
    public var verb: String {
        switch self {
        case .submitted: "报送"
        case .returned: "退回"
        case .published: "公开"
        }
    }
}

/// What the county decided about a check finding: said alike by the store and the wire.
public enum FindingVerdict: String, Sendable, Hashable, Codable, CaseIterable {
    /// The finding stands: the report must be corrected.
    case confirmed
    /// The finding is not taken (不予采纳): it stops counting.
    case dismissed

    /// The verdict in Chinese.
    public var label: String {
        switch self {
        case .confirmed: "已确认"
        case .dismissed: "不予采纳"
        }
    }
}

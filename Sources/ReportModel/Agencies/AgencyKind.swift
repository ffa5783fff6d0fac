/// What kind of office an agency is.
public enum AgencyKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A township or a street office (乡镇、街道).
    case township
    /// A department of the county (县直部门).
    case department
    /// The county's own government (本级政府).
    case government

    /// The kind in Chinese, as the pages and the CLI print it.
    public var label: String {
        switch self {
        case .township: "乡镇/街道"
        case .department: "县直部门"
        case .government: "本级政府"
        }
    }

    /// The kind in English, for the English pages and `--lang en`.
    public var englishLabel: String {
        switch self {
        case .township: "Township or street"
        case .department: "County department"
        case .government: "County government"
        }
    }
}

/// The title, agency and year of one side of a comparison: what an edit script and its JSON form say of each report.
public struct ScriptHeader: Sendable, Hashable, Codable {
    /// The title as typed.
    public var title: String?
    /// The agency's name.
    public var agency: String?
    /// The year the report is about.
    public var year: Int?

    /// The header of one side.
    public init(_ title: String?, agency: String?, year: Int?) {
        self.title = title
        self.agency = agency
        self.year = year
    }

    /// Writes every field, `null` for an absent one.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(agency, forKey: .agency)
        try container.encode(year, forKey: .year)
    }
}

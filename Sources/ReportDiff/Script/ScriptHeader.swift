public import ReportModel

/// The title, agency and year of one side of a comparison: what an edit script and its JSON form say of each report.
public struct ScriptHeader: Sendable, Hashable, Codable {
    /// The title as typed.
    @NullEncodable public var title: String?
    /// The agency's name.
    @NullEncodable public var agency: String?
    /// The year the report is about.
    @NullEncodable public var year: Int?

    /// The header of one side.
    public init(_ title: String?, agency: String?, year: Int?) {
        self.title = title
        self.agency = agency
        self.year = year
    }
}

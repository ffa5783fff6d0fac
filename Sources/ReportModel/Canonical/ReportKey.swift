/// Which report a revision belongs to: an agency's id and a year.
public struct ReportKey: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The agency's stable id: an ASCII slug or an 18-character 统一社会信用代码.
    public var agency: String
    /// The year the report is about.
    public var year: Int

    /// The years a report may be about: four digits, from 1900. The one range every reader of a year checks.
    public static let years = 1900...9999

    /// The year range as people read it: `1900–9999`.
    public static var yearsText: String { "\(years.lowerBound)–\(years.upperBound)" }

    /// Creates a report key.
    public init(agency: String, year: Int) {
        self.agency = agency
        self.year = year
    }

    /// Reads `AGENCY/YEAR`.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, let year = Int(parts[1]), Self.years.contains(year) else {
            return nil
        }
        self.init(agency: String(parts[0]), year: year)
    }

    /// `AGENCY/YEAR`.
    public var description: String { "\(agency)/\(year)" }

    public static func < (lhs: ReportKey, rhs: ReportKey) -> Bool {
        (lhs.agency, lhs.year) < (rhs.agency, rhs.year)
    }
}

public import Foundation
public import ReportModel

/// Something a comparison of two years turned up that is worth a look, though it is not a change.
public struct YearFinding: Sendable, Hashable, Codable {
    /// What kind of finding it is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The newer report still names the older year where the older report named its own year.
        case staleYear = "stale-year"
        /// A paragraph of the newer report is the older one word for word (whitespace and the year shift aside),
        /// with more in it than the national format's standard sentences (``CarriedOver/isFinding(_:options:boilerplate:)``).
        case carriedOver = "carried-over"
        /// A count changed implausibly from last year's (``PlausibleChange``): a note to check the number.
        case implausibleChange = "implausible-change"
    }

    /// What kind of finding it is.
    public var kind: Kind
    /// The unit it is about, in the newer report.
    public var unit: UnitID
    /// The number path of the section it is in (see ``SectionSide/numberPath``); empty for the preamble.
    public var section: [String]
    /// The older report's year (for a stale year, the year left standing).
    @NullEncodable public var year: Int?
    /// The text it is about: the clause naming the stale year, the paragraph carried over, or the cell's place
    /// and its two numbers.
    public var excerpt: String
    /// For an implausible change, last year's number; `nil` otherwise.
    @NullEncodable public var oldValue: Decimal?
    /// For an implausible change, this year's number; `nil` otherwise.
    @NullEncodable public var newValue: Decimal?

    /// Creates a finding.
    public init(
        kind: Kind, unit: UnitID, section: [String], year: Int?, excerpt: String, oldValue: Decimal? = nil,
        newValue: Decimal? = nil
    ) {
        self.kind = kind
        self.unit = unit
        self.section = section
        self.year = year
        self.excerpt = excerpt
        self.oldValue = oldValue
        self.newValue = newValue
    }
}

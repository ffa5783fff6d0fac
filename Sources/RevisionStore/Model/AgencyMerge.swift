public import Foundation

/// An agency id merged into another (`agency merge`): the id is gone and the other holds its reports.
public struct AgencyMerge: Sendable, Hashable, Codable {
    /// The id merged away.
    public var agency: String
    /// The agency that holds its reports now (never itself merged away).
    public var into: String
    /// When.
    public var merged: Date

    /// Creates a merge record.
    public init(agency: String, into: String, merged: Date) {
        self.agency = agency
        self.into = into
        self.merged = merged
    }
}

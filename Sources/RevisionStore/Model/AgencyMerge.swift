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

    /// An agency and every agency merged into it among some merges, also through merges of merges: the ids whose
    /// notes (comments, answers, finding decisions) go with its reports (``StoreReading/notesFollowingMerges(of:)``,
    /// and the notes a sync listing of its reports carries).
    ///
    /// - Complexity: O(m²) in the merges, at worst; one pass when none is into the agency.
    public static func agencies(mergedInto agency: String, among merges: [AgencyMerge]) -> Set<String> {
        var agencies: Set<String> = [agency]
        for _ in 0..<merges.count {  // (each round adds the agencies merged into one found; at most one per merge)
            let found = Set(merges.filter { agencies.contains($0.into) }.map(\.agency))
            guard !found.isSubset(of: agencies) else { break }
            agencies.formUnion(found)
        }
        return agencies
    }
}

import Foundation
import ReportModel
import ReportRepository
import RevisionStore

/// Where a report stands in its year's round: drafted, sent to the county, sent back, made public, or stuck on a
/// sync conflict.
enum ReportStatus: String, Sendable, Hashable, CaseIterable {
    /// Being written (or changed since it was last submitted or published).
    case draft
    /// Sent to the county office, unchanged since.
    case submitted
    /// Sent back by the county office with a correction request.
    case returned
    /// Made public, unchanged since.
    case published
    /// Two heads from a sync wait to be merged.
    case conflict

    /// The status in Chinese.
    var label: String {
        switch self {
        case .draft: "草稿"
        case .submitted: "已报送"
        case .returned: "已退回"
        case .published: "已公开"
        case .conflict: "有冲突"
        }
    }

    /// The ref that holds the `returned` mark (set by the county; sync carries it like the other marks).
    static let returnedRef = Mark.returned.refName

    /// The status a report's refs give.
    ///
    /// An open conflict (recorded by sync, or a second head) wins. Otherwise the mark set last decides: `returned` stands until the
    /// report is submitted again; `submitted` and `published` stand while the draft is the revision they mark, and
    /// a draft changed since is a draft again.
    ///
    /// - Parameters:
    ///   - refs: Every ref of the report.
    ///   - head: The draft head.
    ///   - conflicted: Whether sync recorded an open conflict.
    static func of(refs: [Ref], head: ObjectID, conflicted: Bool) -> ReportStatus {
        if conflicted || refs.contains(where: { $0.name.kind == .head && $0.name != .draft }) { return .conflict }
        let ranked: [(RefName, ReportStatus, Int)] = [
            (.submitted, .submitted, 0), (returnedRef, .returned, 1), (.published, .published, 2),
        ]
        let marks = ranked.compactMap { name, status, rank in
            refs.first { $0.name == name }.map { (ref: $0, status: status, rank: rank) }
        }
        guard let latest = marks.max(by: { ($0.ref.moved, $0.rank) < ($1.ref.moved, $1.rank) }) else { return .draft }
        switch latest.status {
        case .returned: return .returned
        default: return latest.ref.revision == head ? latest.status : .draft
        }
    }
}

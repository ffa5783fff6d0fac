import Foundation
public import ReportModel
public import RevisionStore

/// Where a report stands in its year's round: drafted, sent to the county, sent back, made public, or stuck on a
/// sync conflict. `nianbao reports` and the web pages show it; the web overview filters by it.
public enum ReportStatus: String, Sendable, Hashable, Codable, CaseIterable {
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

    /// Whether the report has been sent to the county (已报来): submitted — by its office, or on its behalf by the
    /// county (代为报送) —, sent back since, or published. A draft was not, be it the office's own not yet submitted,
    /// one changed since it was, or the county's upload of a file the office sent by other means
    /// (``ReportRepository/countyUploader(of:)``) before it submits it on the office's behalf; nor a conflict.
    public var isReported: Bool {
        switch self {
        case .submitted, .returned, .published: true
        case .draft, .conflict: false
        }
    }

    /// Whether a report of this status counts as reported for its year (已报来, its deadline met): ``isReported``, or
    /// any status once a revision of it is published — a draft changed since (草稿（公开后有修改）) or in a conflict
    /// still has its published figures standing. The rule of the county workbook's rows (not counted among the offices
    /// that have not reported), rv115 F8, and the start of the board's 距截止 (``ReportSummary/hasArrived``).
    ///
    /// - Parameter published: Whether a revision of the report is marked published.
    public func isReported(published: Bool) -> Bool { published || isReported }

    /// The status in Chinese, as the pages and the CLI print it.
    public var label: String {
        switch self {
        case .draft: "草稿"
        case .submitted: "已报送"
        case .returned: "已退回"
        case .published: "已公开"
        case .conflict: "有冲突"
        }
    }

    /// The status in English, for the English pages.
    public var englishLabel: String {
        switch self {
        case .draft: "Draft"
        case .submitted: "Submitted"
        case .returned: "Returned"
        case .published: "Published"
        case .conflict: "Conflict"
        }
    }

    /// The status a report's refs give: the one rule.
    ///
    /// An open conflict (recorded by sync, or a second head) wins. Otherwise the mark set last decides (by
    /// ``RefMoment``, the one rule of which ref moved later; on a tie left by an older store: `published` over
    /// `returned` over `submitted`): `returned` stands until the report is submitted again;
    /// `submitted` and `published` stand while the draft is the revision they mark, and a draft changed since is a
    /// draft again — except that they also stand when the draft is another revision with the very text they mark (a
    /// draft changed and changed back after publication; two lines with the same text merged on their own by sync):
    /// nothing new waits to be submitted or made public. A published report stays published while its text is the
    /// published one: a submission of that same text set after it (a late township committing the very file the county
    /// uploaded and published, rr99 F8) is no news, and the report is not sent back to wait for the reviewer. A report
    /// without marks is a draft.
    ///
    /// - Parameters:
    ///   - refs: Every ref of the report.
    ///   - head: The draft head.
    ///   - conflicted: Whether sync recorded an open conflict.
    ///   - sameText: The marks whose revision is not the draft but has the draft's text (the same root).
    public static func of(
        refs: [Ref], head: ObjectID, conflicted: Bool, sameText: Set<Mark> = []
    ) -> ReportStatus {
        if conflicted || refs.contains(where: { $0.name.kind == .head && $0.name != .draft }) { return .conflict }
        guard let latest = latestMark(in: refs) else { return .draft }
        switch latest.mark {
        case .returned: return .returned
        case .submitted, .published:
            func stands(_ mark: Mark) -> Bool {
                refs.first { $0.name == mark.refName }.map { $0.revision == head || sameText.contains(mark) } ?? false
            }
            guard stands(latest.mark) else { return .draft }
            // (a return set after the publication asked for a change: the same text submitted again waits)
            let published = refs.first { $0.name == Mark.published.refName }?.moment
            let returned = refs.first { $0.name == Mark.returned.refName }?.moment
            let publishedStill =
                stands(.published) && returned.map { moment in published.map { $0 >= moment } ?? false } ?? true
            return latest.mark == .published || publishedStill ? .published : .submitted
        }
    }

    /// The mark set last (``RefMoment``: by time, and within one second by the order this node set them; on a tie
    /// left by an older store: `published` over `returned` over `submitted`), the one that decides the status
    /// (``of(refs:head:conflicted:sameText:)``).
    public static func latestMark(in refs: [Ref]) -> (mark: Mark, ref: Ref)? {
        let ranked: [Mark] = [.submitted, .returned, .published]
        let marks = ranked.enumerated().compactMap { rank, mark in
            refs.first { $0.name == mark.refName }.map { (mark: mark, ref: $0, rank: rank) }
        }
        return marks.max(by: { ($0.ref.moment, $0.rank) < ($1.ref.moment, $1.rank) }).map { ($0.mark, $0.ref) }
    }
}

import Foundation
import ReportDiff
import ReportModel
import ReportRepository

/// What the conflict page shows: the two heads of a report and their common ancestor, each unit both changed with
/// its base, ours and theirs, and a choice per unit that commits the merge.
struct ConflictView {
    /// One conflicting unit and the choice of a side.
    struct Choice {
        let unit: String
        let field: String
        let label: String
        let kind: String
        let base: String
        let ours: String
        let theirs: String
    }

    /// A choice made earlier in this merge, carried in the form while further conflicts are chosen.
    struct Kept {
        let name: String
        let value: String
    }

    let agency: String
    let agencyName: String
    let year: Int
    let reportHref: String
    let historyHref: String
    let hasConflict: Bool
    let oursLabel: String
    let theirsLabel: String
    let ours: [RevisionView]
    let theirs: [RevisionView]
    let base: [RevisionView]
    let diffHref: String
    let action: String
    let csrf: String
    let draft: String
    let head: String
    let headRevision: String
    let choices: [Choice]
    let hasChoices: Bool
    let clean: Bool
    let kept: [Kept]
    let message: String
    let hasMessage: Bool

    /// The page of a report without an open conflict.
    init(entry: ReportSummary) {
        agency = entry.report.agency
        agencyName = entry.displayName
        year = entry.report.year
        reportHref = ReportAddress.href(entry.report)
        historyHref = ReportAddress.href(entry.report, "history")
        hasConflict = false
        (oursLabel, theirsLabel, diffHref, action, csrf, draft, head, headRevision, message) =
            ("", "", "", "", "", "", "", "", "")
        (ours, theirs, base, choices, kept) = ([], [], [], [], [])
        (hasChoices, clean, hasMessage) = (false, false, false)
    }

    /// The page of an open conflict.
    ///
    /// - Parameters:
    ///   - entry: The report.
    ///   - head: The second head's name (the node it came from).
    ///   - revisions: Our head (the draft), their head and their common ancestor, if any.
    ///   - result: The three-way merge with the sides chosen so far.
    ///   - csrf: The session's anti-forgery token.
    ///   - message: A note above the choices (why the page is shown again), if any.
    init(
        entry: ReportSummary, head: String, revisions: (ours: Revision, theirs: Revision, base: Revision?),
        result: MergeResult, csrf: String, message: String?
    ) {
        let key = entry.report
        agency = key.agency
        agencyName = entry.displayName
        year = key.year
        reportHref = ReportAddress.href(key)
        historyHref = ReportAddress.href(key, "history")
        hasConflict = true
        oursLabel = "本节点的草稿"
        let origin = entry.conflicts.first { $0.head == head }?.origin ?? head
        theirsLabel = "\(origin) 推送的修订"
        ours = [RevisionView(revisions.ours)]
        theirs = [RevisionView(revisions.theirs)]
        base = revisions.base.map { [RevisionView($0)] } ?? []
        diffHref = ReportAddress.href(key, "diff") + "?from=\(revisions.ours.id.hex)&to=\(revisions.theirs.id.hex)"
        action = ReportAddress.href(key, "merge")
        self.csrf = csrf
        draft = revisions.ours.id.hex
        self.head = head
        headRevision = revisions.theirs.id.hex
        choices = result.conflicts.map { conflict in
            Choice(
                unit: conflict.unit.description, field: "take:" + conflict.unit.description,
                label: UnitLabel.label(of: conflict.unit, in: result.ours), kind: Self.kind(conflict.kind),
                base: Self.value(conflict.base), ours: Self.value(conflict.ours), theirs: Self.value(conflict.theirs))
        }
        hasChoices = !choices.isEmpty
        clean = result.conflicts.isEmpty
        kept = result.resolutions.sorted { $0.key < $1.key }.map {
            Kept(name: "take:" + $0.key.description, value: $0.value.rawValue)
        }
        self.message = message ?? ""
        hasMessage = message != nil
    }

    /// How the sides disagree, in Chinese.
    static func kind(_ kind: MergeConflict.Kind) -> String {
        switch kind {
        case .bothChanged: "双方都修改了"
        case .changedDeleted: "我方修改、对方删除"
        case .deletedChanged: "我方删除、对方修改"
        case .bothAdded: "双方都新增了"
        case .order: "双方调整了顺序"
        case .bothMoved: "双方把这一段移到了不同位置"
        }
    }

    /// A unit's content in one version, for display.
    static func value(_ value: MergeValue?) -> String {
        guard let value else { return "（无）" }
        if case .text(let text) = value {
            guard let text else { return "（缺失）" }
            let trimmed = text.trimmingLayoutSpace()
            return trimmed.isEmpty ? "（空）" : trimmed
        }
        return value.summary
    }
}

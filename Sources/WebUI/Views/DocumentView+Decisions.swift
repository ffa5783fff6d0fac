import Foundation
import ReportChecks
import ReportModel
import ReportRepository

// The county's decisions on the report page's findings, shown once, in the 检查结果 list: each finding with its
// decision (已确认, or 不予采纳 with who and why) and, for those who decide, the form that decides it. A dismissed
// finding stays listed, greyed and labelled, beside its section too, so that a reader sees which findings still
// stand in the way of publishing.

extension FindingView {
    /// Who dismissed a finding (不予采纳), when and why.
    struct Dismissal {
        let by: String
        let time: String
        let reason: String
    }

    /// The county's decision on a finding, as the 检查结果 list shows it.
    struct Decision {
        /// `县里已确认`, or `县里不予采纳，不计入`.
        let label: String
        let dismissed: Bool
        let reason: String
        let hasReason: Bool
        /// Who decided, and when.
        let by: String
        let time: String
    }

    /// The form that confirms a finding of the report or dismisses it with a reason (确认 / 不予采纳 + 理由).
    struct DecideForm {
        let action: String
        let csrf: String
        let revision: String
        /// The finding's stable key (``DecidedFinding/key``).
        let key: String
        /// The most characters a reason may have (``ReportRepository/maxNoteLength``).
        let noteLimit = ReportRepository.maxNoteLength
        /// The reason's placeholder: `不予采纳时必须写，最多 500 字`.
        var placeholder = ""
    }
}

extension DocumentView {
    /// Shows the county's decisions on the findings: in the 检查结果 list each finding's decision, with the form that
    /// decides a finding of the report for those who may; beside their sections and on the whole report, the
    /// findings dismissed.
    ///
    /// - Parameters:
    ///   - decided: The revision's findings with the county's decisions.
    ///   - form: The decision form's fields (`key` aside) for a session that may decide, else `nil`.
    mutating func showDecisions(_ decided: [DecidedFinding], form: FindingView.DecideForm?) {
        var items: [Finding: DecidedFinding] = [:]
        for item in decided where items[item.finding] == nil { items[item.finding] = item }
        dismissedCount = decided.filter(\.isDismissed).count
        hasDismissed = dismissedCount > 0
        dismissedLine = reviewWords.dismissed(dismissedCount)
        canDecide = form != nil && decided.contains { $0.finding.kind == .report }
        func show(_ views: inout [FindingView], listed: Bool) {
            for index in views.indices {
                let offset = views[index].number - 1
                guard sources.indices.contains(offset), let item = items[sources[offset]] else { continue }
                if let decision = item.decision, item.isDismissed {
                    views[index].dismissal = FindingView.Dismissal(
                        by: decision.author, time: DisplayFormat.time(decision.time), reason: decision.text)
                }
                guard listed else { continue }
                views[index].decision = item.decision.map { decision in
                    FindingView.Decision(
                        label: reviewWords.decision(item.verdict, dismissed: item.isDismissed),
                        dismissed: item.isDismissed, reason: decision.text, hasReason: !decision.text.isEmpty,
                        by: decision.author, time: DisplayFormat.time(decision.time))
                }
                if let form, item.finding.kind == .report {
                    views[index].decide = FindingView.DecideForm(
                        action: form.action, csrf: form.csrf, revision: form.revision, key: item.key,
                        placeholder: reviewWords.reasonPlaceholder(ReportRepository.maxNoteLength))
                }
            }
        }
        show(&findings, listed: true)
        show(&general, listed: false)
        for section in sections.indices { show(&sections[section].notes, listed: false) }
    }
}

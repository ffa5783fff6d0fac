import Foundation
import ReportChecks
import ReportRepository

// The county's dismissals (不予采纳) on the report page's findings: a dismissed finding stays listed, greyed and
// labelled with who dismissed it and why, so that a reader sees which findings still stand in the way of publishing.

extension DocumentView {
    /// Marks the findings the county dismissed, wherever the page lists them (the 检查结果 list, beside their
    /// sections, and those on the whole report).
    ///
    /// - Parameter decided: The revision's findings with the county's decisions.
    mutating func showDismissals(_ decided: [DecidedFinding]) {
        var dismissals: [Finding: FindingView.Dismissal] = [:]
        for item in decided where item.isDismissed {
            guard let decision = item.decision else { continue }
            dismissals[item.finding] = FindingView.Dismissal(
                by: decision.author, time: DisplayFormat.time(decision.time), reason: decision.text)
        }
        guard !dismissals.isEmpty else { return }
        func mark(_ views: inout [FindingView]) {
            for index in views.indices {
                let offset = views[index].number - 1
                guard sources.indices.contains(offset), let dismissal = dismissals[sources[offset]] else { continue }
                views[index].dismissal = dismissal
            }
        }
        mark(&findings)
        mark(&general)
        for section in sections.indices { mark(&sections[section].notes) }
    }
}

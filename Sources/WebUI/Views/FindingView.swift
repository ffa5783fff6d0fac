import Foundation
import ReportChecks
import ReportModel

/// A check finding as the report page shows it: numbered, with its severity, message, place and numbers, and the
/// anchor of the place it points to.
struct FindingView {
    let number: Int
    /// `error`, `warning` or `note` (a CSS class).
    let severity: String
    let severityLabel: String
    /// `report` or `reading` (a CSS class): the report's own problem, or text that could not be read reliably.
    let kind: String
    /// Whether the text could not be read reliably here (shown apart from the report's own problems).
    let isReading: Bool
    let rule: String
    let message: String
    let place: String
    let numbers: String
    let hasNumbers: Bool
    /// The anchor of the section, table, row or cell it points to (empty when it points to the whole report).
    let target: String
    let hasTarget: Bool
    /// The county's decision not to adopt it (不予采纳), when it was dismissed: it then no longer counts, and the
    /// page shows it greyed with who dismissed it and why (``DocumentView/showDecisions(_:form:)``).
    var dismissal: Dismissal?
    /// The county's decision, in the 检查结果 list.
    var decision: Decision?
    /// The form that decides it, in the 检查结果 list, for those who may decide.
    var decide: DecideForm?

    init(_ finding: Finding, number: Int, target: String?, words: ReviewWords = PageWords.chinese.review) {
        self.number = number
        severity = finding.severity.rawValue
        severityLabel = words.label(finding.severity)
        kind = finding.kind.rawValue
        isReading = finding.kind == .reading
        rule = words.rule(of: finding)
        message = words.message(of: finding)
        place = words.place(of: finding)
        numbers = words.numbers(of: finding)
        hasNumbers = !finding.numbers.isEmpty
        self.target = target ?? ""
        hasTarget = target != nil
    }
}

/// A finding's number on a cell or a row, linking to the finding beside the table.
struct FindingMarker {
    let number: Int
    let severity: String
}

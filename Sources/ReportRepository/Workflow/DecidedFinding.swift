import Foundation
public import ReportChecks
import ReportModel
public import RevisionStore

/// A check finding with its stable key and the county's latest decision on it, if any.
public struct DecidedFinding: Sendable, Hashable {
    /// The finding.
    public var finding: Finding
    /// Its stable key (``key(of:)``).
    public var key: String
    /// The latest decision on a finding of this key in the report, if any.
    public var decision: Note?

    /// Creates a decided finding.
    public init(finding: Finding, key: String, decision: Note?) {
        self.finding = finding
        self.key = key
        self.decision = decision
    }

    /// The decision's verdict, if decided.
    public var verdict: FindingVerdict? { decision?.verdict }

    /// Whether it is an error of the report itself (not a reading problem): what stops a publish unless dismissed.
    public var isReportError: Bool { finding.kind == .report && finding.severity == .error }

    /// Whether it was dismissed (不予采纳): it then stops counting.
    public var isDismissed: Bool { verdict == .dismissed }

    /// The audit log's words for the decision: the verdict and the finding as the checks word it, never its key.
    public var auditDetail: String {
        verdict.map { AuditWording.decision($0).detail(finding.message) } ?? "：" + finding.message
    }

    /// The stable key of a finding: its rule, its place (section, table, row and column keys, never the line), the
    /// numbers it involves and its words (``Finding/subject``: the text after a broken paragraph's blank line, so
    /// that a decision on one break never passes to another when the first is mended), as `RULE-` and the first 10
    /// hexadecimal digits of their SHA-256. The same finding in a later revision has the same key; it changes when
    /// the numbers, the words (or the place) change, so that a decision comes back to the reviewer only then.
    ///
    /// Two findings of one rule at one place with the same words (or none: a revision from before the words were
    /// kept) would share it: ``keys(of:)`` tells them apart.
    public static func key(of finding: Finding) -> String {
        let place = finding.place
        var text = "rule \(finding.rule)\nsection \(place.section.joined(separator: "\u{1F}"))\n"
        text += "table \(place.table.map(String.init) ?? "")\n"
        text += "row \(place.rowKey ?? place.row?.joined(separator: "\u{1F}") ?? "")\n"
        text += "column \(place.columnKey ?? place.column?.joined(separator: "\u{1F}") ?? "")\n"
        for (name, value) in finding.numbers.sorted(by: { $0.key < $1.key }) {
            text += "number \(name)=\(value.description)\n"
        }
        if let subject = finding.subject { text += "subject \(subject)\n" }
        return finding.rule + "-" + ObjectID.hashing(Array(text.utf8)).shortHex(10)
    }

    /// The keys of a revision's findings, in their order: each finding's ``key(of:)``, and for the second and later
    /// findings that share one, `-2`, `-3`… after it, so that a decision is on one finding only. The first keeps the
    /// plain key, so a decision made before two such findings were told apart stays on the first.
    public static func keys(of findings: [Finding]) -> [String] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            let key = key(of: finding)
            seen[key, default: 0] += 1
            let count = seen[key] ?? 1
            return count == 1 ? key : "\(key)-\(count)"
        }
    }

    /// The counts of findings that were not dismissed: what the overview and the report page count.
    public static func counts(_ findings: [DecidedFinding]) -> FindingCounts {
        FindingCounts(findings.filter { !$0.isDismissed }.map(\.finding))
    }
}

import ReportModel

/// How many of a report's own problems of each severity its checks give, and how many reading problems: what
/// `nianbao check` sums up and the web pages count. The one count of findings.
public struct FindingCounts: Sendable, Hashable, Encodable {
    /// The report's own errors.
    public var errors = 0
    /// The report's own warnings.
    public var warnings = 0
    /// The report's own notes.
    public var notes = 0
    /// Places the text could not be read reliably: not the report's problems, counted apart (never errors).
    public var reading = 0

    /// Counts findings.
    public init(_ findings: [Finding]) {
        for finding in findings {
            guard finding.kind == .report else {
                reading += 1
                continue
            }
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: notes += 1
            }
        }
    }
}

extension FindingCounts: CustomStringConvertible {
    /// The counts in Chinese: `报告问题：1个错误，0个警告，2个提示；读取问题：1个`, or `没有发现问题`.
    public var description: String {
        guard errors + warnings + notes + reading > 0 else { return "没有发现问题" }
        var text = "报告问题：\(errors)个错误，\(warnings)个警告，\(notes)个提示"
        if reading > 0 { text += "；读取问题：\(reading)个" }
        return text
    }
}

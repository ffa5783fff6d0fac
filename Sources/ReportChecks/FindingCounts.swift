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

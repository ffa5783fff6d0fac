public import ReportChecks
public import ReportModel

/// What the checks found on a revision a person has just committed or is about to submit (报送): how many errors and
/// warnings, and the first of them, said at once where the person acts (after `nianbao commit`, after `nianbao mark …
/// submitted`, beside the web page's 报送 button) instead of left for `nianbao check` or the county to find.
///
/// The rule (one home, ``MarkRules/submitCaution(_:)``): a report whose checks find errors may still be submitted,
/// on the web as at the terminal — a finding can be wrong, and the county decides on it (不予采纳) — but the person
/// submitting is told that the county will see the errors and will likely return the report. Findings the county
/// dismissed do not count; nor do reading problems (places the text could not be read), which are not the report's.
public struct CheckCaution: Sendable, Hashable {
    /// The report's own errors that stand.
    public var errors: Int
    /// The report's own warnings that stand.
    public var warnings: Int
    /// The first error's message (else the first warning's), in the process's language.
    public var first: String

    /// The caution of a revision's findings with the county's decisions; `nil` when no error or warning stands.
    public init?(_ decided: [DecidedFinding]) {
        let standing = decided.filter { !$0.isDismissed }.map(\.finding).filter { $0.kind == .report }
        let counts = FindingCounts(standing)
        guard counts.errors + counts.warnings > 0,
            let first = standing.first(where: { $0.severity == .error })
                ?? standing.first(where: { $0.severity == .warning })
        else { return nil }
        errors = counts.errors
        warnings = counts.warnings
        self.first = first.spokenMessage
    }

    /// `4 个错误、1 个警告` (`4 errors, 1 warning`), in a language.
    public func counts(in language: Language = Language.current) -> String {
        var parts: [String] = []
        if errors > 0 {
            parts.append(language == .english ? Language.counted(errors, "error") : "\(errors) 个错误")
        }
        if warnings > 0 {
            parts.append(language == .english ? Language.counted(warnings, "warning") : "\(warnings) 个警告")
        }
        return parts.joined(separator: language == .english ? ", " : "、")
    }

    /// What submitting it means, in a language: with errors, that the county will see them and will likely return
    /// the report; with warnings only, that the county will see them. Said to the county itself (`byCounty`: its
    /// reviewer or administrator, submitting on a township's behalf), it names what she is to do before publishing,
    /// not what "the county" will do (user review ux98, J7).
    public func consequence(in language: Language = Language.current, byCounty: Bool = false) -> String {
        switch (errors > 0, byCounty, language) {
        case (true, false, .chinese): "县里会看到这些错误，多半会退回，最好改正后再报送"
        case (true, false, .english):
            "the county will see them and will likely return the report: correct them before submitting"
        case (false, false, .chinese): "县里会看到这些警告，请确认没有问题"
        case (false, false, .english): "the county will see them: make sure they are in order"
        case (true, true, .chinese): "公开前请处理这些错误（退回乡镇改正，或对不成立的不予采纳）"
        case (true, true, .english):
            "deal with them before publishing (return the report for correction, or dismiss those that do not hold)"
        case (false, true, .chinese): "公开前请确认这些警告没有问题"
        case (false, true, .english): "make sure they are in order before publishing"
        }
    }
}

extension MarkRules {
    /// What to tell a person submitting a revision with these findings: `nil` when nothing stands. Submitting is never
    /// refused for the checks' findings (the county decides on them); see ``CheckCaution``.
    public static func submitCaution(_ decided: [DecidedFinding]) -> CheckCaution? { CheckCaution(decided) }
}

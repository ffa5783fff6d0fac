import ReportModel
import ReportRepository

/// The words of the audit log's page (`audit.mustache`, ``AuditView``). The details of its lines are kept in Chinese
/// and read in English by ``AuditWording``, as the command line reads them.
struct AuditWords: Sendable {
    let language: Language
    let heading: String
    let empty: String
    let time: String
    let person: String
    let action: String
    let report: String
    let detail: String
    let node: String

    init(_ language: Language) {
        self.language = language
        func say(_ chinese: String, _ english: String) -> String { language.choose(chinese, english) }
        heading = say("操作记录", "Audit log")
        empty = say("还没有操作记录。", "Nothing recorded yet.")
        time = say("时间", "Time")
        person = say("操作人", "Person")
        action = say("操作", "Action")
        report = say("报告", "Report")
        detail = say("说明", "Details")
        node = say("节点", "Node")
    }

    /// `谁在什么时候（北京时间）对哪份报告做了什么，最新的在前；共显示 3 条。`
    func summary(_ count: Int) -> String {
        language.choose(
            "谁在什么时候（北京时间）对哪份报告做了什么，最新的在前；共显示 \(count) 条。",
            "Who did what to which report and when (Beijing time), newest first; "
                + Language.counted(count, "line") + " shown.")
    }

    /// What a line says was done (``AuditAction/label``), or the word as stored when this version does not know it.
    func label(of stored: String) -> String {
        guard language == .english else { return AuditAction.label(of: stored) }
        guard let action = AuditAction(rawValue: stored) else { return stored }
        return switch action {
        case .commit: "Saved a revision"
        case .importReport: "Imported a report"
        case .upload: "Uploaded a file"
        case .restore: "Restored an earlier version"
        case .mark: "Set a mark"
        case .merge: "Merged a conflict"
        case .comment: "Wrote a comment"
        case .commentReply: "Answered a comment"
        case .commentResolve: "Resolved a comment"
        case .decide: "Decided on a check finding"
        case .login: "Signed in"
        case .userAdd: "Added a person"
        case .userDisable: "Disabled a person"
        case .userPassword: "Reset a password"
        case .passwordChange: "Changed own password"
        case .agencyAdd: "Registered an office"
        case .agencyAlias: "Added an office's other name"
        case .agencyAliasRemove: "Removed an office's other name"
        case .agencyRename: "Renamed an office"
        case .agencyMerge: "Merged offices"
        case .tokenIssue: "Issued a token"
        case .tokenRevoke: "Revoked a token"
        case .syncReceived: "Received by sync"
        case .backupRestored: "Restored from a backup"
        }
    }

    /// A line's details: read in English where a wording of ``AuditWording`` reads them, else as kept.
    func detail(_ detail: String) -> String {
        language == .english ? AuditWording.english(of: detail) ?? detail : detail
    }

    /// A report's name (``ReportNames``).
    func name(of report: ReportKey, agencyName: String?) -> String {
        language == .english
            ? ReportNames.english(report, agencyName: agencyName) : ReportNames.chinese(report, agencyName: agencyName)
    }
}

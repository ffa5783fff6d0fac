/// How the audit log tells an action a repository call makes: what (``AuditAction``) and the rest, in Chinese
/// (`命令行提交 常张乡2024.docx`, `已退回（批量）`). The call writes the line in the action's own transaction, with its
/// person, report, revision and time: the action and its line are stored together or not at all.
public struct AuditNote: Sendable, Hashable {
    /// What was done.
    public var action: AuditAction
    /// What else there is to say.
    public var detail: String

    /// Creates a note.
    public init(_ action: AuditAction, _ detail: String) {
        self.action = action
        self.detail = detail
    }
}

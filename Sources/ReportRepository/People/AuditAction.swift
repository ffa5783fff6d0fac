/// What a line of the audit log records: the one list of the words the log stores (`AuditEntry/action`) and of
/// their names for people.
public enum AuditAction: String, Sendable, Hashable, CaseIterable {
    case commit
    case importReport = "import"
    case upload
    case restore
    case mark
    case merge
    case comment
    case commentReply = "comment-reply"
    case commentResolve = "comment-resolve"
    case decide
    case login
    case userAdd = "user-add"
    case userDisable = "user-disable"
    case userPassword = "user-passwd"
    /// A person changed her own password (the pages' 修改密码).
    case passwordChange = "passwd"
    case agencyAdd = "agency-add"
    case agencyAlias = "agency-alias"
    case agencyAliasRemove = "agency-alias-remove"
    case agencyRename = "agency-rename"
    case agencyMerge = "agency-merge"
    case tokenIssue = "token-issue"
    case tokenRevoke = "token-revoke"
    /// A draft or mark moved by another node (a township's push, or a pull from a remote), or a note a push brought.
    case syncReceived = "sync"
    /// A backup was put in the repository's place and first written to (``ReportRepository/recordRestoredBackup(at:)``).
    case backupRestored = "backup-restore"

    /// Its name for people, in Chinese: `保存修订`, `设置标记`.
    public var label: String {
        switch self {
        case .commit: "保存修订"
        case .importReport: "导入报告"
        case .upload: "上传文件"
        case .restore: "恢复旧版本"
        case .mark: "设置标记"
        case .merge: "合并冲突"
        case .comment: "写批注"
        case .commentReply: "回复批注"
        case .commentResolve: "解决批注"
        case .decide: "处理检查问题"
        case .login: "登录"
        case .userAdd: "添加用户"
        case .userDisable: "停用用户"
        case .userPassword: "重设密码"
        case .passwordChange: "修改密码"
        case .agencyAdd: "登记机关"
        case .agencyAlias: "添加机关别名"
        case .agencyAliasRemove: "删除机关别名"
        case .agencyRename: "机关改名"
        case .agencyMerge: "合并机关"
        case .tokenIssue: "签发令牌"
        case .tokenRevoke: "吊销令牌"
        case .syncReceived: "同步收到"
        case .backupRestored: "从备份恢复"
        }
    }

    /// The name of a stored action: its ``label``, or the word as stored when this version does not know it (a
    /// line written by a newer version).
    public static func label(of stored: String) -> String {
        AuditAction(rawValue: stored)?.label ?? stored
    }
}

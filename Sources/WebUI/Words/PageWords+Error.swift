import ReportModel
import ReportRepository

/// The words of the error page (`error.mustache`, ``ErrorView``) around the error's own heading and message
/// (``WebError/title(in:)``, ``WebError/description(in:)``).
struct ErrorWords: Sendable {
    let typedHeading: String
    let typedHint: String
    /// The same on a node that never saves (a read-only repository): copy it, and send it where it can be saved.
    let readOnlyHint: String
    /// Around a text box's count of characters: `批注或回复（12 字）`, `Comment or reply (12 characters)`.
    let countBefore: String
    let countAfter: String
    /// Before the status code.
    let statusBefore: String
    let language: Language
    let back: String
    /// After a refused merge: back to the conflict page.
    let backToConflict: String
    let relogin: String
    let overview: String

    init(_ language: Language) {
        func say(_ chinese: String, _ english: String) -> String { language.choose(chinese, english) }
        typedHeading = say("您填写的内容没有保存", "What you wrote was not saved")
        typedHint = say(
            "请先复制下面的内容，再从下面的按钮回到报告页，在新打开的页面上填写提交（超过 2000 字的请先删减）。",
            "Copy it first, then go back to the report with the button below and send it from the page that opens "
                + "(shorten what is over 2,000 characters).")
        readOnlyHint = say(
            "本节点从不保存修改，在这里再次提交也不会保存：请先复制下面的内容，到县里能保存的节点（平时用的网址）上填写提交。",
            "This node never saves a change, and sending it again here will not save it either: copy it first, then "
                + "send it on the node that saves (the address you usually use).")
        countBefore = say("（", " (")
        countAfter = say(" 字）", " characters)")
        statusBefore = say("错误代码 ", "Error code ")
        self.language = language
        back = say("返回报告页", "Back to the report")
        backToConflict = say("返回冲突页", "Back to the conflict")
        relogin = say("重新登录，回到报告页", "Sign in again and go back to the report")
        overview = say("返回概览", "Back to the overview")
    }

    /// After the status code: whom to tell it to, by the reader's role. A clerk (or one not logged in) asks the
    /// county's office; the county's reviewer *is* that office and asks the administrator; the administrator asks
    /// whoever maintains the system (user review ux98, finding A).
    func statusAfter(role: PersonRole?) -> String {
        switch role {
        case .reviewer:
            language.choose("（向系统管理员求助时请告诉对方）", " (tell it to the administrator when you ask for help)")
        case .admin:
            language.choose(
                "（向维护本系统的技术人员求助时请告诉对方）", " (tell it to whoever maintains this system when you ask for help)")
        case .clerk, .viewer, nil:
            language.choose(
                "（向县政务公开办或管理员求助时请告诉对方）",
                " (tell it to the county's information disclosure office or the administrator when you ask for help)")
        }
    }
}

import ReportModel

/// The words of the page where a person changes her own password (`password.mustache`, ``PasswordView``).
struct PasswordWords: Sendable {
    let heading: String
    let intro: String
    let current: String
    let new: String
    let confirm: String
    /// Under the new password's box: what a password must be (``PasswordRules``).
    let rules: String
    let submit: String
    /// The two typings of the new password differ.
    let differ: String
    /// The notice after a change: her other logins ended.
    let changed: String
    /// A session opened with a token has no password to change.
    let tokenSession: String
    /// On a node that saves nothing.
    let readOnly: String

    init(_ language: Language) {
        func say(_ chinese: String, _ english: String) -> String { language.choose(chinese, english) }
        heading = say("修改密码", "Change password")
        intro = say(
            "输入现在的密码，再把新密码输入两遍。改好后，您在其他浏览器或电脑上的登录都会退出，那里要用新密码重新登录；"
                + "这个浏览器保持登录。",
            "Type your current password, then the new one twice. Once it is changed, your logins in other browsers or "
                + "on other computers end, and you sign in there with the new password; this browser stays signed in.")
        current = say("现在的密码", "Current password")
        new = say("新密码", "New password")
        confirm = say("再输一次新密码", "New password again")
        rules = say(
            "至少 8 个字符，混用字母（汉字也算）、数字和符号中的至少两种，不要含本人姓名，也不要用 12345678、Passw0rd "
                + "这类常被猜到的密码。",
            "At least 8 characters, mixing at least two of letters (Chinese characters count), digits and symbols, "
                + "without your name, and not one of those guessed first such as 12345678 or Passw0rd.")
        submit = say("修改密码", "Change password")
        differ = say(
            "两次输入的新密码不一样：请重新输入。密码没有修改。",
            "The two typings of the new password differ: type them again. The password was not changed.")
        changed = say(
            "密码已修改。您在其他浏览器或电脑上的登录已经退出，在那里请用新密码重新登录；这个浏览器仍然登录着。",
            "Your password is changed. Your logins in other browsers or on other computers have ended: sign in there "
                + "with the new password. This browser is still signed in.")
        tokenSession = say(
            "您是用访问令牌登录的，没有密码可改：令牌由本节点的系统管理员签发和吊销。",
            "You signed in with an access token, which has no password to change: this node's administrator issues "
                + "and revokes tokens.")
        readOnly = say(
            "本节点以只读方式提供仓库，不能修改密码：请在平时用的网址上修改。",
            "This node serves its repository read-only and cannot change a password: change it at the address you "
                + "usually use.")
    }
}

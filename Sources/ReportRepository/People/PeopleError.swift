public import ReportModel
public import RevisionStore

/// Why something about people failed: adding, logging in, or acting beyond a role. Nothing is changed when one is
/// thrown.
public enum PeopleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A person of this name is already on the node.
    case nameTaken(String)
    /// There is no person of this name.
    case personNotFound(String)
    /// A name that cannot be a person's (empty, a line break, longer than 64 characters).
    case invalidName(String)
    /// A password shorter than 8 characters or longer than 72 bytes (what bcrypt reads).
    case unsuitablePassword
    /// A password too easy to guess (``PasswordRules``).
    case weakPassword(PasswordRules.Weakness)
    /// The current password typed to change one's own is not the current password.
    case wrongCurrentPassword
    /// One's own new password is the current one.
    case unchangedPassword
    /// A clerk added without the agencies they write for.
    case clerkWithoutAgency
    /// Agencies given for a role that reaches every report.
    case agenciesForRole(PersonRole)
    /// The role does not allow the action.
    case notAllowed(role: PersonRole, action: PersonAction)
    /// Disabling the node's only active administrator: no one could manage people on the pages any more.
    case lastAdministrator(String)
    /// The right password of a person who is disabled: said only to one who knows the password, so that it tells a
    /// guesser nothing.
    case accountDisabled(String)
    /// A new password set while another one for the same person was being made (生成新密码 pressed twice, two
    /// administrators at once): the later request's stands and this one was not kept, so that the password a page
    /// shows is always the one that works.
    case passwordSetMeanwhile(String)

    /// What went wrong and what to do: in Chinese, or in English when the process speaks English (`--lang en`).
    public var description: String { description(in: .current) }

    /// What went wrong and what to do in a language (a page speaks the language its reader chose).
    public func description(in language: Language) -> String {
        language == .english ? englishDescription : chineseDescription
    }

    private var chineseDescription: String {
        switch self {
        case .nameTaken(let name):
            "已经有名为“\(name)”的用户：同名的人请加上科室或乡镇区分（如“张三（常张乡）”）。什么也没有改动。"
        case .personNotFound(let name):
            "没有名为“\(name)”的用户（`nianbao user list` 列出全部用户）。"
        case .invalidName(let name):
            "“\(name.showingInvisibleCharacters)”不能作为用户名：请写 1 到 64 个字的姓名，不要换行，也不要夹带看不见的控制字符。"
        case .unsuitablePassword:
            "密码至少 8 个字符，最多 72 个字节（约 24 个汉字）。什么也没有改动。"
        case .weakPassword(.oneKind):
            "密码太简单：只用了一种字符。请混用字母（汉字也算）、数字和符号中的至少两种，如“常张乡2025-报告”。什么也没有改动。"
        case .weakPassword(.holdsName):
            "密码太简单：里面有本人的姓名，别人一猜就中。请换一个。什么也没有改动。"
        case .weakPassword(.common):
            "密码太简单：这是最常被人猜到的密码之一。请换一个。什么也没有改动。"
        case .wrongCurrentPassword:
            "当前密码不对：请输入您现在登录用的密码。密码没有修改。"
        case .unchangedPassword:
            "新密码和当前密码一样：请换一个新的密码。密码没有修改。"
        case .clerkWithoutAgency:
            "乡镇填报员要写明负责哪些机关的报告：--agency 机关编号（可写多次）。什么也没有改动。"
        case .agenciesForRole(let role):
            "\(role.label)可以看到全部报告，不需要 --agency；只有乡镇填报员（clerk）按机关划分。什么也没有改动。"
        case .notAllowed(let role, let action):
            "\(role.label)不能\(action.label)。什么也没有改动。"
        case .lastAdministrator(let name):
            "“\(name)”是唯一在用的系统管理员，停用后就没有人能在网页上管理用户了：请先添加另一位系统管理员，再停用。什么也没有改动。"
        case .accountDisabled(let name):
            "“\(name)”的账号已停用：请联系本节点的系统管理员重新启用（启用时会设新密码）。"
        case .passwordSetMeanwhile(let name):
            "就在这时，另一个请求（可能是按了两次按钮）为“\(name)”设置了新密码，以那一次的为准，这一次的没有保存："
                + "请以最后显示的新密码为准，或重新设置一次。"
        }
    }

    private var englishDescription: String {
        switch self {
        case .nameTaken(let name):
            "There is already a person named \"\(name)\": tell people of one name apart by their office or township "
                + "(\"张三（常张乡）\"). Nothing was changed."
        case .personNotFound(let name):
            "There is no person named \"\(name)\" (`nianbao user list` lists everyone)."
        case .invalidName(let name):
            "\"\(name.showingInvisibleCharacters)\" cannot be a user name: write a name of 1 to 64 characters, without "
                + "line breaks or invisible control characters."
        case .unsuitablePassword:
            "A password has at least 8 characters and at most 72 bytes (about 24 Chinese characters). Nothing was changed."
        case .weakPassword(.oneKind):
            "The password is too easy to guess: it uses one kind of character only. Mix at least two of letters (Chinese"
                + " characters count), digits and symbols. Nothing was changed."
        case .weakPassword(.holdsName):
            "The password is too easy to guess: it holds the person's name. Choose another. Nothing was changed."
        case .weakPassword(.common):
            "The password is too easy to guess: it is one of those guessed first. Choose another. Nothing was changed."
        case .wrongCurrentPassword:
            "The current password is wrong: type the password you signed in with. The password was not changed."
        case .unchangedPassword:
            "The new password is the current one: choose a new one. The password was not changed."
        case .clerkWithoutAgency:
            "A township clerk needs the offices whose reports they write: --agency ID (as many times as needed). "
                + "Nothing was changed."
        case .agenciesForRole(let role):
            "\(Self.plural(role)) see every report and need no --agency; only township clerks (clerk) are given "
                + "offices. Nothing was changed."
        case .notAllowed(let role, let action):
            "\(Self.plural(role)) may not \(action.englishLabel). Nothing was changed."
        case .lastAdministrator(let name):
            "\"\(name)\" is the only active administrator: disabled, nobody could manage people on the pages any more. "
                + "Add another administrator first, then disable this one. Nothing was changed."
        case .accountDisabled(let name):
            "The account of \"\(name)\" is disabled: ask this node's administrator to enable it again (which sets a "
                + "new password)."
        case .passwordSetMeanwhile(let name):
            "Another request (the button pressed twice?) set a new password for \"\(name)\" meanwhile; that one"
                + " stands and this one was not kept: go by the password shown last, or set one again."
        }
    }

    /// `County reviewers`, `Viewers`: a role in English, as the subject of a sentence.
    private static func plural(_ role: PersonRole) -> String {
        let label = role.englishLabel + "s"
        return label.prefix(1).uppercased() + label.dropFirst()
    }

    /// Whether it refuses a new password for what it is (too short or long, too easy to guess, the current one):
    /// a form that typed it is shown again with the reason.
    public var refusesNewPassword: Bool {
        switch self {
        case .unsuitablePassword, .weakPassword, .unchangedPassword: true
        default: false
        }
    }

    /// What kind of failure it is.
    var kind: RepositoryError.Kind {
        switch self {
        case .nameTaken, .invalidName, .unsuitablePassword, .weakPassword, .clerkWithoutAgency, .agenciesForRole,
            .lastAdministrator, .wrongCurrentPassword, .unchangedPassword:
            .badInput
        case .personNotFound: .notFound
        case .passwordSetMeanwhile: .conflict
        case .notAllowed, .accountDisabled: .forbidden
        }
    }
}

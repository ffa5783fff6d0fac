import ReportModel
import ReportRepository

/// The words of the people page (`people.mustache`, ``PeopleView``): the list, its changes and the form that adds
/// one. People's and offices' names stay as written.
struct PeopleWords: Sendable {
    let language: Language
    let heading: String
    let name: String
    let role: String
    let offices: String
    let added: String
    let state: String
    let disable: String
    /// `赵六 的新密码`: after the name, in the box's label.
    let newPasswordOf: String
    let newPassword: String
    /// The second box of a new password.
    let confirmPassword: String
    /// The row's form for an active person, and its button.
    let setPassword: String
    let enable: String
    /// The button that has the node make one up, shown once.
    let generate: String
    /// Under the row's form: what setting a password does.
    let passwordHint: String
    let add: String
    /// Before why a person was not added.
    let notAdded: String
    let namePlaceholder: String
    let officesLegend: String
    let noOffices: String
    let password: String
    let submit: String
    /// A person who reaches every report, in the list's offices.
    let allOffices: String
    let canSignIn: String
    /// Between office names: `、`, `, `.
    let separator: String
    /// The end of the notice: `。`, `.`.
    let period: String

    init(_ language: Language) {
        self.language = language
        func say(_ chinese: String, _ english: String) -> String { language.choose(chinese, english) }
        heading = say("用户管理", "People")
        name = say("姓名", "Name")
        role = say("角色", "Role")
        offices = say("负责机关", "Offices")
        added = say("添加时间", "Added")
        state = say("状态", "Status")
        disable = say("停用", "Disable")
        newPasswordOf = say(" 的新密码", "'s new password")
        newPassword = say("新密码", "New password")
        confirmPassword = say("再输一次新密码", "New password again")
        setPassword = say("设置新密码", "Set a new password")
        enable = say("设新密码并启用", "Set a new password and enable")
        generate = say("生成新密码", "Make up a password")
        passwordHint = say(
            "输入两遍，或让系统生成一个（只显示一次）。设置后，本人已登录的网页会退出，用新密码重新登录。",
            "Type it twice, or have one made up (shown once). Once set, the person's open pages sign out; they sign in "
                + "with the new password.")
        add = say("添加用户", "Add a person")
        notAdded = say("没有添加：", "Not added: ")
        namePlaceholder = say("如：张三", "e.g. Zhang San")
        officesLegend = say("负责机关（仅乡镇填报员，可勾选多个）", "Offices (township clerks only; tick one or more)")
        noOffices = say("还没有机关：先上传或导入报告。", "No offices yet: upload or import reports first.")
        password = say(
            "初始密码（至少 8 个字符，混用字母或汉字、数字、符号中的两种，不含本人姓名）",
            "First password (at least 8 characters, mixing two of letters, digits and symbols, without the person's name)"
        )
        submit = say("添加", "Add")
        allOffices = say("全部", "all")
        canSignIn = say("可登录", "can sign in")
        separator = say("、", ", ")
        period = say("。", ".")
    }

    /// A role as the page names it.
    func roleName(_ role: PersonRole) -> String { language.choose(role.label, role.englishLabel) }

    /// `已停用（2025-01-08 09:33）`.
    func disabled(since time: String) -> String { language.choose("已停用（\(time)）", "disabled (\(time))") }

    /// What a change did, before the person's name: `已添加用户`, `Added`.
    func done(_ done: PeopleView.Done) -> String {
        switch done {
        case .added: language.choose("已添加用户", "Added")
        case .disabled: language.choose("已停用用户", "Disabled")
        case .enabled: language.choose("已设置新密码并启用用户", "Set a new password for and enabled")
        case .password: language.choose("已为用户", "Set a new password for")
        }
    }

    /// What a change did, after the person's name: ` 设置新密码` (nothing for the others).
    func doneAfter(_ done: PeopleView.Done) -> String {
        done == .password ? language.choose(" 设置新密码", "") : ""
    }

    /// Why a new password was not set: the two typings differ.
    func passwordsDiffer(_ name: String) -> String {
        language.choose(
            "没有设置“\(name)”的新密码：两次输入的不一样。请重新输入两遍，或选“生成新密码”。什么也没有改动。",
            "\(name)'s new password was not set: the two typings differ. Type it twice again, or choose \"Make up a "
                + "password\". Nothing was changed.")
    }

    /// Why a new password was not set: too short or too long, or too easy to guess (`reason`).
    func unsuitablePassword(_ name: String, _ reason: PeopleError = .unsuitablePassword) -> String {
        language.choose("没有设置“\(name)”的新密码：", "\(name)'s new password was not set: ")
            + reason.description(in: language)
    }

    /// Before the password made up for a person, and after it: said once, with how to hand it on.
    func generated(for name: String) -> (before: String, after: String) {
        (
            language.choose("“\(name)”的新密码是：", "\(name)'s new password is: "),
            language.choose(
                "这个密码只在这里显示这一次，离开或刷新此页后不能再查看（刷新会再生成一个）。请当面或打电话告诉本人，不要发在工作群里；"
                    + "本人已登录的网页已经退出，用这个密码重新登录。",
                "It is shown here this once: leaving or reloading this page, it cannot be seen again (reloading makes "
                    + "up another). Tell it to the person face to face or on the telephone, not in a group chat; their "
                    + "open pages have signed out, and they sign in with this password.")
        )
    }
}

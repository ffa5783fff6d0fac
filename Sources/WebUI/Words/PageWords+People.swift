import ReportModel
import RevisionStore

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
    let enable: String
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
        enable = say("设新密码并启用", "Set a new password and enable")
        add = say("添加用户", "Add a person")
        notAdded = say("没有添加：", "Not added: ")
        namePlaceholder = say("如：张三", "e.g. Zhang San")
        officesLegend = say("负责机关（仅乡镇填报员，可勾选多个）", "Offices (township clerks only; tick one or more)")
        noOffices = say("还没有机关：先上传或导入报告。", "No offices yet: upload or import reports first.")
        password = say("初始密码（至少 8 个字符）", "First password (at least 8 characters)")
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
        }
    }
}

import ReportModel
import ReportRepository

/// The words of the pages in one language: the one home of every text a page shows that nobody wrote into a report,
/// each Chinese text beside its English one. Templates read them as `{{words.login.heading}}` (``PageContext``);
/// views and controllers read the same values.
///
/// What people wrote — report text, comments, commit messages, names of people and offices — is not here: it is
/// shown as written in both languages. Findings bring their own `english`, errors their own catalogues.
///
/// A page speaks English only when every word of it is here (``translatedTemplates``); any other page is wholly
/// Chinese, its frame included, even for one who chose English, so that no page mixes the two.
struct PageWords: Sendable {
    /// The language of these words.
    let language: Language
    /// `<html lang>`: `zh-CN` or `en`.
    let htmlLang: String
    /// Whether the words are English (the language switch shows which one is current).
    let isEnglish: Bool
    let layout: LayoutWords
    let login: LoginWords
    let overview: OverviewWords
    let revisions: RevisionWords
    let history: HistoryWords
    let audit: AuditWords
    let report: ReportWords
    let review: ReviewWords
    let upload: UploadWords
    let redline: RedlineWords
    let diff: DiffWords
    let conflict: ConflictWords
    let error: ErrorWords
    let people: PeopleWords
    let batch: BatchWords
    let confirmPublish: ConfirmPublishWords
    let password: PasswordWords

    private init(_ language: Language) {
        self.language = language
        htmlLang = language.htmlTag
        isEnglish = language == .english
        layout = LayoutWords(language)
        login = LoginWords(language)
        overview = OverviewWords(language)
        revisions = RevisionWords(language)
        history = HistoryWords(language)
        audit = AuditWords(language)
        report = ReportWords(language)
        review = ReviewWords(language)
        upload = UploadWords(language)
        redline = RedlineWords(language)
        diff = DiffWords(language)
        conflict = ConflictWords(language)
        error = ErrorWords(language)
        people = PeopleWords(language)
        batch = BatchWords(language)
        confirmPublish = ConfirmPublishWords(language)
        password = PasswordWords(language)
    }

    /// The Chinese words, every page's default.
    static let chinese = PageWords(.chinese)
    /// The English words.
    static let english = PageWords(.english)

    /// The templates whose pages have all their words here, and so may speak English.
    static let translatedTemplates: Set<String> = [
        "login", "overview", "history", "audit", "report", "redline", "diff", "conflict", "error", "people", "batch",
        "confirm-publish", "password", "notice",
    ]

    /// The words of a page: English only for a page that has all its words in English and a browser that chose it.
    ///
    /// - Parameters:
    ///   - template: The page's template.
    ///   - language: The language the browser chose.
    static func of(_ template: String, in language: Language) -> PageWords {
        language == .english && translatedTemplates.contains(template) ? .english : .chinese
    }
}

/// The words of the site's frame (`layout.mustache`): the top bar and the foot.
struct LayoutWords: Sendable {
    let language: Language
    let siteName: String
    let siteSubtitle: String
    let overview: String
    let audit: String
    let people: String
    let currentUser: String
    let logout: String
    /// The top bar's link to the page where a person changes her password.
    let changePassword: String
    /// The line under the top bar of a node that saves nothing.
    let readOnlyNode: String
    let login: String
    let languageLabel: String
    /// The 打印 link of the pages that print (`print-link.mustache`).
    let print: String
    let printHint: String
    let printBack: String
    let footer: String
    /// What a token's session reaches, when it is no person's: every report, or its agency's.
    let reachAll: String
    let reachOwn: String

    init(_ language: Language) {
        self.language = language
        siteName = language.choose("年报", "Nianbao")
        siteSubtitle = language.choose("政府信息公开工作年度报告", "Government information disclosure annual reports")
        overview = language.choose("概览", "Overview")
        audit = language.choose("操作记录", "Audit log")
        people = language.choose("用户管理", "People")
        currentUser = language.choose("当前用户", "Signed in as")
        logout = language.choose("退出", "Sign out")
        changePassword = language.choose("修改密码", "Change password")
        readOnlyNode = language.choose(
            "本节点以只读方式提供仓库（只读的存档，或用 --read-only 启动）：这里只能查看，不能上传、标记、批注或修改，"
                + "所以页面上没有这些表单；要修改请到平时用的网址。",
            "This node serves its repository read-only (an archive, or started with --read-only): here you can read "
                + "but not upload, mark, comment or change anything, so the pages have no such forms; to change "
                + "something, use the address you usually use.")
        login = language.choose("登录", "Sign in")
        languageLabel = language.choose("语言", "Language")
        print = language.choose("打印", "Print")
        printHint = language.choose(
            "打印视图：请用浏览器菜单中的“打印”（Ctrl+P，Mac 上 ⌘+P）打印本页。",
            "Print view: print this page with \"Print\" in the browser's menu (Ctrl+P, ⌘+P on a Mac).")
        printBack = language.choose("返回原页面", "Back to the page")
        footer = language.choose(
            "政府信息公开工作年度报告 · 年报节点（Nianbao）",
            "Government information disclosure annual reports · Nianbao node")
        reachAll = language.choose("全部报告", "all reports")
        reachOwn = language.choose("本机关报告", "own agency's reports")
    }

    /// What the top bar says one at the browser reaches: a person's role, else a token's reach.
    func reach(of session: WebSession) -> String {
        if let role = session.access?.person?.role { return language.choose(role.label, role.englishLabel) }
        return session.isCounty ? reachAll : reachOwn
    }
}

/// The words of the login page.
struct LoginWords: Sendable {
    let heading: String
    let expired: String
    let failed: String
    let name: String
    let namePlaceholder: String
    let password: String
    /// The right password of a disabled person.
    let disabled: String
    let submit: String
    let hint: String
    let tokenSummary: String
    let token: String
    let tokenSubmit: String

    init(_ language: Language) {
        heading = language.choose("登录", "Sign in")
        expired = language.choose(
            "登录已失效（超时、已退出、密码已修改或账号已停用），请重新登录。",
            "Your login has ended (it timed out, you signed out, the password was changed or the account was "
                + "disabled). Please sign in again.")
        failed = language.choose(
            "用户名或密码不对（或令牌无效），请检查后重试。",
            "The user name or the password is wrong (or the token is not valid). Please check them and try again.")
        disabled = language.choose(
            "这个账号已停用：请联系本节点的系统管理员重新启用。",
            "This account is disabled: ask this node's administrator to enable it again.")
        name = language.choose("用户名", "User name")
        namePlaceholder = language.choose("如：张三", "e.g. Zhang San")
        password = language.choose("密码", "Password")
        submit = language.choose("登录", "Sign in")
        hint = language.choose(
            "用户由本节点的系统管理员在“用户管理”中添加；忘记密码请联系管理员。乡镇填报员只能查看和报送本机关的报告；"
                + "县级审核员可以退回和公开；只读用户只能查看。登录后本浏览器只保存一个随机的会话编号（仅限本站、脚本不可读），"
                + "不保存密码；会话到期（默认 8 小时）或退出即结束。",
            "People are added by this node's administrator under \"People\"; if you forgot your password, ask the "
                + "administrator. A township clerk sees and submits only their own office's reports; a county "
                + "reviewer can also return and publish; a viewer can only read. After you sign in, this browser "
                + "keeps only a random session number (for this site only, not readable by scripts), never the "
                + "password; the session ends when it runs out (after 8 hours unless set otherwise) or when you sign out."
        )
        tokenSummary = language.choose("节点管理员用访问令牌登录", "Node administrators: sign in with an access token")
        token = language.choose("访问令牌", "Access token")
        tokenSubmit = language.choose("用令牌登录", "Sign in with the token")
    }
}

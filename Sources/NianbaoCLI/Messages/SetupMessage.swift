import ReportModel

/// The next steps `init` and `token create` name, in Chinese, or in English with `--lang en`: setting up a node is
/// a sequence nobody finds by reading the help command by command (user review ux98, finding F).
enum SetupMessage {
    /// After `init`: what the county and a township each do next.
    case initNextSteps
    /// After `token create`: what the holder does with it — a township types it into `remote add`; the county's
    /// (`--all`) logs in on the pages too; a township's names the agency id it commits to (rv117 F1: nothing a
    /// new township node was given named it).
    case tokenNextStep(secret: String, county: Bool, agencies: [String] = [])

    var text: String {
        switch self {
        case .initNextSteps:
            Language.pick(
                """
                下一步——
                  县里：nianbao config author 你的名字；nianbao agency add --name 机关全称（编号由名称生成；或 --from 名单文件 一次登记全部乡镇、部门）；\
                nianbao user add 姓名 --role admin（管理员，之后可在网页的“用户管理”页添加其他人）；\
                nianbao serve --host 0.0.0.0 --port 8080
                  乡镇：nianbao config author 你的名字；nianbao remote add county http://县里的地址:8080 --token 县里发的令牌；\
                nianbao pull
                """,
                """
                Next —
                  the county: nianbao config author YOUR-NAME; nianbao agency add --name FULL-NAME (the id made from the \
                name; or --from LIST-FILE for every township and department at once); nianbao user add NAME --role \
                admin (the administrator, who adds the others on the pages' People page); nianbao serve --host 0.0.0.0 --port 8080
                  a township: nianbao config author YOUR-NAME; nianbao remote add county http://COUNTY-ADDRESS:8080 \
                --token TOKEN-FROM-THE-COUNTY; nianbao pull
                """)
        case .tokenNextStep(let secret, true, _):
            Language.pick(
                "用它登录网页（登录页的“节点管理员用访问令牌登录”），或在另一台电脑上：nianbao remote add county "
                    + "http://本机的地址:端口 --token \(secret)（地址和端口是 nianbao serve --host 0.0.0.0 启动时显示的）",
                "Log in with it on the pages (\"Node administrators: sign in with an access token\" on the login page), or on another "
                    + "computer: nianbao remote add county http://THIS-COMPUTER'S-ADDRESS:PORT --token \(secret) (the "
                    + "address and port nianbao serve --host 0.0.0.0 prints on start)")
        case .tokenNextStep(let secret, false, let agencies):
            Language.pick(
                "乡镇在自己的电脑上运行：nianbao remote add county http://本机的地址:端口 --token \(secret)"
                    + "（地址和端口是 nianbao serve --host 0.0.0.0 启动时显示的），然后 nianbao pull；提交报告："
                    + "nianbao commit 报告文件 --agency \(agencies.joined(separator: " 或 ")) --year 年度",
                "The township runs on its own computer: nianbao remote add county http://THIS-COMPUTER'S-ADDRESS:PORT "
                    + "--token \(secret) (the address and port nianbao serve --host 0.0.0.0 prints on start), then "
                    + "nianbao pull; to commit its report: nianbao commit REPORT-FILE --agency "
                    + agencies.joined(separator: " or ") + " --year YEAR")
        }
    }
}

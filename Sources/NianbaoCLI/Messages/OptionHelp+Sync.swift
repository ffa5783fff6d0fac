extension OptionHelp {
    /// The help of the server's, the tokens', the remotes' and the sync commands' options.
    var moreTexts: (zh: String, en: String) {
        switch self {
        case .host:
            (
                "监听的地址（默认 127.0.0.1：只有本机能连接；要让乡镇和其他电脑连接，用 0.0.0.0 或本机的局域网地址）。",
                "The address to listen on (by default 127.0.0.1: this computer only; for townships and other computers "
                    + "to connect, 0.0.0.0 or this computer's office-network address)."
            )
        case .port: ("监听的端口（0：任一空闲端口，启动时显示）。", "The port to listen on (0: any free port, printed on start).")
        case .readOnly: ("以只读方式提供仓库：从不写入。", "Serve the repository read-only: nothing is ever written to it.")
        case .secureCookies:
            (
                "登录 Cookie 加上 Secure（只走 HTTPS）：节点在 TLS 后面时使用。",
                "Mark the login cookie Secure (HTTPS only): set it when the node sits behind TLS."
            )
        case .tokenAgency:
            (
                "令牌可以读写其报告的机关（多个机关重复此项；须已用 `nianbao agency add` 登记）。",
                "An agency whose reports the token may read and write (repeat for several; registered first with"
                    + " `nianbao agency add`)."
            )
        case .tokenAll: ("令牌可以读写全部报告（县里自己的令牌）。", "The token reaches every report (the county's own token).")
        case .tokenLabel:
            ("令牌的用途或持有单位（默认：它的机关的名称，或“县级令牌”）。", "Who holds the token (default: its offices' names, or `county token`).")
        case .tokenID: ("令牌编号，即 `nianbao token list` 显示的编号。", "The token's number, as `nianbao token list` shows it.")
        case .remoteNew: ("给它起的简称（如 county）。", "A short name for it (county).")
        case .remoteURL: ("它的服务地址：http://主机:端口。", "Its server's address: http://HOST:PORT.")
        case .remoteToken: ("那个节点发给本单位的令牌。", "The token that node issued to this office.")
        case .remoteExisting: ("远程节点的名称。", "The remote's name.")
        case .syncRemote: ("远程节点的名称（默认：唯一的那个）。", "The remote's name (default: the only remote).")
        case .timeout: ("一个请求最多用多少秒。", "Seconds one request may take.")
        case .conflictsAll: ("也列出已解决的冲突。", "List closed conflicts too.")
        case .mergeReport: ("报告：机关/年度。", "The report: AGENCY/YEAR.")
        case .mergeTake:
            (
                "取哪一方来解决冲突：ours（我方，即草稿）或 theirs（对方）。",
                "Resolve conflicts by taking this side: ours (the draft) or theirs."
            )
        case .mergeUnit:
            (
                "与 --take 一起用：要解决的单元（可重复）；不写 --unit 则解决全部冲突。",
                "With --take: a unit to resolve (repeatable); without --unit, every conflict."
            )
        case .mergeHead: ("有多个第二版本时，合并哪一个。", "Which second head, when there are several.")
        case .mergeOutput:
            (
                "把合并文本写到这里（未解决的冲突处取我方），修改后再提交。",
                "Write the merged text here (ours at each open conflict), to edit and commit."
            )
        case .mergeMessage: ("合并修订的说明。", "The merge revision's message.")
        default: ("", "")
        }
    }
}

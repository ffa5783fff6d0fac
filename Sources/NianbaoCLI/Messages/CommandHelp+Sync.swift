import ReportRepository

extension CommandHelp {
    /// The texts of the commands that keep the repository and talk to other nodes.
    var moreTexts: (abstract: Pair, discussion: Pair) {
        switch self {
        case .reports:
            (
                (
                    "列出全部报告：机关、名称、年度、状态、草稿当前修订、作者、时间和标记。",
                    "List every report: agency, name, year, status, draft head, author, time and marks."
                ),
                (
                    """
                    状态为草稿、已报送、已退回、已公开或有冲突。标记附带的意见（县里“退回”时的修改意见、强制“公开”的理由）\
                    写在所属报告下面。
                    """,
                    """
                    The status is draft, submitted, returned, published or conflict (草稿、已报送、已退回、已公开、有冲突). \
                    A mark's comment — the county's correction request of `returned`, the reason of a forced \
                    `published` — is printed under its report.
                    """
                )
            )
        case .mark:
            (
                (
                    "给报告的一个修订加标记：submitted（已报送）、returned（已退回，须写意见）或 published（已公开）。",
                    "Mark a revision of a report as submitted, returned (with a comment) or published."
                ),
                (
                    """
                    returned 需要 --comment：乡镇要看的修改意见。published 只能加在已报送的修订上，而且检查（Schema/checks.md）\
                    报告有错误时不能加；县里可以用 --force --reason 理由 越过这两条，理由随标记显示在 reports、show、log 和网页上。\
                    有未解决同步冲突的报告不能公开：请先合并。
                    """,
                    """
                    `returned` needs --comment: the correction request the township reads. `published` goes only on the \
                    revision marked submitted, and not while the checks (Schema/checks.md) report an error for it; the \
                    county may override both with --force --reason TEXT, and the reason is shown wherever the mark is \
                    (reports, show, log, the web pages). A report with an open sync conflict cannot be published: merge \
                    it first.
                    """
                )
            )
        case .restore:
            (
                (
                    "把报告恢复为以前的某个修订：以它的内容（连同原件）作为草稿的新修订，之后的修订仍留在历史里。",
                    "Make an earlier revision's text the draft again: a new revision with its content (and original file); "
                        + "the revisions since stay in the history."
                ),
                (
                    """
                    例：nianbao restore changzhang/2024~2（草稿往前数第 2 个修订）。新修订的说明写明恢复的是第几版；恢复成与\
                    草稿相同的内容时什么也不提交。报告已公开时须加 --confirm-published 才恢复。会把别人之后改过的地方改回以前的\
                    内容时，列出这些地方（哪一版、谁改的），须加 --force 才恢复。有未解决的同步冲突时请先合并。
                    """,
                    """
                    Example: nianbao restore changzhang/2024~2 (the draft's second ancestor). The new revision's message \
                    names the version restored; restoring the draft's own text commits nothing. A published report is \
                    restored only with --confirm-published. A restore that puts back the older text where others \
                    changed the report since lists those places (version and person) and needs --force. Merge an open \
                    sync conflict first.
                    """
                )
            )
        case .fsck:
            (
                (
                    "检查仓库：重新计算每个对象的哈希，检查每个引用、修订和指针。",
                    "Check the repository: re-hash every object, check every reference, revision and ref."
                ),
                ("发现任何问题时退出状态为 1。", "Exits with status 1 when anything is wrong.")
            )
        case .gc:
            (
                (
                    "删除没有任何东西用到的对象（例如没有完成的推送留下的数据）。",
                    "Remove objects nothing reaches (such as the batches of a push that never finished)."
                ),
                (
                    """
                    保留任何草稿、分支、标记、远程指针或冲突用到的内容，以及最近一天内推送来的内容（推送可能还在进行）；\
                    删除其余的；旧版本的段落、表格等改为只存与新版本相比的差别；再把空间还给文件系统。\
                    之后可运行 `nianbao fsck` 检查仓库。`nianbao serve` 每天自动运行一次。
                    """,
                    """
                    Keeps everything reachable from any draft, head, mark, remote ref or conflict, and what a push brought \
                    in the last day (it may still be running); removes the rest; keeps older versions of paragraphs, \
                    tables and the like as their differences from the newer ones; then gives the space back to the file \
                    system. Run `nianbao fsck` after it to check the repository. `nianbao serve` runs it once a day.
                    """
                )
            )
        case .backup:
            (
                (
                    "把整个仓库备份到一个文件：服务运行时也可以做，备份就是一个完整的仓库。",
                    "Back up the whole repository into one file, also while the server runs: the backup is a whole"
                        + " repository."
                ),
                (
                    """
                    例：nianbao backup /mnt/u盘/年报备份-2025-01-31.sqlite。不要直接复制仓库文件：nianbao serve 运行时，\
                    最近的修改还在旁边的 -wal 文件里，只复制 .sqlite 文件会丢掉它们。备份写完、像 nianbao fsck 那样核对过每个对象后\
                    才出现在指定的文件名下；仓库有损坏时不替换原有的备份，副本另存为“文件名.有损坏-时间”，并报错。

                    恢复：停止 nianbao serve（正常停止后仓库文件旁没有 -wal 和 -shm 文件；还有的，是上次没有正常停止留下的，\
                    把它们移到别的文件夹留存），用备份文件替换仓库文件，再启动；旁边留着旧的 -wal 时，nianbao 不打开仓库并说明原因。\
                    备份之后乡镇推送来的修订，它们下次同步时会再送来；但备份之后在网页上上传的文件没有了，要请上传的单位重新上传。\
                    恢复后第一次写入（启动 nianbao serve，或任何会写入的命令）时，操作记录里记下一条“从备份恢复”，写明备份的时间，\
                    概览页上 \(Self.restoreNoticeDays) 天内提示审核员和填报员。\
                    备份之后县里设的标记（已报送、已退回、已公开）和写的批注、退回意见也没有了，要重新设置、重写：乡镇下次同步时\
                    会看到“县里的仓库回到了以前的备份”，列出县里已没有的标记和批注，并去掉乡镇那边的“已退回”“已公开”标记。\
                    可以每天用计划任务运行（文件名带上日期）。
                    """,
                    """
                    Example: nianbao backup /mnt/usb/nianbao-2025-01-31.sqlite. Do not copy the repository file itself: \
                    while nianbao serve runs, the latest changes are still in the -wal file beside it, and a copy of the \
                    .sqlite file alone loses them. The backup appears under its name only once it is written and every object \
                    in it checked as nianbao fsck checks them; a damaged repository never replaces the backup there: \
                    the copy is kept as "NAME.有损坏-TIME" and the command fails.

                    To restore: stop nianbao serve (stopped the ordinary way, it leaves no -wal or -shm file beside the \
                    repository; any still there were left by a run that did not stop properly: move them into another \
                    folder and keep them), put the backup in its place and start again; with an old -wal beside it, \
                    nianbao does not open the repository and says why. Revisions the townships pushed after the backup \
                    come again at their next sync; but files uploaded on the pages after the backup are gone: ask the \
                    offices that uploaded them to upload them again. The first write after the restore (nianbao serve \
                    as it starts, or any command that writes) records "restored from a backup" in the audit log with the \
                    backup's time, and the overview page tells the reviewers and clerks for \(Self.restoreNoticeDays) days. The marks the county \
                    set after the backup \
                    (submitted, returned, published) and the comments and correction requests it wrote are lost too, and \
                    must be set or written again: at their next sync the \
                    townships are told that the county's repository went back to an earlier backup, with the marks and \
                    comments it no longer has, and their returned and published marks are taken off. Run it daily from a \
                    scheduled task (a date in the file name).
                    """
                )
            )
        case .serve:
            (
                (
                    "运行本节点的服务：/v1 下的同步接口（Schema/sync-protocol.md）和网页。",
                    "Run this node's server: the sync API under /v1 (Schema/sync-protocol.md) and the web pages."
                ),
                (
                    """
                    默认只在 127.0.0.1 上监听，只有本机能连接；要让乡镇和其他电脑连接，加 --host 0.0.0.0（或本机的局域网地址），\
                    启动时会显示它们要用的地址。网页在 http://主机:端口/login 用 `nianbao user add`（或网页的“用户管理”页）\
                    添加的用户名和密码登录（节点管理员也可以用令牌登录）；同步接口（/v1，/v1/info 除外）要本节点 \
                    `nianbao token create` 发放的令牌，放在 `Authorization: Bearer` 请求头里。按 Ctrl-C 停止。

                    当前用户不能写入的仓库（只读介质上的存档）以只读方式提供，与 --read-only 相同：网页和拉取可用，推送和标记被拒绝。

                    可写的仓库每天自动整理一次（与 `nianbao gc` 相同；启动十分钟后开始，每小时检查是否已满一天）。
                    """,
                    """
                    Listens on 127.0.0.1 unless --host says otherwise: this computer only. For townships and other \
                    computers to connect, add --host 0.0.0.0 (or this computer's office-network address); it prints the \
                    address they use when it starts. People log in to the pages at http://HOST:PORT/login with the name \
                    and password `nianbao user add` (or the pages' People page) gave them (a node administrator may log \
                    in with a token too); the sync API (/v1, but /v1/info) needs a token that `nianbao token create` \
                    issued on this node, in an `Authorization: Bearer` header. Stop it with Ctrl-C.

                    A repository this user cannot write (an archived copy on read-only media) is served read-only, as \
                    with --read-only: pages and pulls work, pushes and marks are refused.

                    A repository it can write is cleaned up once a day, as by `nianbao gc` (checked every hour from ten \
                    minutes after the start).
                    """
                )
            )
        case .token:
            (
                (
                    "发放、列出和吊销其他单位与本节点同步时用的令牌。",
                    "Issue, list and revoke the tokens other offices use to sync with this node."
                ), ("", "")
            )
        case .tokenCreate:
            (
                (
                    "发放一个令牌。令牌只显示这一次：节点只保存它的哈希。",
                    "Issue a token. It is printed once: the node keeps only its hash."
                ), ("", "")
            )
        case .tokenList:
            (("列出本节点发放的令牌。", "List the tokens this node issued."), ("", ""))
        case .tokenRevoke:
            (("吊销一个令牌：从此它什么也打不开。", "Revoke a token: it opens nothing from now on."), ("", ""))
        case .remote:
            (("添加、列出和删除与本节点同步的远程节点。", "Add, list and remove the nodes this one syncs with."), ("", ""))
        case .remoteAdd:
            (("添加一个远程节点（或修改它的地址和令牌）。", "Add a remote node (or change its URL and token)."), ("", ""))
        case .remoteList:
            (("列出远程节点。", "List the remote nodes."), ("", ""))
        case .remoteRemove:
            (("删除一个远程节点。", "Remove a remote node."), ("", ""))
        case .pull:
            (
                (
                    "从远程节点取回本单位可以看到的报告：新的修订、标记和意见。",
                    "Bring the reports this office may see from a remote: new revisions, marks, comments."
                ),
                (
                    "两边都改过的草稿两个版本都保留，并记为冲突（退出状态 3）。",
                    "A draft changed on both sides keeps both heads and opens a conflict (exit status 3)."
                )
            )
        case .push:
            (
                ("把本单位的草稿和标记发送到远程节点。", "Send this office's drafts and marks to a remote."),
                (
                    """
                    只发送对方没有的内容。对方在此期间改过的草稿不会被覆盖：两个版本都留在对方，推送以状态 3 退出；\
                    请先拉取、合并，再推送。
                    """,
                    """
                    Only what the remote lacks is sent. A draft the remote changed meanwhile is not applied over its \
                    version: both are kept there and the push exits with status 3; pull, merge and push again.
                    """
                )
            )
        case .sync:
            (
                ("先从远程节点拉取，再推送给它。", "Pull from a remote, then push to it."),
                (
                    "本地有未解决的冲突或在对方发现冲突时，退出状态为 3。",
                    "Exits with status 3 while a conflict is open here or was found there."
                )
            )
        case .conflicts:
            (
                (
                    "列出本地未解决的同步冲突：草稿有第二个版本的报告。",
                    "List the sync conflicts open here: reports whose draft has a second head."
                ),
                (
                    "有未解决的冲突时退出状态为 3。--all 也列出已解决的，以及解决它的合并。",
                    "Exits with status 3 while any is open. --all lists closed ones too, with the merge that closed each."
                )
            )
        case .merge:
            (
                (
                    "把报告的第二个版本（同步冲突）三方合并进草稿。",
                    "Merge a report's second head (a sync conflict) into its draft, three-way."
                ),
                (
                    """
                    改在不同部分、段落或单元格的修改自动合并，提交为一个以两个版本为父修订的合并修订，冲突随之解决。两边改成\
                    不同样子的单元连同底稿、我方（草稿）和对方列出，什么也不提交，退出状态为 3：用 --take ours|theirs 选择\
                    （全部冲突，或 --unit 指定的单元），或用 --output 文件 写出合并文本，修改后 \
                    `nianbao commit 文件 --agency 机关 --year 年度 --resolve`；写出之后任何一边又有新的修订，提交会被拒绝，\
                    请重新写出。
                    """,
                    """
                    Edits to different sections, paragraphs or cells merge and are committed as a merge revision with \
                    both heads as parents; the conflict closes. Units changed two ways are listed with base, ours (the \
                    draft) and theirs, nothing is committed and the exit status is 3: choose with --take ours|theirs \
                    (every conflict, or the units given with --unit), or write the merged text with --output FILE, edit \
                    it and `nianbao commit FILE --agency A --year Y --resolve`; once either line moves after the text \
                    was written, that commit is refused: write the text again.
                    """
                )
            )
        default:
            (("", ""), ("", ""))
        }
    }
}

extension CommandHelp {
    /// The days the board tells of a restored backup (``ReportRepository/restoreNoticePeriod``).
    static var restoreNoticeDays: Int { Int(ReportRepository.restoreNoticePeriod / 86400) }
}

import ReportModel

/// The abstract and discussion of every command, in Chinese, or in English with `--lang en` / `NIANBAO_LANG=en`.
///
/// The one place the help texts of the commands live (the options' help is ``OptionHelp``).
enum CommandHelp {
    case root, parse, check, diff, merge3, history, blame, initialize, config, commit, importFolder, log, show, export
    case reports, mark, restore, fsck, gc, backup, serve, token, tokenCreate, tokenList, tokenRevoke
    case remote, remoteAdd, remoteList, remoteRemove, pull, push, sync, conflicts, merge

    /// The one-line summary `--help` and the command list show.
    var abstract: String { Language.pick(texts.abstract.zh, texts.abstract.en) }

    /// The paragraph under it (empty when there is none).
    var discussion: String { Language.pick(texts.discussion.zh, texts.discussion.en) }

    typealias Pair = (zh: String, en: String)

    private var texts: (abstract: Pair, discussion: Pair) {
        switch self {
        case .root:
            (
                (
                    "保存、比较、检查和交换政府信息公开工作年度报告（年报）。",
                    "Keep, compare, check and exchange government information disclosure annual reports (年报)."
                ),
                (
                    """
                    报告可以是 Word（.docx；.doc/.wps 需 LibreOffice）、PDF、网页或纯文本（UTF-8 或 GBK）。一个仓库就是一个 SQLite \
                    文件：`nianbao init` 在当前文件夹的 .nianbao/ 中建立；--repo 路径 或环境变量 NIANBAO_REPO 指定别的仓库。\
                    默认说中文；`nianbao --lang en …` 或 NIANBAO_LANG=en 改说英文。时间按北京时间显示（TZ 可另指时区）。
                    """,
                    """
                    Reports are Word (.docx; .doc/.wps with LibreOffice), PDF, web pages or plain text (UTF-8 or GBK). A \
                    repository is one SQLite file: `nianbao init` makes one in .nianbao/ here; --repo PATH or \
                    $NIANBAO_REPO points at another. Messages are in Chinese unless `--lang en` (or NIANBAO_LANG=en) is \
                    given; times are shown in Beijing time (TZ names another zone).
                    """
                )
            )
        case .parse:
            (
                (
                    "读取一份报告，列出标题、各部分、段落、表格和单元格。",
                    "Read a report file and print its title, sections, paragraphs, tables and cells."
                ),
                (
                    "JSON 格式见 Schema/report-json.md。读取中的提示写在标准错误输出上。",
                    "The JSON form is documented in Schema/report-json.md. Diagnostics go to stderr."
                )
            )
        case .check:
            (
                (
                    "按全国统一格式检查一份报告：表格勾稽关系、结构、年度。",
                    "Check a report against the national format: table arithmetic, structure, years."
                ),
                (
                    """
                    每个问题写明规则、严重程度、位置（部分 › 表 › 行 › 列）和有关数字；规则见 Schema/checks.md。\
                    也可以检查仓库里的修订（机关/年度、机关/年度#N…）：每个问题带编号（`nianbao decide` 用）和县里的决定，\
                    不予采纳的不计入错误和警告。有“错误”时退出状态为 1。
                    """,
                    """
                    Findings name the rule, the severity, the place (section › table › row › column) and the numbers. \
                    The rules are listed in Schema/checks.md. A revision of the repository can be checked too \
                    (AGENCY/YEAR, AGENCY/YEAR#N…): each finding with its key (for `nianbao decide`) and the county's \
                    decision; a dismissed one counts as neither error nor warning. Exits with status 1 when any \
                    finding is an error.
                    """
                )
            )
        case .diff:
            (
                ("比较两份报告：各部分、段落和表格单元格。", "Compare two reports: sections, paragraphs and table cells."),
                (
                    """
                    各部分按编号和标题对齐，段落逐段对齐（挪动的段落算“移动”），表格按单元格比较并给出增减。两份报告年度不同\
                    （或加 --years）时，年度递增不算改动，仍写着上一年的文字和原样照搬上年的段落列为“发现”。JSON 格式见 \
                    Schema/diff-json.md。
                    """,
                    """
                    Sections are aligned by number and title, paragraphs as units (a moved paragraph is a move), tables \
                    cell by cell on their keys with the change in value. When the two reports are of different years \
                    (or with --years), the year moving on is not a change, and text still naming last year or carried \
                    over word for word is listed as findings. The JSON form is documented in Schema/diff-json.md.
                    """
                )
            )
        case .merge3:
            (
                (
                    "以共同的底稿为基础，合并一份报告的两个修改版本。",
                    "Merge two edited versions of a report with their common base."
                ),
                (
                    """
                    改在不同部分、段落或单元格的修改自动合并；同一处改成两样就是冲突。合并结果按规范文本格式写在标准输出上\
                    （未解决的冲突处取我方版本）；冲突连同底稿、我方、对方写在标准错误输出上，有未解决的冲突时退出状态为 1。\
                    用 --take ours|theirs 解决全部冲突，或只解决 --unit 指定的单元。
                    """,
                    """
                    Edits to different sections, paragraphs or cells merge; a unit changed two ways is a conflict. The \
                    merged report is written on stdout in the canonical text layout (our version stands at each open \
                    conflict); conflicts are listed on stderr with base, ours and theirs, and the exit status is 1 while \
                    any is open. Resolve with --take ours|theirs, for every conflict or for the units given with --unit.
                    """
                )
            )
        case .history:
            (
                (
                    "列出改动过某个单元格、部分或其他单元的每个修订：谁、何时、由什么改成什么。",
                    "List every revision that changed one cell, section or other unit, with author, time and old → new."
                ),
                (
                    """
                    部分重新编号或段落挪动后仍认得是同一个单元。单元格用表号加行、列指定，可写键名（received total）或标签\
                    （一、本年新收政府信息公开申请数量 总计）；部分用编号（如 三，或 一/二）指定，没有编号的用标题。
                    """,
                    """
                    The unit keeps its identity when sections are renumbered or paragraphs move. A cell is named by its \
                    table's number and its row and column, by key (received total) or by label (一、本年新收政府信息公开\
                    申请数量 总计); a section by its numbers (三, 一/二) or, without a number, its title.
                    """
                )
            )
        case .blame:
            (
                (
                    "逐个部分、段落和单元格显示最后改动它的修订。",
                    "Show, for each section, paragraph and cell, the revision that last changed it."
                ), ("", "")
            )
        case .initialize:
            (
                (
                    "建立仓库：当前文件夹的 .nianbao/repository.sqlite，或 --repo 指定的文件。",
                    "Create a repository: .nianbao/repository.sqlite here, or the file given with --repo."
                ), ("", "")
            )
        case .config:
            (
                (
                    "查看或设置仓库的设置：author（提交、合并和标记记在谁的名下）。",
                    "Show or set a setting of the repository: author (who makes its commits, merges and marks)."
                ),
                (
                    """
                    `nianbao config author 张三` 把作者记在仓库里；没有在这里、环境变量 NIANBAO_AUTHOR 或 --author 给出作者时，\
                    `commit`、`import`、`merge` 和 `mark` 都不会执行。不写姓名时显示当前的值（没有设置时退出状态为 1）；\
                    --unset 删除设置。
                    """,
                    """
                    `nianbao config author 张三` records the author in the repository; `commit`, `import`, `merge` and \
                    `mark` refuse to run until one is set here or in $NIANBAO_AUTHOR (or given with --author). Without \
                    NAME the current value is printed (exit status 1 when none is set); --unset removes it.
                    """
                )
            )
        case .commit:
            (
                ("把一份报告文件提交为该报告草稿的新修订。", "Commit a report file as a new revision of that report's draft."),
                (
                    """
                    与草稿相同的文件不提交任何东西；不是年报的文件什么也不改。文字写的机关或年度与 --agency、--year 不符时\
                    拒绝提交（草稿不变），除非加 --force，这时修订说明里会记下是强制提交的。
                    """,
                    """
                    A document equal to the draft commits nothing. A file that is not a report changes nothing. A text \
                    that names another agency or year than --agency and --year is refused (the draft is untouched) \
                    unless --force is given; the revision's message then records that it was forced.
                    """
                )
            )
        case .importFolder:
            (
                (
                    "提交一个文件夹里的全部报告，每份各成一个修订。",
                    "Commit every report file of a folder, each as its own revision."
                ),
                (
                    """
                    机关和年度从每份报告的文字中读出。机关代号依次取自文件夹中的 agencies.tsv（或 --map 文件，每行：\
                    名称或文件名<TAB>代号[<TAB>上级代号]）、仓库里同名的机关，否则由名称生成拼音代号：去掉前面的县市名、\
                    “人民政府”等和末尾的乡、镇、街道等后取拼音（开原市中固镇人民政府 → zhonggu），已有同名代号时加 -2、-3…。再次导入时，与草稿以前某一版相同的文件不提交；\
                    改过的旧稿像 commit 一样与别人此后的修改合并，会改回别人修改的那份文件不导入（原因列出），其余照常导入。\
                    有文件失败时退出状态为 1。
                    """,
                    """
                    The agency and year come from each report's text. The agency id comes from agencies.tsv in the \
                    folder (or --map FILE): lines NAME-OR-FILE<TAB>ID[<TAB>PARENT-ID]; else from an agency of the \
                    repository with the same name; else it is made from the name: the pinyin of its core, without the \
                    county or city in front, 人民政府 and the like, or a trailing 乡, 镇, 街道… (开原市中固镇人民政府 → \
                    zhonggu), with -2, -3… when that id is taken. Run again, a file that is an earlier \
                    version of the draft is not committed; an edited older copy is merged with others' changes since, \
                    as commit merges it, and one that would undo them fails (with the reason) while the rest is \
                    imported. Exits with status 1 when a file failed.
                    """
                )
            )
        case .log:
            (
                ("列出从 REF 可以追溯到的修订，最新的在前。", "List the revisions reachable from a REF, newest first."),
                (
                    """
                    REF：机关/年度（草稿）、机关/年度~N、机关/年度@submitted|returned|published、机关/年度#N（第 N 版），\
                    或修订号的至少 4 位。标记连同其意见显示在所在的修订旁。
                    """,
                    """
                    REF: AGENCY/YEAR (the draft), AGENCY/YEAR~N, AGENCY/YEAR@submitted|returned|published, \
                    AGENCY/YEAR#N (version N), or ≥4 digits of an id. The marks are printed beside the revisions they \
                    are on, with their comments.
                    """
                )
            )
        case .show:
            (
                (
                    "显示一个修订：谁、何时、为什么做的，以及其中的报告。",
                    "Show a revision: who made it, when, why, and the report it holds."
                ), ("", "")
            )
        case .export:
            (
                (
                    "按统一的规范格式输出一个修订的报告文本，读回来还是同一份报告。",
                    "Print a revision's report as text in one canonical layout, which parses back to the same report."
                ),
                (
                    """
                    --format docx -o 文件 改为按全国统一格式写成 Word 文件；--original 原样写出提交这一修订时的原件\
                    （.docx、PDF、网页、.doc/.wps），一个字节也不改（`> 文件` 或 -o 文件；从纯文本提交的修订没有原件）。
                    --county 年度 --format xlsx -o 文件 写出这一年度的全县汇总表：每个机关的表二、表三、表四\
                    （取已公开的修订，没有则取最新修订），每张表一个工作表，带合计。
                    """,
                    """
                    --format docx -o FILE writes it as a Word file in the national layout instead; --original writes the \
                    file the revision was committed from (.docx, PDF, web page, .doc/.wps), byte for byte \
                    (`> FILE` or -o FILE; a revision committed from plain text keeps no original).
                    --county YEAR --format xlsx -o FILE writes the county's workbook of a year: tables 2, 3 and 4 of \
                    every agency (published revisions, else latest), one sheet per table, with totals.
                    """
                )
            )
        default:
            moreTexts
        }
    }
}

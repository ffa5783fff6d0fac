import ArgumentParser
import ReportModel

/// The help of every argument, option and flag, in Chinese, or in English with `--lang en` / `NIANBAO_LANG=en`.
enum OptionHelp {
    case reportFile, reportFileNoStdin, reportFileOrRevision, previous, revision, revisionWithMarks, revisionToExport,
        format, json, repo,
        author
    case diffOld, diffNew, diffFormat, diffYears, diffAll
    case base, ours, theirs, take, unit
    case historyEnd, cell, section, unitID, allCells, node, configKey, configValue, unset
    case agency, year, message, force, resolve, confirmPublished, restoreForce, folder, map, logStart, limit, overwrite,
        backupFile,
        backupOverwrite
    case markName, comment, forceMark, reason, host, port, readOnly, secureCookies
    case tokenAgency, tokenAll, tokenLabel, tokenID, remoteNew, remoteURL, remoteToken, remoteExisting
    case syncRemote, timeout, conflictsAll, mergeReport, mergeTake, mergeUnit, mergeHead, mergeOutput, mergeMessage

    /// The help as ArgumentParser shows it.
    var help: ArgumentHelp {
        switch self {
        case .repo:
            ArgumentHelp(
                text,
                discussion: Language.pick(
                    "默认：环境变量 NIANBAO_REPO，否则从当前文件夹往上找最近的 .nianbao/repository.sqlite。",
                    "Default: $NIANBAO_REPO, else the nearest .nianbao/repository.sqlite from here upwards."),
                valueName: "PATH")
        case .author: ArgumentHelp(text, valueName: "NAME")
        default: ArgumentHelp(text)
        }
    }

    /// The help text.
    var text: String {
        let pair = texts
        return Language.pick(pair.zh, pair.en)
    }

    private var texts: (zh: String, en: String) {
        switch self {
        case .reportFile:
            (
                "报告文件：.docx、PDF、网页、.doc/.wps（需 LibreOffice）或 UTF-8/GBK 纯文本（- 表示标准输入）；按内容识别格式。",
                "The report: .docx, PDF, a web page, .doc/.wps (with LibreOffice) or text in UTF-8 or GBK (- for stdin); the content tells the format."
            )
        case .reportFileOrRevision:
            (
                "报告文件（.docx、PDF、网页、.doc/.wps 或纯文本，- 表示标准输入），或仓库里的修订：机关/年度、机关/年度#N…",
                "The report file (.docx, PDF, a web page, .doc/.wps or text, - for stdin), or a revision of the repository:"
                    + " AGENCY/YEAR, AGENCY/YEAR#N…"
            )
        case .reportFileNoStdin:
            (
                "报告文件：.docx、PDF、网页、.doc/.wps（需 LibreOffice）或 UTF-8/GBK 纯文本；按内容识别格式。",
                "The report: .docx, PDF, a web page, .doc/.wps (with LibreOffice) or text in UTF-8 or GBK; the content tells the format."
            )
        case .revision:
            (
                "修订：机关/年度（草稿）、机关/年度~N、机关/年度#N（第 N 版），或修订号的至少 4 位。",
                "The revision: AGENCY/YEAR (the draft), AGENCY/YEAR~N, AGENCY/YEAR#N (version N), or ≥4 digits of an id."
            )
        case .revisionWithMarks:
            (
                "修订：机关/年度、机关/年度~N、机关/年度@submitted|returned|published、机关/年度#N（第 N 版），或修订号的至少 4 位。",
                "The revision: AGENCY/YEAR, AGENCY/YEAR~N, AGENCY/YEAR@submitted|returned|published, AGENCY/YEAR#N"
                    + " (version N), or ≥4 digits of an id."
            )
        case .revisionToExport:
            (
                "修订：机关/年度、机关/年度~N、机关/年度@published，或修订号的至少 4 位。",
                "The revision: AGENCY/YEAR, AGENCY/YEAR~N, AGENCY/YEAR@published, or ≥4 digits of an id."
            )
        case .previous:
            ("同一机关上一年的报告，用于跨年度的检查。", "Last year's report of the same agency, for the cross-year rules.")
        case .format: ("输出格式：text（文字）或 json。", "Output format: text or json.")
        case .json: ("同 --format json。", "Same as --format json.")
        case .repo:
            (
                "仓库：它的 SQLite 文件，或含有 .nianbao/repository.sqlite 的文件夹。",
                "The repository: its SQLite file, or a folder holding .nianbao/repository.sqlite."
            )
        case .author:
            (
                "记在谁的名下（默认：环境变量 NIANBAO_AUTHOR，否则仓库的 `nianbao config author`）。",
                "Who (default: $NIANBAO_AUTHOR, else the repository's `nianbao config author`)."
            )
        case .diffOld:
            (
                "较早的报告：文件（.docx、PDF、网页、.doc/.wps、UTF-8 或 GBK 纯文本，或 `nianbao parse` 的 JSON；- 表示标准输入），或仓库里的修订（机关/年度、机关/年度~N、修订号的至少 4 位）。",
                "The older report: a file (.docx, PDF, a web page, .doc/.wps, or text in UTF-8 or GBK, or the JSON of `nianbao parse`; - for stdin), or a revision of the repository (AGENCY/YEAR, AGENCY/YEAR~N, ≥4 digits of an id)."
            )
        case .diffNew: ("较新的报告，写法同上。", "The newer report, the same ways.")
        case .diffFormat:
            (
                "输出格式：text（文字）、json 或 html（独立的对照网页）。",
                "Output format: text, json or html (a self-contained page)."
            )
        case .diffYears:
            (
                "作为同一机关的两个年度比较（默认：年度不同时），或作为两稿比较。",
                "Compare as two years of one agency (default: when the years differ) or as two drafts."
            )
        case .diffAll: ("也列出没有改动的部分（文字格式）。", "List unchanged sections too (text format).")
        case .base: ("共同的底稿。", "The common ancestor.")
        case .ours: ("我方的版本。", "Our version.")
        case .theirs: ("对方的版本。", "Their version.")
        case .take: ("取哪一方来解决冲突：ours（我方）或 theirs（对方）。", "Resolve conflicts by taking this side: ours or theirs.")
        case .unit:
            (
                "与 --take 一起用：要解决的单元（可重复）；不写则解决全部冲突。",
                "With --take: the unit to resolve (repeatable); without, every conflict."
            )
        case .historyEnd:
            (
                "历史截止的修订：机关/年度（草稿）、机关/年度~N，或修订号的至少 4 位。",
                "Where the history ends: AGENCY/YEAR (the draft), AGENCY/YEAR~N, or ≥4 digits of an id."
            )
        case .cell:
            (
                "单元格：表 行 列，照输出的写法（如 三 本年新收 自然人；同一部分的第二个表三写 表三（第 2 个）），"
                    + "或整个位置一个值（如 \"三、表三 · 本年新收 · 自然人\"）。",
                "A cell: TABLE ROW COLUMN as the outputs print them (三 本年新收 自然人; a second table 3 of a section"
                    + " 表三（第 2 个）), or its whole place as one value (\"三、表三 · 本年新收 · 自然人\")."
            )
        case .section: ("部分：沿路径的编号或标题（如 三，或 一/二）。", "A section: its numbers or title along its path (三, 一/二).")
        case .unitID:
            (
                "任意单元的标识（`nianbao diff --format json` 和 `blame` 输出的那种）。",
                "Any unit by its id (as `nianbao diff --format json` and `blame` print them)."
            )
        case .allCells:
            (
                "列出每个表格单元格（默认只列第一个修订之后改过的）。",
                "Include every table cell (by default only cells changed after the first revision)."
            )
        case .node:
            (
                "本节点的名称，记在这里做的每个修订中，网页在作者旁边显示它：用单位的名称，如“常张乡”“县政务公开办”（默认：所在文件夹的名称）。",
                "This node's name, recorded in every revision made here and shown beside authors on the pages: the office's name, such as 常张乡 or 县政务公开办 (default: this folder's name)."
            )
        case .configKey:
            ("设置项：author（作者）、deadline（报送截止日，月-日，默认 01-31）。", "The setting: author, deadline (MM-DD, 01-31 by default).")
        case .configValue: ("新的值；不写则显示当前的值。", "Its new value; without it, the current value is printed.")
        case .unset: ("删除这项设置。", "Remove the setting.")
        case .agency:
            (
                "机关代号（ASCII 简称或统一社会信用代码），或已登记的机关名称（如 大庄乡）。",
                "The agency's id (an ASCII slug or its 统一社会信用代码), or a registered agency's name (as 大庄乡)."
            )
        case .year: ("报告所属的年度。", "The year the report is about.")
        case .message: ("修订说明（默认：“提交 文件名”）。", "Why (default: \"Commit FILE\").")
        case .overwrite:
            (
                "-o 指定的文件已存在时覆盖它（默认不覆盖；仓库的数据库文件从不覆盖）。",
                "Replace the -o file when it exists (by default it is kept; a repository's database never is)."
            )
        case .backupFile:
            (
                "备份文件（最好在另一块磁盘、U 盘或网络共享上）。",
                "The backup file (best on another disk, a USB stick or a network share)."
            )
        case .backupOverwrite:
            (
                "备份文件已存在时用新的备份替换它（默认不替换；仓库本身从不替换）。",
                "Replace the backup file when it exists (by default it is kept; the repository itself never is)."
            )
        case .force:
            (
                "文字写的是别的机关或年度也照样提交（会记在修订说明里）。",
                "Commit even though the text names another agency or year (recorded in the message)."
            )
        case .restoreForce:
            (
                "恢复会把别人之后改过的地方改回以前的内容时也照样恢复（别人的这些修改仍留在历史中）。",
                "Restore even though it puts back the older text where others changed the report since (their changes"
                    + " stay in the history)."
            )
        case .resolve:
            (
                "这个文件解决了该报告的同步冲突：记为草稿和第二个版本的合并。",
                "The file resolves the report's sync conflict: record it as the merge of the draft and its second head."
            )
        case .confirmPublished:
            (
                "报告已公开也照样恢复：恢复后的草稿需重新报送、公开（公开的版本不变，直到县里重新公开）。",
                "Restore even though the report is published: the restored draft must be submitted and published again"
                    + " (the published version stands until the county publishes again)."
            )
        case .folder: ("报告文件所在的文件夹。", "The folder of report files.")
        case .map:
            (
                "机关代号对照文件，优先于文件夹里的 agencies.tsv。",
                "A mapping file of agency ids, read over the folder's own agencies.tsv."
            )
        case .logStart: ("从哪里开始。", "Where to start.")
        case .limit: ("最多列出这么多个修订。", "List at most this many revisions.")
        case .markName:
            (
                "submitted（报送）、returned（退回）或 published（公开）；也可以直接写 报送、退回、公开。",
                "submitted, returned or published (or 报送, 退回, 公开)."
            )
        case .comment:
            ("随标记一起的意见（退回时的修改意见）。", "What goes with the mark (the correction request of `returned`).")
        case .forceMark:
            ("即使修订没有报送或检查有错误也公开。", "Publish although the revision was not submitted or its checks report errors.")
        case .reason:
            (
                "与 --force 一起用：理由（随标记保存，标记显示处都会显示）。",
                "With --force: why (kept with the mark and shown wherever it is)."
            )
        default:
            moreTexts
        }
    }
}

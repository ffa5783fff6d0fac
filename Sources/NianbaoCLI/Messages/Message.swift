import ReportChecks
import ReportModel
import ReportRepository

/// Every line the commands print for a person (results, notes and errors of their own), in Chinese, or in English
/// with `--lang en` / `NIANBAO_LANG=en`. The push, pull and sync lines are ``SyncMessage``.
enum Message {
    case errorPrefix
    case warning(String)
    case notFound
    case outlineAgency(String?)
    case outlineYear(Int?)
    case readingHeader
    case checkSummary(FindingCounts)
    case unitNeedsTake
    case noConflictOn(String, open: [String])
    case conflictHeader(kind: String, place: String)
    case conflictSide(side: String, text: String?)
    case overlapping(base: String, ours: String, theirs: String)
    case conflictsOpen(Int)
    case nameOneUnit, cellTakesThree
    case noRevisions(String)
    case historyHeader(String, count: Int)
    case changeAdded(String)
    case changeRemoved(String)
    case changeInside(String)
    case noSection(String)
    case cellsHidden(Int)
    case created(path: String, node: String)
    case unsetTakesNoValue, noAuthorSet
    case mergedHeads(String)
    case revisionName(id: String, generation: Int?)
    case revisionNumber(id: String, generation: Int?)
    case revisionByAuthor(id: String, generation: Int?, author: String, message: String)
    /// A revision's name with what tells it apart from another of its number: `第 3 版（常张乡 李明，修订 a39066c42200）`.
    case revisionNameBy(id: String, generation: Int?, words: String)
    /// A revision's number with what tells it apart from another of that number: `第 3 版（常张乡 李明）`.
    case told(String, apart: String)
    case committed(report: String, revision: String, objects: Int, bytes: String)
    case commitUnchanged(report: String, revision: String)
    /// What the checks found on the version just committed, and the command that lists it (`ref`: `changzhang/2024`).
    case commitCaution(CheckCaution, revision: String, ref: String)
    /// What the checks found on the version just submitted: submitted all the same, the county will see it.
    case submitCaution(CheckCaution, revision: String, ref: String)
    /// The places where a merge since the last publication left out the publisher's changes.
    case publishedNotTaken(revision: String, notTaken: [String])
    case restored(report: String, revision: String, from: String)
    case imported(file: String, report: String, revision: String)
    case importUnchanged(file: String, report: String, revision: String)
    case importFailed(file: String, reason: String)
    /// A file an import left out as no report (a spreadsheet, a batch export's notes): what it is.
    case importSkipped(file: String, reason: String)
    case importSummary(imported: Int, unchanged: Int, failed: Int, skipped: Int)
    case noReports, reportsHeader
    /// Under `reports`: what a remote has not been sent, each report's unsent draft and marks (rv117 F6).
    case unsent(node: String, items: [String])
    case pullUnfinished(remotes: [String], revisions: Int)
    case heads(Int)
    /// A revision's first line in `log` and `show`: its number when known (第 3 版), its author, its short id and
    /// labels.
    /// A revision's first line in `log` and `show`; `apart`: what tells it apart from another of its number listed
    /// with it (``RevisionNames``).
    case revisionLine(id: String, author: String, labels: String, generation: Int?, apart: String? = nil)
    case reportLine(String)
    case authorLine(author: String, node: String?)
    case dateLine(String)
    case mergeLine(String)
    /// Who sent a revision another node brought here (by a push or a pull), and when it arrived.
    case receivedLine(sender: String, time: String)
    /// Who brought a comment, answer or resolution by sync, and when, beside the author it names.
    case noteReceived(sender: String, time: String)
    case markLine(String)
    case fsckSummary(objects: Int, revisions: Int, refs: Int, problems: Int)
    case fsckAffected(report: String, versions: String)
    case gcSummary(GarbageReport)
    case backedUp(BackupSummary)
    case serving(node: String, file: String, readOnly: Bool, address: String)
    case dailyCollection(summary: String)
    case portRange
    case forceOnlyPublished, forceNeedsReason, reasonOnlyWithForce
    case marked(report: String, revision: String, mark: String, previous: String?, already: Bool)
    case forcedReason(String)
    case noSuchFile(String)
    case isFolder(String)
    case cannotRead(String)
    case neitherFileNorRevision(String)
    case noFileNoRepository(String)
    case jsonNotReport(path: String, error: String)
    case noRepositoryHere(String)

    /// The text in the process's language.
    var text: String {
        switch self {
        case .errorPrefix: Language.pick("错误：", "Error: ")
        case .warning(let text): Language.pick("警告：\(text)", "warning: \(text)")
        case .notFound: Language.pick("（未找到）", "(not found)")
        case .outlineAgency(let agency): Language.pick("机关：", "agency: ") + (agency ?? Message.notFound.text)
        case .outlineYear(let year): Language.pick("年度：", "year:   ") + (year.map(String.init) ?? Message.notFound.text)
        case .readingHeader:
            Language.pick(
                "读取问题（不是报告本身的错误：以下内容无法从文本中可靠读取，请核对原件）：",
                "Reading problems (not errors of the report: these could not be read reliably; check the original):")
        case .checkSummary(let counts) where counts.errors + counts.warnings + counts.notes + counts.reading == 0:
            Language.pick("没有发现问题", "No problems found")
        case .checkSummary(let counts):
            Language.pick(
                "报告问题：\(counts.errors)个错误，\(counts.warnings)个警告，\(counts.notes)个提示"
                    + (counts.reading > 0 ? "；读取问题：\(counts.reading)个" : ""),
                "Report: \(Language.counted(counts.errors, "error")), \(Language.counted(counts.warnings, "warning")),"
                    + " \(Language.counted(counts.notes, "note"))"
                    + (counts.reading > 0 ? "; reading problems: \(counts.reading)" : ""))
        case .unitNeedsTake: Language.pick("--unit 需要和 --take ours|theirs 一起用。", "--unit needs --take ours|theirs")
        case .noConflictOn(let unit, let open):
            Language.pick(
                "\(unit) 没有冲突；未解决的冲突在：\(open.isEmpty ? "（无）" : open.joined(separator: "、"))",
                "No conflict on \(unit); open conflicts: \(open.joined(separator: ", "))")
        case .conflictHeader(let kind, let place): Language.pick("冲突（\(kind)）：\(place)", "conflict \(kind): \(place)")
        case .conflictSide(let side, let text): "  \(side)：\(text ?? Language.pick("（已删除）", "(deleted)"))"
        case .overlapping(let base, let ours, let theirs):
            Language.pick(
                "  改在同一处：底稿「\(base)」 我方「\(ours)」 对方「\(theirs)」",
                "  overlapping edit: base “\(base)” ours “\(ours)” theirs “\(theirs)”")
        case .conflictsOpen(let count):
            Language.pick(
                "\(count) 处冲突；用 --take ours|theirs [--unit 单元] 解决",
                "\(count) conflict(s); resolve with --take ours|theirs [--unit ID]")
        case .nameOneUnit:
            Language.pick(
                "请指定一个单元：--cell 表 行 列、--section 路径 或 --unit 标识。",
                "Name one unit: --cell TABLE ROW COLUMN, --section PATH or --unit ID.")
        case .cellTakesThree:
            Language.pick(
                "--cell 写三个值：表 行 列（如 --cell 三 本年新收 自然人），或照输出写的一格的位置（如 --cell \"三、表三 · 本年新收 · 自然人\"）。",
                "--cell takes three values, TABLE ROW COLUMN (--cell 三 本年新收 自然人), or one cell's place as the outputs"
                    + " print it (--cell \"三、表三 · 本年新收 · 自然人\").")
        case .noRevisions(let ref): Language.pick("\(ref) 没有修订。", "\(ref) has no revisions.")
        case .historyHeader(let unit, let count):
            Language.pick("\(unit)（\(count) 次改动）", "\(unit)  (\(Language.counted(count, "change")))")
        case .changeAdded(let new): Language.pick("新增：\(new)", "added: \(new)")
        case .changeRemoved(let old): Language.pick("删除（原为 \(old)）", "removed (was \(old))")
        case .changeInside(let new): Language.pick("\(new)（内部有改动）", "\(new) (changed inside)")
        case .noSection(let section): Language.pick("报告中没有部分 \(section)。", "The report has no section \(section).")
        case .cellsHidden(let count):
            Language.pick(
                "（另有 \(count) 个单元格自第一个修订以来没有改动；--all-cells 列出它们）",
                "(\(Language.counted(count, "cell")) unchanged since the first revision; --all-cells lists them)")
        case .created(let path, let node):
            Language.pick(
                "已在 \(path) 建立空的 nianbao 仓库（节点 \(node)）。",
                "Created an empty nianbao repository in \(path) (node \(node)).")
        case .unsetTakesNoValue: Language.pick("--unset 不需要值。", "--unset takes no value.")
        case .noAuthorSet:
            Language.pick(
                "没有设置作者：`nianbao config author 您的姓名` 设置。", "No author is set: `nianbao config author NAME` sets one.")
        default: moreText
        }
    }
}

import ReportModel
import ReportRepository

extension Message {
    /// The texts of the repository commands' results.
    var moreText: String {
        switch self {
        case .mergedHeads(let report):
            Language.pick("已合并 \(report) 的两个版本：冲突已解决。", "Merged the heads of \(report): the conflict is closed.")
        case .revisionName(let id, let generation?):
            Language.pick("第 \(generation) 版（修订 \(id)）", "version \(generation) (\(id))")
        case .revisionName(let id, nil): Language.pick("修订 \(id)", "revision \(id)")
        case .revisionNumber(_, let generation?): Language.pick("第 \(generation) 版", "version \(generation)")
        case .revisionNumber(let id, nil): Language.pick("修订 \(id)", "revision \(id)")
        case .revisionByAuthor(let id, let generation?, let author, let message):
            Language.pick(
                "第 \(generation) 版（修订 \(id)，\(author)：\(message)）",
                "version \(generation) (\(id), \(author): \(message))")
        case .revisionNameBy(let id, let generation?, let words):
            Language.pick("第 \(generation) 版（\(words)，修订 \(id)）", "version \(generation) (\(words), \(id))")
        case .revisionNameBy(let id, nil, let words): Language.pick("修订 \(id)（\(words)）", "revision \(id) (\(words))")
        case .told(let number, let words): Language.pick("\(number)（\(words)）", "\(number) (\(words))")
        case .revisionByAuthor(let id, nil, let author, let message):
            Language.pick("修订 \(id)（\(author)：\(message)）", "\(id) (\(author): \(message))")
        case .committed(let report, let revision, let objects, let bytes):
            Language.pick(
                "已提交 \(report) \(revision)：新增 \(objects) 个对象，\(bytes)。",
                "Committed \(report) \(revision): \(objects) new objects, \(bytes).")
        case .restored(let report, let revision, let from):
            Language.pick(
                "已把 \(report) 恢复为\(from)的内容：\(revision)。之后的修订仍在历史里。",
                "Restored \(report) to the content of \(from): \(revision). The revisions since stay in the history.")
        case .commitUnchanged(let report, let revision):
            Language.pick(
                "没有改动：\(report) 已经是\(revision)，什么也没有提交。",
                "Unchanged: \(report) is already at \(revision); nothing committed.")
        case .commitCaution(let caution, let revision, let ref):
            Language.pick(
                "检查：\(revision)有 \(caution.counts())（\(caution.first)）。"
                    + (caution.errors > 0 ? "请改正后再报送" : "报送前请确认没有问题") + "；用 nianbao check \(ref) 看详情。",
                "Checks: \(revision) has \(caution.counts()) (\(caution.first)). "
                    + (caution.errors > 0
                        ? "Correct them before submitting" : "Make sure they are in order before submitting")
                    + "; nianbao check \(ref) lists them.")
        case .submitCaution(let caution, let revision, let ref):
            Language.pick(
                "注意：\(revision)的检查有 \(caution.counts())（\(caution.first)）：\(caution.consequence())。"
                    + "用 nianbao check \(ref) 看详情。",
                "Note: the checks of \(revision) found \(caution.counts()) (\(caution.first)): \(caution.consequence())."
                    + " nianbao check \(ref) lists them.")
        case .publishedNotTaken(let revision, let notTaken):
            Language.pick(
                "注意：公开的\(revision)里没有你的这些修改（合并时未采用）：" + notTaken.joined(separator: "；")
                    + "。如还要改正，请改好后重新报送、公开。",
                "Note: \(revision), now published, lacks these changes of yours (a merge did not take them): "
                    + notTaken.map { MergeDecisions.text(of: $0, in: .english) }.joined(separator: "; ")
                    + ". To correct it, commit the correction and publish again.")
        case .imported(let file, let report, let revision):
            Language.pick("已导入  \(file) → \(report) \(revision)", "imported   \(file) → \(report) \(revision)")
        case .importUnchanged(let file, let report, let revision):
            Language.pick("无改动  \(file) = \(report) \(revision)", "unchanged  \(file) = \(report) \(revision)")
        case .importFailed(let file, let reason):
            Language.pick("失败    \(file)：\(reason)", "failed     \(file): \(reason)")
        case .importSkipped(let file, let reason):
            Language.pick("已跳过  \(file)：\(reason)", "skipped    \(file): \(reason)")
        case .importSummary(let imported, let unchanged, let failed, let skipped):
            Language.pick(
                "导入 \(imported) 份，无改动 \(unchanged) 份，失败 \(failed) 份"
                    + (skipped > 0 ? "，跳过 \(skipped) 个不是年报的文件。" : "。"),
                "\(imported) imported, \(unchanged) unchanged, \(failed) failed"
                    + (skipped > 0 ? ", \(Language.counted(skipped, "file")) skipped (no report)." : "."))
        case .unsent(let node, let items):
            Language.pick(
                "还没有推送到 \(node)（上次同步后在这台电脑上做的）：" + items.joined(separator: "；") + "。用 nianbao push 发送。",
                "Not pushed to \(node) yet (done on this computer since the last sync): "
                    + items.joined(separator: "; ")
                    + ". nianbao push sends them.")
        case .noReports:
            Language.pick(
                "还没有报告：用 `nianbao commit` 或 `nianbao import` 添加。",
                "No reports yet: `nianbao commit` or `nianbao import` adds them.")
        case .pullUnfinished(let remotes, let revisions):
            Language.pick(
                "还没有报告：已经从 \(remotes.joined(separator: "、")) 收到 \(revisions) 个修订，但拉取没有完成（中途断开了）。"
                    + "请再运行 `nianbao sync`，它会接着拉取，不会从头再来；不要重新建仓库或重新提交。",
                "No reports yet: \(Language.counted(revisions, "revision")) arrived from \(remotes.joined(separator: ", "))"
                    + " but the pull did not finish (it was cut off). Run `nianbao sync` again: it goes on from where it"
                    + " stopped. Do not start a new repository or commit again.")
        case .reportsHeader:
            Language.pick("报告 名称 状态 当前修订 作者 时间 标记", "REPORT NAME STATUS HEAD AUTHOR TIME MARKS")
        case .heads(let count): Language.pick("\(count) 个版本", "\(count) heads")
        case .revisionLine(let id, let author, let labels, let generation, let apart):
            Language.pick(
                (generation.map { "第 \($0) 版" + (apart.map { "（\($0)）" } ?? "") + "  " } ?? "")
                    + "\(author)  修订 \(id)\(labels)",
                (generation.map { "version \($0)" + (apart.map { " (\($0))" } ?? "") + "  " } ?? "")
                    + "\(author)  revision \(id)\(labels)")
        case .reportLine(let text): Language.pick("报告：\(text)", "Report:  \(text)")
        case .authorLine(let author, let node?):
            Language.pick("作者：\(author)（节点 \(node)）", "Author:  \(author) on \(node)")
        case .authorLine(let author, nil): Language.pick("作者：\(author)", "Author:  \(author)")
        case .dateLine(let time): Language.pick("时间：\(time)", "Date:    \(time)")
        case .mergeLine(let parents): Language.pick("合并：\(parents)", "Merge:   \(parents)")
        case .receivedLine(let sender, let time):
            Language.pick("收到：由 \(sender) 同步送来，本节点收到于 \(time)", "From:    \(sender), received \(time)")
        case .noteReceived(let sender, let time):
            Language.pick("（由 \(sender) 同步送来，本节点收到于 \(time)）", " (from \(sender), received \(time))")
        case .markLine(let mark): Language.pick("标记：\(mark)", "Mark:    \(mark)")
        case .fsckAffected(let report, let versions):
            Language.pick(
                "受影响：\(report) " + (versions.isEmpty ? "的修订" : "第 \(versions) 版"),
                "affected: \(report) " + (versions.isEmpty ? "revisions" : "versions \(versions)"))
        case .fsckSummary(let objects, let revisions, let refs, let problems):
            Language.pick(
                "fsck：检查了 \(objects) 个对象、\(revisions) 个修订、\(refs) 个指针："
                    + (problems == 0
                        ? "没有问题。"
                        : "\(problems) 个问题。请先把这个仓库文件复制一份保存，暂不要运行 nianbao gc；"
                            + "同步过的报告可以另建一个仓库从县里或乡镇的节点重新拉取（nianbao pull），其余从备份恢复。"),
                "fsck: \(Language.counted(objects, "object")), \(Language.counted(revisions, "revision")),"
                    + " \(Language.counted(refs, "ref")) checked: "
                    + (problems == 0
                        ? "no problems."
                        : "\(Language.counted(problems, "problem")). Copy this repository file somewhere safe first and do not run"
                            + " nianbao gc yet; synced reports can be pulled again from the county's or a township's node"
                            + " into a new repository (nianbao pull), the rest restored from a backup."))
        case .gcSummary(let report):
            Language.pick(
                "gc：删除 \(report.removed) 个对象（\(report.bytes) 字节），保留 \(report.kept) 个"
                    + (report.recent > 0 ? "，其中 \(report.recent) 个来自最近一天内的推送，一天后才会删除" : "")
                    + (report.packed > 0 ? "；\(report.packed) 个旧版本的对象改为只存与新版本相比的差别" : "") + "。",
                "gc: removed \(Language.counted(report.removed, "object")) (\(report.bytes) bytes), kept \(report.kept)"
                    + (report.recent > 0
                        ? ", \(report.recent) of them from pushes of the last day, removed after a day" : "")
                    + (report.packed > 0
                        ? "; \(Language.counted(report.packed, "object")) of older versions now kept as their differences from the newer ones"
                        : "")
                    + ".")
        case .backedUp(let summary):
            Language.pick(
                "已备份到 \(summary.path)：\(summary.reports) 份报告、\(summary.revisions) 个修订（\(RevisionText.bytes(summary.bytes))）。"
                    + "这个文件本身就是一个完整的仓库（`nianbao reports --repo \(summary.path)` 可以查看）。"
                    + "恢复时先停止 nianbao serve，再用它替换仓库文件（仓库文件旁还有 -wal 和 -shm 的，移到别处留存）；"
                    + "备份之后推送来的修订，乡镇下次同步时会再送来，网页上上传的要重新上传（`nianbao help backup`）。",
                "Backed up to \(summary.path): \(Language.counted(summary.reports, "report")),"
                    + " \(Language.counted(summary.revisions, "revision"))"
                    + " (\(RevisionText.bytes(summary.bytes))). The file is a whole repository of its own (`nianbao reports"
                    + " --repo \(summary.path)` shows it). To restore, stop nianbao serve and put this file in the"
                    + " repository's place (move any -wal and -shm file beside it elsewhere, and keep them); revisions"
                    + " pushed after the backup come again at the townships' next sync, files uploaded on the pages must"
                    + " be uploaded again (`nianbao help backup`).")
        case .dailyCollection(let summary):
            Language.pick("nianbao：每日自动整理仓库，\(summary)", "nianbao: daily clean-up of the repository, \(summary)")
        case .serving(let node, let file, let readOnly, let address):
            Language.pick(
                "nianbao：节点 \(node) 正在\(readOnly ? "以只读方式" : "")提供 \(file)，地址 \(address)",
                "nianbao: node \(node) serving \(file)\(readOnly ? " read-only" : "") on \(address)")
        case .portRange: Language.pick("--port 必须在 0 到 65535 之间。", "--port must be between 0 and 65535.")
        case .forceOnlyPublished: Language.pick("--force 只用于 published（强制公开）。", "--force is only for published.")
        case .forceNeedsReason:
            Language.pick(
                "--force 需要 --reason 理由：理由会随“已公开”标记一起显示。",
                "--force needs --reason TEXT: the reason is shown with the published mark.")
        case .reasonOnlyWithForce: Language.pick("--reason 只和 --force 一起用。", "--reason goes only with --force.")
        case .marked(let report, let revision, let mark, let previous, let already):
            Language.pick(
                "已将 \(report)的\(revision)标记为“\(mark)”"
                    + (already ? "（原来就是）" : previous.map { "（原为\($0)）" } ?? "") + "。",
                "Marked \(report) \(revision) as \(mark)"
                    + (already ? " (it already was)" : previous.map { " (was \($0))" } ?? "") + ".")
        case .forcedReason(let reason):
            Language.pick("强制公开，理由已记下：\(reason)", "Published by force; the reason is recorded: \(reason)")
        case .noSuchFile(let path): Language.pick("没有这个文件：\(path)", "No such file: \(path)")
        case .isFolder(let path): Language.pick("\(path) 是文件夹，不是报告文件", "\(path) is a folder, not a report file")
        case .cannotRead(let path):
            Language.pick("无法读取 \(path)：没有权限或文件不可读", "Cannot read \(path): permission denied or unreadable")
        case .neitherFileNorRevision(let argument):
            Language.pick(
                "\(argument) 既不是文件，也不是修订（机关/年度、机关/年度~N、机关/年度#N，或修订号的至少 4 位）。",
                "\(argument) is neither a file nor a revision (AGENCY/YEAR, AGENCY/YEAR~N, AGENCY/YEAR#N, or ≥4 digits"
                    + " of an id).")
        case .noFileNoRepository(let argument):
            Language.pick(
                "没有文件 \(argument)，这里也没有仓库可以把它当作修订查找。",
                "There is no file \(argument), and no repository here to look it up as a revision.")
        case .jsonNotReport(let path, let error):
            Language.pick("\(path) 中的 JSON 不是一份报告：\(error)", "\(path) holds JSON that is not a report: \(error)")
        case .noRepositoryHere(let folder):
            Language.pick(
                "\(folder) 及其上级文件夹中都没有 nianbao 仓库。请用 `nianbao init` 建立，或用 --repo 或 NIANBAO_REPO 指定路径。",
                "There is no nianbao repository here or in any folder above \(folder)."
                    + " Create one with `nianbao init`, or give its path with --repo or $NIANBAO_REPO.")
        default: ""
        }
    }
}

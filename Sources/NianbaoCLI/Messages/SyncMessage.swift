import ReportModel
import ReportRepository

/// The lines of push, pull, sync, merge, tokens and remotes, in Chinese, or in English with `--lang en`.
enum SyncMessage {
    case pulled(remote: String, node: String, objects: Int, figures: String)
    case upToDate
    /// An agency merge a pull followed, the agencies by their offices' names (``SyncText``).
    case mergeFollowed(from: String, into: String, years: String)
    case mergeNotFollowed(from: String, into: String, reason: String)
    /// An agency merged away whose name is the one it was merged into: `常张乡人民政府（原编号 changzhang）`.
    case formerID(name: String, id: String)
    /// An edit made here under an agency merged away (by its office's name), merged into the merged report (by its
    /// name, ``ReportNames``) — the merge revision.
    case editMerged(from: String, report: String, revision: String)
    /// The same edit, kept as a second head with a conflict; `report` for the `merge` to type.
    case editKept(from: String, name: String, report: ReportKey)
    /// That edit had been submitted under the old id: the merged report must be submitted again.
    case resubmitAfterMerge(from: String, name: String, report: ReportKey)
    case headNew(String)
    case fastForward(from: String, to: String)
    case headUnchanged, conflictClosed
    case headConflict(draft: String, source: String, revision: String, base: String?, report: String)
    case nothingToPush(String)
    case nothingSent(String)
    /// The offices a township's token writes, after a draft left unsent as out of its reach: `名称（编号）`.
    case tokenWrites([String], ids: [String])
    case note(String)
    case notesKept(node: String, counts: String, reports: [String])
    case notesSent(String)
    /// The notes a pull brought (``noteCount(_:_:)`` joined).
    case notesReceived(String)
    case noteCount(NoteKind, Int)
    case commentStaysHere(String)
    /// Where the old id's text an agency merge started from was: `合并前 瓦岗寨乡人民政府 名下`.
    case beforeAgencyMerge(String)
    case pushed(remote: String, node: String, sent: Int, skipped: Int, figures: String)
    case origin(ConflictOrigin)
    case forwarded(by: String, from: String?)
    case otherVersion
    case pushedStatus(RefUpdateStatus)
    /// A draft pushed whose newest revision restored an earlier version (`第 2 版`).
    case pushedRestore(String)
    case pushConflict(remote: String, current: String?, yours: String, base: String?, report: String)
    case pushStale(String)
    case mergedSameText(theirs: String, merge: String)
    case pushMergedSameText(remote: String, yours: String)
    case closedBy(merge: String?, time: String)
    case pushStaleMark(remote: String, current: String?, time: String?, seenBefore: Bool)
    case markKept(remote: String, yours: String, theirs: String)
    /// This node's mark kept over the remote's on another revision, which this node never saw marked there: the
    /// remote by its node's name, and who made the remote's revision where its name does not say so already.
    case markKeptOverAnother(node: String, yours: String, theirs: String, maker: String?)
    case markOlder(String)
    case pushRefused(String)
    case figures(requests: Int, sent: String, received: String)
    case inAll(String)
    case conflictLine(draft: String, source: String, theirs: String, base: String?, opened: String, closed: String?)
    case noRemoteYet
    case severalRemotes([String])
    /// Reports with an open conflict: each by its name, with its `AGENCY/YEAR` for the `merge` to type.
    case openConflicts([(name: String, report: String, versions: Int?)])
    case noOpenConflicts
    case tokenEither
    /// A token issued: `reach` is what it may do (``TokenScopeText/reach(of:names:)``).
    case tokenIssued(id: Int64, label: String, reach: String)
    case noTokens
    /// A line of `token list`: `reach` is what the token may do (``TokenScopeText/reach(of:names:)``).
    case tokenLine(id: Int64, label: String, reach: String, revoked: String?)
    case tokenRevoked(Int64)
    case remoteSet(name: String, url: String)
    /// A remote's token replaced, the remote having taken the new one (its label there).
    case tokenReplaced(name: String, url: String, label: String)
    /// A remote's new token not taken: the one it had stays (why the remote could not confirm it).
    case tokenKept(name: String, reason: String)
    case noRemotes
    case remoteRemoved(String)
    case writeReportAs
    case mergeHeads(ours: String, source: String, theirs: String, base: String?)
    /// A merge committed: the report by its name, its `AGENCY/YEAR` for the next `merge` to type.
    case merged(name: String, report: String, heads: String, revision: String, closed: Bool, stillOpen: Int)
    case unitsConflict(name: String, count: Int, heads: String)
    case conflictUnit(place: String, id: String, kind: String)
    case nothingCommitted(agency: String, year: Int)
    case mergedTextWritten(file: String, count: Int, agency: String, year: Int)
    /// Under a pulled merge's decisions, one of which left out a change of this node's author.
    case yourChangesNotTaken
    /// A mark a push set: what was done (`报送了`).
    case pushedMark(Mark)
    /// After a pushed draft that left a mark behind: the status the remote's node now shows.
    case statusLeft(Mark, node: String)

    /// Two lines that both changed since their common version, or that have none (one committed from scratch).
    private static func since(_ base: String?) -> String {
        base.map { Language.pick("自 \($0) 以来都改过", "both changed since \($0)") }
            ?? Language.pick("没有共同的版本，内容不同", "have no common version and differ")
    }

    private static func openConflictsText(_ reports: [(name: String, report: String, versions: Int?)]) -> String {
        guard !reports.isEmpty else { return "" }
        return Language.pick(
            reports.map { entry in entry.versions.map { "\(entry.name)（\($0) 个版本）" } ?? entry.name }
                .joined(separator: "、") + " 有未解决的冲突：每个版本都保留着。`nianbao conflicts` 列出它们；"
                + reports.map { "`nianbao merge \($0.report)`" }.joined(separator: "、") + " 合并。",
            reports.map { entry in entry.versions.map { "\(entry.name) (\($0) versions)" } ?? entry.name }
                .joined(separator: ", ") + " has an open conflict: every version is kept."
                + " `nianbao conflicts` lists them; "
                + reports.map { "`nianbao merge \($0.report)`" }.joined(separator: ", ") + " joins them.")
    }

    private static func remoteConflictsText(_ reports: [(name: String, report: String, versions: Int?)]) -> String {
        guard !reports.isEmpty else { return "" }
        return Language.pick(
            reports.map(\.name).joined(separator: "、") + " 的冲突在对方节点上，本节点还没有：每个版本都保留着。请先 nianbao pull，再 "
                + reports.map { "nianbao merge \($0.report)" }.joined(separator: "、") + " 合并。",
            reports.map(\.name).joined(separator: ", ") + " has a conflict on the other node, not here yet: every"
                + " version is kept. Run nianbao pull first, then "
                + reports.map { "nianbao merge \($0.report)" }.joined(separator: ", ") + ".")
    }

    /// The text in the process's language.
    var text: String {
        switch self {
        case .pulled(let remote, let node, let objects, let figures):
            // (the office the remote's node is, as it names itself; the remote's name here only when it names none)
            Language.pick(
                "已从 \(node.isEmpty ? remote : node) 拉取：\(objects) 个对象，\(figures)。",
                "Pulled from \(node.isEmpty ? remote : node): \(Language.counted(objects, "object")), \(figures).")
        case .upToDate: Language.pick("  已是最新。", "  Already up to date.")
        case .origin(.pushed(let sender)): Language.pick("\(sender) 推送", "pushed by \(sender)")
        case .origin(.pulled(let remote)): Language.pick("从 \(remote) 拉取", "pulled from \(remote)")
        case .origin(.agencyMerge(let agency)):
            Language.pick("本机在 \(agency) 名下修改", "edited here under \(agency)")
        case .origin(.other(let text)): text
        case .forwarded(let remote, let node?):
            Language.pick("\(node) 写、经 \(remote) 转来", "written on \(node), passed on by \(remote)")
        case .forwarded(let remote, nil):
            Language.pick(
                "本单位另一台电脑上写、经 \(remote) 转来", "written on another computer of this office, passed on by \(remote)")
        case .otherVersion: Language.pick("另一处", "elsewhere")
        case .pushedStatus(let status):
            switch status {
            case .created: Language.pick("新建", status.rawValue)
            case .fastForwarded: Language.pick("更新", status.rawValue)
            case .moved: Language.pick("已移动", status.rawValue)
            case .unchanged: Language.pick("无改动", status.rawValue)
            case .conflict: Language.pick("冲突", status.rawValue)
            case .stale: Language.pick("已过时", status.rawValue)
            case .refused: Language.pick("被拒绝", status.rawValue)
            }
        case .pushedRestore(let version): Language.pick("恢复为\(version)", "restored \(version)")
        case .mergeFollowed(let from, let into, let years):
            Language.pick(
                "  机关 \(from) 已在对方并入 \(into)：本节点也已合并（\(years)）。",
                "  Agency \(from) was merged into \(into) there: merged here too (\(years)).")
        case .editMerged(let from, let report, let revision):
            Language.pick(
                "  本机在 \(from) 名下的修改与 \(report) 合在一起了（\(revision)），推送后县里也会收到。",
                "  Your edit under \(from) was merged into the \(report) (\(revision)); a push sends it to the county.")
        case .editKept(let from, let name, let report):
            Language.pick(
                "  本机在 \(from) 名下的修改与 \(name) 有冲突，留作第二个版本，没有丢："
                    + "请用 `nianbao merge \(report)` 合并（`nianbao conflicts` 列出冲突），再同步。"
                    + "合并时“我方”是县里的文本，“对方”是本机的修改（`--take theirs` 保留本机的修改）。",
                "  Your edit under \(from) conflicts with the \(name); it is kept as a second"
                    + " version, not lost: merge it with `nianbao merge \(report)` (`nianbao conflicts` lists it), then"
                    + " sync. In the merge, “ours” is the county's text and “theirs” your edit (`--take theirs` keeps"
                    + " your edit).")
        case .resubmitAfterMerge(let from, let name, let report):
            Language.pick(
                "  注意：你在 \(from) 名下的“已报送”没有带到 \(name)（合并后的文字和你报送的不同）：请核对，"
                    + "合并好后再报送（`nianbao mark \(report) submitted`）。",
                "  Note: your submission under \(from) did not carry over to the \(name) (the merged text is not what"
                    + " you submitted): check it and, once merged, submit it again (`nianbao mark \(report) submitted`)."
            )
        case .formerID(let name, let id):
            Language.pick("\(name)（原编号 \(id)）", "\(name) (formerly \(id))")
        case .mergeNotFollowed(let from, let into, let reason):
            Language.pick(
                "  机关 \(from) 已在对方并入 \(into)，本节点没有跟着合并：\(reason)",
                "  Agency \(from) was merged into \(into) there; not merged here: \(reason)")
        case .headNew(let revision): Language.pick("新报告  \(revision)", "new  \(revision)")
        case .fastForward(let from, let to): Language.pick("更新  \(from) → \(to)", "fast-forward  \(from) → \(to)")
        case .headUnchanged: Language.pick("无改动", "unchanged")
        case .conflictClosed: Language.pick("  （冲突已解决）", "  (conflict closed)")
        case .headConflict(let draft, let source, let revision, let base, let report):
            Language.pick(
                "冲突  你的草稿 \(draft) 和 \(source)的 \(revision) \(Self.since(base))；两个都保留。"
                    + "请用 `nianbao merge \(report)` 合并。",
                "CONFLICT  your draft \(draft) and \(revision), \(source), \(Self.since(base));"
                    + " both kept. Merge with `nianbao merge \(report)`.")
        case .nothingToPush(let remote):
            Language.pick("没有要推送给 \(remote) 的内容：对方都有了。", "Nothing to push to \(remote): it has everything.")
        case .nothingSent(let remote): Language.pick("没有向 \(remote) 发送任何内容：", "Nothing was sent to \(remote):")
        case .tokenWrites(let offices, let ids):
            Language.pick(
                "  这台电脑的令牌只能写 \(offices.joined(separator: "、")) 的报告：提交时请写 --agency \(ids.joined(separator: " 或 "))；"
                    + "用错的编号提交的草稿，可以用 nianbao agency merge 错的编号 \(ids.first ?? "") 并过去，再推送。",
                "  This computer's token writes only the reports of \(offices.joined(separator: ", ")): commit with"
                    + " --agency \(ids.joined(separator: " or ")); a draft committed under a wrong id can be moved with"
                    + " nianbao agency merge WRONG-ID \(ids.first ?? ""), then pushed.")
        case .note(let text): Language.pick("  注意：\(text)。", "  Note: \(text).")
        case .notesKept(let node, let counts, let reports):
            Language.pick(
                "  注意：你在这台电脑上写的 \(counts)（\(reports.joined(separator: "、"))）只保存在这台电脑上，没有发送给"
                    + " \(node)：县里不接收乡镇写的批注。要让县里看到你的意见，请回复县里写的批注"
                    + "（`nianbao comments 报告` 列出批注，`nianbao comment 报告 --reply 编号 内容` 回复），"
                    + "或在报送时写上说明（`nianbao mark 报告 submitted --comment 说明`）。",
                "  Note: the \(counts) you wrote on this computer (\(reports.joined(separator: ", "))) stay on this"
                    + " computer and were not sent to \(node): the county does not take a township's own comments. To"
                    + " tell the county, reply to one of its comments (`nianbao comments REPORT` lists them,"
                    + " `nianbao comment REPORT --reply ID TEXT` replies), or say it when you submit"
                    + " (`nianbao mark REPORT submitted --comment TEXT`).")
        case .notesSent(let counts): Language.pick("批注  已发送 \(counts)", "comments  sent \(counts)")
        case .notesReceived(let counts): Language.pick("批注  收到 \(counts)", "comments  received \(counts)")
        case .beforeAgencyMerge(let agency):
            Language.pick("合并前 \(agency) 名下", "under \(agency) before the merge")
        case .commentStaysHere(let remote):
            Language.pick(
                "注意：这台电脑是用乡镇的令牌和 \(remote) 同步的，这条批注只保存在这台电脑上，同步时不会发送：县里不接收乡镇写的批注。"
                    + "要让县里看到，请回复县里写的批注（`--reply 编号`），或在报送时写上说明（`nianbao mark 报告 submitted --comment 说明`）。",
                "Note: this computer syncs with \(remote) through a township's token, so this comment stays on this"
                    + " computer and is never sent: the county does not take a township's own comments. To tell the"
                    + " county, reply to one of its comments (`--reply ID`), or say it when you submit"
                    + " (`nianbao mark REPORT submitted --comment TEXT`).")
        case .noteCount(let kind, let count):
            switch kind {
            case .comment: Language.pick("\(count) 条批注", Language.counted(count, "comment"))
            case .reply: Language.pick("\(count) 条回复", Language.counted(count, "reply", plural: "replies"))
            case .resolve: Language.pick("\(count) 条“已解决”", Language.counted(count, "resolution"))
            case .decision: Language.pick("\(count) 条对检查问题的处理", Language.counted(count, "finding decision"))
            }
        case .pushed(let remote, let node, let sent, let skipped, let figures):
            Language.pick(
                "已推送到 \(remote)（节点 \(node)）：发送 \(sent) 个对象" + (skipped > 0 ? "（另有 \(skipped) 个对方已有）" : "")
                    + "，\(figures)。",
                "Pushed to \(remote) (node \(node)): \(Language.counted(sent, "object")) sent"
                    + (skipped > 0 ? " (\(skipped) it already had)" : "") + ", \(figures).")
        case .pushConflict(let remote, let current, let yours, let base, let report):
            Language.pick(
                "冲突  \(remote) 上的草稿" + (current.map { " \($0)" } ?? "有本节点还没有的修改") + "，和你的 \(yours) "
                    + Self.since(base) + "；你的版本在对方也保留着，不会丢。"
                    + (current == nil ? "请先拉取（nianbao pull），再" : "请") + "用 `nianbao merge \(report)` 合并。",
                // (`county's draft version 9 and your version 8 both changed since version 7`; without the remote's
                // version, its draft is `it`: the sentence had read `… does not have yet and yours version 8 both
                // changed …`, rv117 M2)
                "CONFLICT  \(remote)'s draft"
                    + (current.map { " \($0) and your \(yours)" }
                        ?? " has changes this node does not have yet: it and your \(yours)")
                    + " \(Self.since(base)); yours is kept there too, nothing is lost. "
                    + (current == nil ? "Pull (nianbao pull), then merge" : "Merge")
                    + " with `nianbao merge \(report)`.")
        case .closedBy(let merge, let time):
            Language.pick(
                (merge.map { "合并为 \($0)，" } ?? "") + time, (merge.map { "merged as \($0), " } ?? "") + time)
        case .mergedSameText(let theirs, let merge):
            Language.pick(
                "两边内容相同，已自动合并：你的草稿和 \(theirs) 的文字一样，合并为 \(merge)，不用手工合并",
                "same text, merged: your draft and \(theirs) hold the same text; merged as \(merge), nothing to do")
        case .pushMergedSameText(let remote, let yours):
            Language.pick(
                "\(remote) 上的草稿和你的 \(yours) 文字相同，对方已自动合并；下次同步会收到这个合并，不用手工合并",
                "\(remote)'s draft holds the same text as your \(yours): it merged them; the next sync brings the merge,"
                    + " nothing to do")
        case .pushStale(let remote):
            Language.pick("未更新：\(remote) 上的草稿在此期间改过（请先拉取）", "not moved: it changed on \(remote) meanwhile (pull first)")
        case .pushStaleMark(let remote, let current, let time, let seenBefore):
            Language.pick(
                (seenBefore
                    ? "未移动：本节点上次同步后，这个标记在 \(remote) 上已被另一台电脑（或县里）移到"
                    : "未移动：\(remote) 上已有这个标记，在") + " " + (current ?? "本节点还没有的一个版本")
                    + (time.map { "（\($0) 设）" } ?? "") + (seenBefore ? "" : "，本节点还没有拉取过它")
                    + "。本节点的没有发送，对方的保持不变。请先 nianbao pull 再 push（看过对方的版本后再决定是否重新报送）",
                "not moved: "
                    + (seenBefore
                        ? "since this node last synced, another computer (or the county) moved this mark on \(remote) to "
                        : "\(remote) has this mark, which this node never pulled, on ")
                    + (current ?? "a version this node does not have yet") + (time.map { " (set \($0))" } ?? "")
                    + "; yours was not sent and theirs stands. Run nianbao pull, then push (look at their version first"
                    + " and decide whether to submit again)")
        case .markOlder(let remote):
            Language.pick(
                "（\(remote) 上的这个标记比本节点原有的更早：县里可能恢复了备份）",
                " (\(remote)'s mark is older than the one this node had: the county may have restored a backup)")
        case .pushRefused(let remote):
            Language.pick(
                "被拒绝：\(remote) 没有接受这个标记——那里这份报告有未解决的冲突，或这个标记不合县里的规则"
                    + "（退回要写意见；公开的须是报送的版本、检查没有未处理的错误，否则要强制并写明理由）。"
                    + "请先 nianbao pull，再在 \(remote) 的网页上处理",
                "refused: \(remote) did not take this mark — the report has an open conflict there, or the mark breaks"
                    + " the county's rules (a return needs its request; a publication goes on the submitted version"
                    + " with no error left standing, unless forced with a reason). Pull, then see to it on"
                    + " \(remote)'s pages")
        case .figures(let requests, let sent, let received):
            Language.pick(
                "\(requests) 次请求，发送 \(sent)，接收 \(received)",
                "\(Language.counted(requests, "request")), \(sent) sent, \(received) received")
        case .inAll(let figures): Language.pick("合计：\(figures)。", "In all: \(figures).")
        case .conflictLine(let draft, let source, let theirs, let base, let opened, let closed):
            // A closed one (`conflicts --all`) says so and by which merge: it had read exactly like an open one.
            Language.pick(
                "草稿 \(draft) ↔ \(source)的 \(theirs)  底稿 \(base ?? "无")  （\(opened)"
                    + (closed.map { "；已解决：\($0)" } ?? "") + "）",
                "draft \(draft) ↔ \(theirs)  base \(base ?? "none")  (\(source), \(opened)"
                    + (closed.map { "; closed: \($0)" } ?? "") + ")")
        case .noRemoteYet:
            Language.pick(
                "还没有远程节点：用 `nianbao remote add 名称 地址 --token 令牌` 添加。",
                "No remote yet: add one with `nianbao remote add NAME URL --token T`.")
        case .openConflicts(let reports):
            // The versions counted where this node knows them (its own open conflicts); a conflict known only on the
            // other node (a push's) is pulled before it can be listed or merged here.
            Self.openConflictsText(reports.filter { $0.versions != nil })
                + Self.remoteConflictsText(reports.filter { $0.versions == nil })
        case .noOpenConflicts: Language.pick("没有未解决的冲突。", "No open conflicts.")
        default: moreText
        }
    }
}

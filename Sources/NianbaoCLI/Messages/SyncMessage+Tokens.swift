import ReportModel

extension SyncMessage {
    /// The texts of tokens, remotes, merges and marks a pull kept.
    var moreText: String {
        switch self {
        case .markKept(let remote, let yours, let theirs):
            Language.pick(
                "保留本节点的 \(yours)：\(remote) 上的是更早设置的 \(theirs)（县里可能恢复了备份），推送时重新发送",
                "kept this node's \(yours): \(remote) has an earlier \(theirs) (the county may have restored a"
                    + " backup); the push sends yours again")
        case .markKeptOverAnother(let node, let yours, let theirs, let maker):
            Language.pick(
                "保留本节点的 \(yours)：\(node) 的 \(theirs) 是" + (maker.map { " \($0) 上传的" } ?? "")
                    + "另一份，在本节点设这个标记之前设的；本节点的仍保留，推送时重新发送",
                "kept this node's \(yours): \(node)'s \(theirs) is another one"
                    + (maker.map { ", uploaded by \($0)," } ?? "")
                    + " marked before this node set its own; yours stays, and the push sends it again")
        case .tokenEither:
            Language.pick(
                "请给出 --agency 机关（每个机关一次）或 --all，二者只能选一个。",
                "Give either --agency ID (once per agency) or --all, not both, not neither.")
        case .tokenIssued(let id, let label, let reach):
            Language.pick(
                "令牌 \(id)（\(label)，\(reach)）。请现在交给对方：它不会再显示。",
                "Token \(id) (\(label), \(reach)). Hand it over now: it is not shown again.")
        case .noTokens:
            Language.pick("还没有令牌。用 `nianbao token create` 发放。", "No tokens. Issue one with `nianbao token create`.")
        case .tokenLine(let id, let label, let reach, let revoked):
            Language.pick(
                "\(id)\t\(label)\t\(reach)\t" + (revoked.map { "已于 \($0) 吊销" } ?? "有效"),
                "\(id)\t\(label)\t\(reach)\t" + (revoked.map { "revoked \($0)" } ?? "valid"))
        case .tokenRevoked(let id): Language.pick("令牌 \(id) 已吊销。", "Token \(id) revoked.")
        case .remoteSet(let name, let url): Language.pick("远程节点 \(name) 的地址是 \(url)。", "Remote \(name) is \(url).")
        case .tokenReplaced(let name, let url, let label):
            Language.pick(
                "已把远程节点 \(name)（\(url)）的令牌换成新的：对方确认了这个令牌（“\(label)”）。",
                "Replaced the token of remote \(name) (\(url)): it takes the new token (“\(label)”).")
        case .tokenKept(let name, let reason):
            Language.pick(
                "没有更换远程节点 \(name) 的令牌，原来的令牌和地址保留不变：新令牌没有得到对方确认。\(reason)",
                "The token of remote \(name) was not replaced; its token and address stay as they were: the new token"
                    + " was not confirmed. \(reason)")
        case .noRemotes:
            Language.pick(
                "没有远程节点。用 `nianbao remote add 名称 地址 --token 令牌` 添加。",
                "No remotes. Add one with `nianbao remote add NAME URL --token T`.")
        case .remoteRemoved(let name): Language.pick("远程节点 \(name) 已删除。", "Remote \(name) removed.")
        case .writeReportAs: Language.pick("报告请写成 机关/年度。", "Write the report as AGENCY/YEAR.")
        case .mergeHeads(let ours, let source, let theirs, let base):
            // The other line by where it was written (常张乡 推送的 第 4 版; 本单位另一台电脑上写、经 县政务公开办 转来的).
            Language.pick(
                "草稿 \(ours) 和 \(source)的 \(theirs)（底稿 \(base ?? "无")）",
                "draft \(ours) and \(theirs) \(source) (base \(base ?? "none"))")
        case .merged(let name, let report, let heads, let revision, let closed, let stillOpen) where stillOpen > 0:
            Language.pick(
                "已合并 \(name)：\(heads) → \(revision)。" + (closed ? "这一冲突已解决；" : "")
                    + "还有 \(stillOpen) 个冲突没有解决：请再运行 `nianbao merge \(report)`。",
                "Merged \(name): \(heads) → \(revision)." + (closed ? " This conflict is closed;" : "")
                    + " \(Language.counted(stillOpen, "conflict")) still open: run `nianbao merge \(report)` again.")
        case .merged(let name, _, let heads, let revision, let closed, _):
            Language.pick(
                "已合并 \(name)：\(heads) → \(revision)。" + (closed ? "冲突已解决；同步后对方也会收到合并。" : ""),
                "Merged \(name): \(heads) → \(revision)."
                    + (closed ? " Conflict closed; sync to send the merge." : ""))
        case .unitsConflict(let name, let count, let heads):
            Language.pick(
                "\(name)：\(heads) 中有 \(count) 个单元两边改得不一样：",
                "\(name): \(count) unit(s) changed both ways in \(heads):")
        case .conflictUnit(let place, let id, let kind):
            Language.pick("  \(place)（\(kind)；--unit \(id)）", "  \(place)  (\(kind); --unit \(id))")
        case .nothingCommitted(let agency, let year):
            Language.pick(
                "什么也没有提交。请用 --take ours|theirs [--unit 单元] 选择，或写出文本（--output 文件）修改后"
                    + " `nianbao commit 文件 --agency \(agency) --year \(year) --resolve`。",
                "Nothing committed. Choose with --take ours|theirs [--unit ID], or edit the text (--output FILE) and"
                    + " `nianbao commit FILE --agency \(agency) --year \(year) --resolve`.")
        case .mergedTextWritten(let file, let count, let agency, let year):
            Language.pick(
                "已写出合并文本 \(file)：上面 \(count) 处冲突暂按草稿一方写入，请在文件里逐处改好，再"
                    + " `nianbao commit \(file) --agency \(agency) --year \(year) --resolve`（原样提交会被拒绝）。",
                "Wrote the merged text to \(file): the \(count) conflicting place(s) above hold the draft's side for now;"
                    + " edit each in the file, then `nianbao commit \(file) --agency \(agency) --year \(year) --resolve`"
                    + " (committed unedited, it is refused).")
        case .severalRemotes(let names):
            Language.pick(
                "有多个远程节点（\(names.joined(separator: "、"))）：请指定用哪一个。",
                "Several remotes (\(names.joined(separator: ", "))): name the one to use.")
        case .yourChangesNotTaken:
            Language.pick(
                "注意：上面有地方未采用你的修改，草稿里那里现在不是你写的文字；如仍需要，请在草稿上重新改好后提交。",
                "Note: where your changes were not taken above, the draft no longer has your text; if they are still "
                    + "needed, make them again on the draft and commit.")
        case .pushedMark(let mark):
            switch mark {
            case .submitted: Language.pick("报送了", "submitted")
            case .returned: Language.pick("退回了", "returned")
            case .published: Language.pick("公开了", "published")
            }
        case .statusLeft(.published, let node):
            Language.pick(
                "  （\(node) 看到的状态：已公开 → 草稿（公开后有修改），公开的仍是原来那一版；改好后请报送）",
                "  (at \(node): Published → Draft (changed since published), the published version stands; submit "
                    + "it once it is right)")
        case .statusLeft(_, let node):
            Language.pick(
                "  （\(node) 看到的状态：已报送 → 草稿；改好后请重新报送）",
                "  (at \(node): Submitted → Draft; submit it again once it is right)")
        default: ""
        }
    }
}

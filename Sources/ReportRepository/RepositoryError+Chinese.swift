import ReportDiff
public import ReportModel
import ReportParser
import RevisionStore

extension RepositoryError {
    /// What went wrong and what to do: in Chinese, or in English when the process speaks English
    /// (`NIANBAO_LANG=en`).
    public var description: String { Language.pick(chineseDescription, englishDescription) }

    /// What went wrong and what to do in a language: the one home of the message in either, which ``description``
    /// says in the process's language (`--lang en`) and a page in its reader's.
    public func description(in language: Language) -> String {
        language == .english ? englishDescription : chineseDescription
    }

    /// The message in Chinese: every case has its own.
    var chineseDescription: String {
        switch self {
        case .store(let error):
            error.description(in: .chinese)
        case .parse(let file, let error):
            "\(file)：\(error.description(in: .chinese))"
        case .unreadableFile(let path):
            "无法读取 \(path)：请确认文件存在并且有权限读取。"
        case .malformedRef(let text):
            "“\(text)”不是修订：请写 机关/年度（草稿）、机关/年度~N（草稿之前第 N 个修订）、机关/年度@submitted、"
                + "@returned 或 @published、机关/年度#N（第 N 版），或修订号的至少 4 位。"
        case .refNotSet(let report, let ref, let agencyName):
            ref == .draft
                ? "仓库里没有 \(Self.chinese(report, agencyName))：请先提交或导入（`nianbao reports` 列出全部报告）。"
                : "\(Self.chinese(report, agencyName)) 还没有标记为“\(Self.refName(ref))”。"
        case .unknownRevision(let prefix):
            "没有以 \(prefix) 开头的修订号。"
        case .ambiguousRevision(let prefix, let candidates):
            "有多个修订号以 \(prefix) 开头：" + candidates.map { $0.shortHex() }.joined(separator: "、") + "。请多写几位。"
        case .unknownNumber(let report, let number, let agencyName):
            "\(Self.chinese(report, agencyName)) 没有第 \(number) 版（`nianbao log \(report)` 列出它的各版）。"
        case .ambiguousNumber(let report, let number, let candidates, let agencyName):
            "\(Self.chinese(report, agencyName)) 有 \(candidates.count) 个第 \(number) 版（同时在不同节点修改）："
                + candidates.map { "\($0.id.shortHex())（\($0.content.author)）" }.joined(separator: "、") + "。请写其中一个修订号。"
        case .historyTooShort(let ref, let requested, let available):
            "\(ref) 要往前数 \(requested) 个修订，但在它之前只有 \(available) 个。"
        case .invalidAgencyID(let id):
            "“\(id)”不能作为机关代号：请用 1 到 64 个 ASCII 字母、数字、“-”“_”或“.”，以字母或数字开头（或 18 位统一社会信用代码）。"
        case .invalidYear(let year):
            "\(year) 不是报告年度（1900–9999）。"
        case .folderNotFound(let path):
            "没有文件夹 \(path)。"
        case .notAFolder(let path):
            "\(path) 是文件，不是存放报告的文件夹。"
        case .reportWithoutYear(let file):
            "\(file) 没有写明是哪一年的报告（标题和统计期限里都没有年度）。"
        case .reportWithoutAgency(let file):
            "\(file) 没有写明机关：请在 \(AgencyMapping.fileName) 中加一行 `\(file)<TAB>机关代号`。"
        case .nearAgencyName(let file, let name, let near, let newID):
            "\(file) 写的机关名称“\(name)”和已登记的 "
                + near.map { "\($0.name)（\($0.id)）" }.joined(separator: "、")
                + " 只差一两个字\(NameSlip.found(name, near: near, in: .chinese))：这个文件没有导入，也没有新建机关。是不是 \(near.map(\.name).joined(separator: "或"))？"
                + "如果是文件写错了，请改正后再导入；如果是同一个机关的另一种写法或新名称（如撤乡设镇），"
                + "请用 nianbao agency alias \(near.count == 1 ? near[0].id : "编号") \(name) 登记为别名"
                + "（机关已改名的用 nianbao agency rename），再导入；确是另一个机关，请先用 nianbao agency add \(newID) --name \(name) 登记，再导入。"
        case .agencyIDClash(let id, let name, let other):
            "由名称 \(name) 生成的代号 \(id) 已经属于 \(other)：请在 \(AgencyMapping.fileName) 中给其中一个另定代号。"
        case .badMapping(let file, let line, let problem):
            "\(file) 第 \(line) 行：\(problem.description(in: .chinese))每行写 名称或文件名<TAB>机关代号[<TAB>上级代号]。"
        case .badAgencyList(let file, let line, let problem):
            "\(file) 第 \(line) 行：\(problem.description(in: .chinese))文件里的机关一个也没有登记。"
                + "每行写一个机关：全称[<TAB>编号[<TAB>上级编号]]，不写编号时由名称生成；改好这一行后再登记整个文件。"
        case .tableNotTemplateShaped(let table, let problem):
            "发来的修订里，表\(ChineseNumerals.string(table))的样子与模板不符（\(problem.chinese)）：本系统读出的报告不会这样。"
                + "请在发送的节点上用 nianbao fsck 检查仓库，重新提交这份报告后再同步；什么也没有保存。"
        case .tokenWithoutScope:
            "请说明令牌能用于哪些报告：乡镇用 --agency 机关代号（每个机关一次），县里用 --all。"
        case .tokenBeyondOwner(let owner, let reaches):
            "令牌不能超出持有人的范围：\(owner) 只能用于 \(reaches.joined(separator: "、")) 的报告。"
                + "请只写这些机关（--agency），或不写 --owner；没有发出令牌。"
        case .tokenNotFound(let id):
            "没有编号为 \(id) 的有效令牌（`nianbao token list` 列出全部令牌）。"
        case .invalidRemoteName(let name):
            "“\(name)”不能作为远程节点名称：请用 1 到 64 个 ASCII 字母、数字、“-”“_”或“.”。"
        case .invalidRemoteURL(let url):
            "“\(url)”不是 nianbao 服务的地址：请写成 http://主机:端口。"
        case .remoteNotFound(let name, let known) where !known.isEmpty:
            "没有名为 \(name) 的远程节点：本节点设置的远程节点是 \(known.joined(separator: "、"))，是不是写错了名称？"
                + "（`nianbao remote list` 列出它们；新的远程节点用 `nianbao remote add 名称 地址 --token 令牌` 添加。）"
        case .remoteNotFound(let name, _):
            "没有名为 \(name) 的远程节点：请用 `nianbao remote add \(name) 地址 --token 令牌` 添加。"
        case .conflictOpen(let report, let heads, let agencyName):
            "\(Self.chinese(report, agencyName)) 有未解决的同步冲突（草稿之外还有 \(heads.count) 个版本没有合并进来）：请先用 "
                + "`nianbao merge \(report)` 合并。"
        case .noConflict(let report, let agencyName):
            "\(Self.chinese(report, agencyName)) 只有一个版本：没有需要合并的。"
        case .mergedTextOutdated(let report, let head, let origin, let written, let now, let agencyName):
            "写出 \(Self.chinese(report, agencyName)) 的合并文本之后，"
                + (head == nil ? "草稿" : ConflictOrigin(recorded: origin).revisions)
                + "又有了新的修订（写出时为\(Self.version(written))，现为\(Self.version(now))）：这份文本不含这些修改，"
                + "没有提交。请重新运行 `nianbao merge \(report) --output 文件`，在新的合并文本上修改后再提交。"
        case .editedOlderVersion(
            let report, let basedOn, let now, let author, let places, let agencyName, let elsewhere):
            (elsewhere
                ? "\(ReportRepository.downloadedElsewhere)：按 \(Self.chinese(report, agencyName)) 的\(basedOn.chinese)核对，"
                : "这份文件是在 \(Self.chinese(report, agencyName)) 的\(basedOn.chinese)上修改的，")
                + "草稿此后已有\(now.chinese)，这份文件和 \(author) 改了同样的地方："
                + places.joined(in: .chinese) + "。没有提交，草稿没有改动：请取出当前草稿（\(now.chinese)）的 Word 文件："
                + "`nianbao export \(report) --format docx -o 文件名.docx`，把修改改在上面再提交"
                + "（也可加 --force 按这份文件提交，\(now.chinese)在这些地方的修改会被覆盖，但仍留在历史中）。"
        case .changedSincePageShown(let report, let shown, let now, let authors, let places, let agencyName):
            "打开页面时 \(Self.chinese(report, agencyName)) 的草稿是\(shown.chinese)，此后已有\(now.chinese)"
                + "（\(authors.map(\.chinese).joined(separator: "、"))），这份文件和它改了同样的地方："
                + places.joined(in: .chinese) + "。没有提交，草稿没有改动：请重新打开这一页，看过\(now.chinese)的修改，"
                + "把这份文件的修改改在当前草稿上再上传。"
        case .publishedUnconfirmed(let report, let version, let agencyName):
            "\(Self.chinese(report, agencyName)) 已公开\(version.map { "（公开的是第 \($0) 版）" } ?? "")：恢复或上传的内容会成为草稿，须重新报送、公开。"
                + "没有提交，草稿没有改动；确要这样做，命令行请加 --confirm-published（网页上请勾选确认）。"
        case .undoesOthersChanges(let report, let now, let changes, let agencyName, let elsewhere, let yours):
            (elsewhere ? "\(ReportRepository.downloadedElsewhere)，" : "这份文件不是从本系统下载的，")
                + "看不出是在 \(Self.chinese(report, agencyName)) 的哪一版上修改的；按它提交，会把"
                + (yours ? "你在别处（从别的节点同步送来）" : "别人") + "改过的地方改回以前的内容："
                + changes.joined(in: .chinese) + "。没有提交，草稿没有改动：请取出当前草稿（\(now.chinese)）的 Word 文件："
                + "`nianbao export \(report) --format docx -o 文件名.docx`，把修改改在上面再提交"
                + "（也可加 --force 按这份文件提交，\(yours ? "你" : "别人")的这些修改会被改回，但仍留在历史中）。"
        case .restoreUndoesOthers(let report, let version, let changes, let agencyName):
            "把 \(Self.chinese(report, agencyName)) 恢复为\(version.chinese)，会把别人之后改过的地方改回以前的内容："
                + changes.joined(in: .chinese) + "。没有恢复，草稿没有改动；确要恢复，命令行请加 --force"
                + "（网页上请勾选确认）：别人的这些修改会被改回，但仍留在历史中。"
        case .mergedTextUnedited(let report, let origin, let places, let agencyName):
            "\(Self.chinese(report, agencyName)) 的合并文本在冲突处没有改动：\(places.count) 处冲突（"
                + places.joined(separator: "；")
                + "）都还是 `nianbao merge --output` 写入的草稿一方的内容，\(ConflictOrigin(recorded: origin).revisions)在这些地方的修改会丢失；"
                + "没有提交。请在文件里逐处改好后再 `commit --resolve`；确实都保留草稿一方，请用 `nianbao merge \(report) --take ours`。"
        case .resolutionUndoesOthersChanges(let report, let origin, let changes, let agencyName):
            "这份文件作为 \(Self.chinese(report, agencyName)) 两条线的合并提交，会把\(ConflictOrigin(recorded: origin).revisions)"
                + "改过的地方改回以前的内容：" + changes.joined(separator: "；") + "。没有提交，冲突仍未解决：请用 "
                + "`nianbao merge \(report)` 合并两条线（或用 `nianbao merge \(report) --output 文件` 写出合并文本，改好后再 "
                + "`commit --resolve`）；确要改回，可加 --force（这些修改仍留在历史中）。"
        case .mergedTextOfSeveralLines(let report, let origins, let agencyName):
            "\(Self.chinese(report, agencyName)) 有 \(origins.count) 条尚未合并的修改线（"
                + origins.map { ConflictOrigin(recorded: $0).revisions }.joined(separator: "、")
                + "）：一份合并文本只合并其中一条，不能作为全部的合并提交；没有提交。请用 `nianbao merge \(report) --head 名称` "
                + "逐条合并（`nianbao conflicts` 列出名称），只剩一条时再写出合并文本。"
        case .unknownUnit(let unit, let open):
            "\(unit) 没有冲突；未解决的冲突在：" + (open.isEmpty ? "（无）" : open.joined(separator: "、")) + "。"
        case .mergeChoiceRefused(let unit, let reason):
            "\(unit) 不能这样选择：" + Self.chinese(reason)
        case .outOfScope(let agency):
            "这个令牌不能用于机关 \(agency) 的报告；什么也没有改动。"
        case .countyOnly(let mark):
            "只有县里的令牌能把报告标记为“\(mark.label)”；什么也没有改动。"
        case .countyOnlyHere(let mark, let remote):
            "只有县里才能设置“已退回”和“已公开”：本节点用乡镇的令牌与 \(remote) 同步，在这里标记“\(mark.label)”"
                + "只会留在这台电脑上，不会送到县里。什么也没有改动；如需\(mark == .returned ? "退回" : "公开")，请与县里的审核人联系。"
        case .reportTooLarge(let objects, let bytes):
            "这份报告的段落、表格、行、单元格和原件分块共 \(objects) 个、\(Self.megabytes(bytes)) MB，超过一个版本能容纳的"
                + " \(ReportRepository.maxObjectsPerRevision) 个、\(Self.megabytes(ReportRepository.maxBytesPerRevision)) MB"
                + "（否则无法同步）；什么也没有保存。请确认文件是年度报告本身，而不是汇编或其他材料。"
        case .tooManyRevisions(let limit):
            "一次请求最多带来 \(limit) 个版本；什么也没有保存。请分批发送（nianbao 会自动分批）。"
        case .backupDamaged(let path, let kept, let problems, let earlier):
            "仓库里有 \(problems) 处损坏（`nianbao fsck` 会列出是哪些报告的哪些版本）：备份没有写到 \(path)，"
                + (earlier ? "那里原有的备份没有动" : "那里没有备份，这次也没有做成备份")
                + "；这次的副本另存为 \(kept)，供查看。请不要用它替换好的备份；损坏的版本可以从没有损坏的备份或乡镇的"
                + "节点（再同步一次）取回。"
        case .noteTimeAhead(let time, let now):
            "送来的批注、回复或处理记的时间是 \(BeijingTime.minute(time))，比本节点的时钟（\(BeijingTime.minute(now))）"
                + "晚一天以上；什么也没有保存。请核对写它的那台电脑的日期和时间，改正后再同步。"
        case .answeredCommentNotFound(let id):
            "这份报告没有\(id.map { "编号为 \($0.shortHex(8)) 的" } ?? "要")批注可以回复或解决：同步送来的回复和解决只能针对本报告已有的批注"
                + "（本节点已保存的，或同一次送来的）；什么也没有保存。"
        case .uploadQuotaExceeded(let limit):
            "这个令牌上传的、还没有任何报告用到的内容将超过 \(limit / (1024 * 1024)) MiB；什么也没有保存。"
                + "请完成或重试发送这些内容的推送，或请县里运行 `nianbao gc`。"
        case .invalidNodeName(let name):
            "节点名称 \(String(name.prefix(40)).debugDescription)\(name.count > 40 ? "…" : "") 不可用：请用 1 到"
                + " \(NodeName.maximumLength) 个可打印字符，不含换行、控制字符或“/”“\\”，首尾不留空格。未做任何改动。"
        case .authorMissing:
            "还没有设置作者：提交、合并和标记都要记下是谁做的。请运行 `nianbao config author 您的姓名`（记在本仓库里），"
                + "或设置环境变量 NIANBAO_AUTHOR。什么也没有改动。"
        case .administratorBlank:
            "--author 不能是空的：写上做这项操作的人（如 刘主任），或不写 --author（操作记录里记为“\(AuditPerson.terminal)”）。"
                + "什么也没有改动。"
        case .invalidTokenLabel(let label):
            "“\(label.showingInvisibleCharacters)”不能作为令牌的说明：请写 1 到 500 个字（如 常张乡党政办），不要换行，"
                + "也不要夹带看不见的控制字符。"
        case .invalidAuthor(let name):
            "“\(name.showingInvisibleCharacters)”不能作为作者：请写 1 到 64 个字的姓名或科室名称，不要换行，也不要夹带看不见的控制字符。"
        case .wrongReport(let mismatch) where mismatch.isNearName:
            // A typo in the file or the office's new name: --force would put the typo in the published report.
            "文件里写的机关名称“\(mismatch.textAgency ?? "")”和登记的“\(mismatch.targetName ?? mismatch.target.agency)”不一样"
                + "（只差一两个字），草稿没有改动。如果是文件写错了，请改正后再提交；如果机关已改名（如撤乡设镇）或这是它的另一种写法，"
                + "请县政务公开办在机关名册里登记：nianbao agency rename \(mismatch.target.agency) 新名称，或 "
                + "nianbao agency alias \(mismatch.target.agency) \(mismatch.textAgency ?? "")，再提交。"
        case .wrongReport(let mismatch) where mismatch.isTitleYearLeft:
            "\(mismatch.description(in: .chinese))。\(mismatch.titleYearAdvice(upload: false, in: .chinese))。草稿没有改动。"
        case .wrongReport(let mismatch) where mismatch.isPeriodYearLeft:
            "\(mismatch.description(in: .chinese))。\(mismatch.periodYearAdvice(upload: false, in: .chinese))。草稿没有改动。"
        case .wrongReport(let mismatch):
            "\(mismatch)。请检查机关（--agency）和年度（--year）；确实要这样提交，请加 --force（会在修订说明里记下）。"
                + "草稿没有改动。"
        case .commentRequired:
            "退回报告时请写明需要修改的地方（--comment 退回意见）。什么也没有改动。"
        case .reasonRequired:
            "强制设置标记时请写明理由（--reason 理由）。什么也没有改动。"
        case .noOriginal(let report, let revision, let agencyName):
            "\(Self.chinese(report, agencyName)) 的修订 \(revision.shortHex(8)) 没有保存原件：它是从纯文本提交的（或是合并所得、或提交于保存原件之前）。"
                + "只有从 Word、PDF、网页文件提交的修订才保存原件；其文字可用 `nianbao export \(report)` 导出。"
        case .publishRefused(let report, let revision, let obstacles, let agencyName, let generation):
            Self.chinese(report, agencyName) + "的"
                + (generation.map { "第 \($0) 版" } ?? "修订 \(revision.shortHex(8))") + "不能公开："
                + obstacles.map(\.description).joined(separator: "；")
                + "。\(PublishObstacle.advice(for: obstacles))；县里确需公开时，请加 --force --reason 理由（理由会随“已公开”标记一起显示）。"
                + "什么也没有改动。"
        case .history(let error): error.description(in: .chinese)
        case .people(let error): error.description(in: .chinese)
        case .agency(let error): error.description(in: .chinese)
        case .workflow(let error): error.description(in: .chinese)
        }
    }

    /// A report as the messages name it (``ReportNames``): `常张乡人民政府 2024 年度报告`.
    static func chinese(_ report: ReportKey, _ agencyName: String?) -> String {
        ReportNames.chinese(report, agencyName: agencyName)
    }

    /// A report as the English messages name it (``ReportNames``): `常张乡人民政府 2024 report`.
    static func english(_ report: ReportKey, _ agencyName: String?) -> String {
        ReportNames.english(report, agencyName: agencyName)
    }

    private static func refName(_ ref: RefName) -> String {
        Mark(rawValue: ref.name).map(\.label) ?? ref.description
    }

    /// `第 3 版`, or `另一个版本` for a revision without a number (a file from before numbers).
    private static func version(_ generation: Int?) -> String {
        generation.map { "第 \($0) 版" } ?? "另一个版本"
    }
}

extension RepositoryError {
    /// Why a merge choice does not fit, in Chinese.
    static func chinese(_ reason: MergeChoiceError.Reason) -> String {
        switch reason {
        case .noConflict: "它没有冲突。"
        case .notText: "只有文字（段落、单元格、标题）可以两者都保留或编辑。"
        case .notParagraph: "只有段落可以两者都保留；请选择一方或编辑数值。"
        case .emptyEdit: "编辑后的内容是空的。"
        case .unsettled: "编辑后的内容里还有“〔待改定：…｜…〕”，请改成定稿的文字。"
        case .controlCharacter: "编辑后的内容里有看不见的控制字符（如空字符），请删去。"
        case .notFound: "合并结果中找不到它，请刷新冲突页后重新选择。"
        }
    }

    /// Why a merge choice does not fit, in English.
    static func english(_ reason: MergeChoiceError.Reason) -> String {
        switch reason {
        case .noConflict: "it has no conflict."
        case .notText: "only a text (a paragraph, a cell, a heading) can be kept twice or edited."
        case .notParagraph: "only a paragraph can be kept twice; choose a side or edit the value."
        case .emptyEdit: "the edited value is empty."
        case .unsettled: "the edited text still holds “〔待改定：…｜…〕”: write the settled text there."
        case .controlCharacter: "the edited text holds an invisible control character (such as a NUL): delete it."
        case .notFound: "it was not found in the merged report; reload the conflict page."
        }
    }
}

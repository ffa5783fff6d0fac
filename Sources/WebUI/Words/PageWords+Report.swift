import Foundation
import ReportModel
import ReportRepository

/// The words of a report's page (`report.mustache`, ``ReportPageView``): its facts, its buttons, its marks and the
/// forms that set them, the upload and restore forms. The review's words (workflow, comments, findings) are
/// ``ReviewWords``; the report's own text, its tables' labels and the national format's titles stay as written.
struct ReportWords: Sendable {
    let language: Language
    /// After the year in the crumbs: `2024 年`.
    let yearSuffix: String
    let status: String
    let revision: String
    /// Before the link to the latest revision on an older one's page, and in it: `旧修订，` `查看`.
    let olderRevision: String
    let see: String
    let author: String
    /// Around the node a revision was made on: `（在 常张乡 节点提交）`.
    let nodeBefore: String
    let nodeAfter: String
    let receiptNote: String
    let message: String
    let checks: String
    let errors: String
    let warnings: String
    let notes: String
    let reading: String
    let history: String
    let comparePrevious: String
    let export: String
    let downloadOriginal: String
    let originalTitle: String
    let originalDiffers: String
    let downloadWord: String
    let resolveConflict: String
    let uploadLabel: String
    let uploadSubmit: String
    let uploadHint: String
    let restoreSubmit: String
    let marks: String
    let onThisRevision: String
    /// After a return a later 退回 replaced as the report's mark (rv115 F7).
    let earlierReturn: String
    let notSubmitted: String
    let submit: String
    /// The county's 报送 of a revision it uploaded for the office (``ReportRepository/maySubmit(_:role:)``).
    let submitOnBehalf: String
    let returnComment: String
    let returnPlaceholder: String
    let returnSubmit: String
    let publish: String
    let publishBlocked: String

    init(_ language: Language) {
        self.language = language
        func say(_ chinese: String, _ english: String) -> String { language.choose(chinese, english) }
        yearSuffix = say(" 年", "")
        status = say("状态", "Status")
        revision = say("修订", "Revision")
        olderRevision = say("旧修订，", "an older revision; ")
        see = say("查看", "see the ")
        author = say("作者", "Author")
        nodeBefore = say("（在 ", " (made on the node ")
        nodeAfter = say(" 节点提交）", ")")
        receiptNote = say(
            "（作者、节点和时间以送来的修订所记为准）", "(the author, node and time are those the revision sent names)")
        message = say("说明", "Message")
        checks = say("检查", "Checks")
        errors = say("错误", "Errors")
        warnings = say("警告", "Warnings")
        notes = say("提示", "Notes")
        reading = say("读取问题", "Reading problems")
        history = say("历史", "History")
        comparePrevious = say("与上一修订对比", "Compare with the revision before")
        export = say("导出文本", "Export the text")
        downloadOriginal = say("下载原件", "Download the original")
        originalTitle = say("：上传的文件本身，不含合入的修改", ": the uploaded file itself, without the changes merged in")
        originalDiffers = say(
            "：上传的文件本身。本修订还合入了草稿上的其他修改（见说明），原件里没有；要本修订的全文，请用“下载 Word”",
            ": the uploaded file itself. This revision also merged other changes of the draft (see its message), "
                + "which the original lacks; for this revision's whole text, use \"Download Word\"")
        downloadWord = say("下载 Word", "Download Word")
        resolveConflict = say("解决冲突", "Resolve the conflict")
        uploadLabel = say("上传报告", "Upload a report")
        uploadSubmit = say("上传为新修订", "Upload as a new revision")
        uploadHint = say(
            "Word（.docx）、PDF、网页或纯文本，20 MB 以内；必须是本机关本年度的报告。",
            "Word (.docx), PDF, a web page or plain text, up to 20 MB; it must be this office's report of this year.")
        restoreSubmit = say("恢复为草稿", "Restore as the draft")
        marks = say("标记", "Marks")
        onThisRevision = say(" · 即本修订", " · this revision")
        earlierReturn = say(" · 较早的一次退回", " · an earlier return")
        notSubmitted = say("尚未报送。", "Not submitted yet.")
        submit = say("报送本修订", "Submit this revision")
        submitOnBehalf = say("代为报送本修订", "Submit this revision on the township's behalf")
        returnComment = say("退回意见", "Correction request")
        returnPlaceholder = say("请写明需要修改的地方", "Say what needs to be changed")
        returnSubmit = say("退回修改", "Return for changes")
        publish = say("公开本修订", "Publish this revision")
        publishBlocked = say(
            "存在未解决的冲突，合并之前不能公开。",
            "There is a conflict not resolved: the report cannot be published before it is merged.")
    }

    /// The report's name when it has no title of its own: `常张乡人民政府2024年政府信息公开工作年度报告`.
    func untitled(_ key: ReportKey, agencyName: String) -> String {
        language.choose(
            "\(agencyName)\(key.year)年政府信息公开工作年度报告", ReportNames.english(key, agencyName: agencyName))
    }

    /// A report's status as its page shows it; a draft changed since it was published says so.
    func status(of state: ReportSummary) -> String {
        guard language == .english else { return state.statusLabel }
        return state.englishStatusLabel
    }

    /// `与 2023 年对比`.
    func compare(withYear year: Int) -> String { language.choose("与 \(year) 年对比", "Compare with \(year)") }

    /// `2023 年报告`.
    func report(ofYear year: Int) -> String { language.choose("\(year) 年报告", "\(year) report") }

    /// `下载 2025 年草稿`.
    func nextYearDraft(_ year: Int) -> String {
        language.choose("下载 \(year) 年草稿", "Download a draft for \(year)")
    }

    /// Beside 下载草稿 when next year has its report already (rv105 F9): the draft is made again from this year's and
    /// holds none of that report's edits.
    func nextYearExists(_ year: Int) -> String {
        language.choose(
            "\(year) 年已有报告：这份草稿按本年报告重新生成，不含那份报告里的修改",
            "\(year) has its report already: this draft is made again from this year's and holds none of that report's "
                + "edits")
    }

    /// Beside the 报送 button of a revision whose checks find errors or warnings (``MarkRules/submitCaution(_:)``):
    /// `这一修订的检查有 4 个错误（见下面的检查结果）：县里会看到这些错误，多半会退回，最好改正后再报送。`
    /// `byCounty`: said to the county's reviewer or administrator (``CheckCaution/consequence(in:byCounty:)``).
    func submitCaution(_ caution: CheckCaution, byCounty: Bool = false) -> String {
        language.choose(
            "这一修订的检查有 \(caution.counts(in: .chinese))（见下面的检查结果）："
                + "\(caution.consequence(in: .chinese, byCounty: byCounty))。",
            "The checks of this revision found \(caution.counts(in: .english)) (see the findings below): "
                + caution.consequence(in: .english, byCounty: byCounty) + ".")
    }

    /// Beside the 公开 button of a revision a merge of which left out the viewer's changes
    /// (``ReportRepository/changesNotTaken(in:of:)``): the places, in the merge's words.
    func publishCaution(_ notTaken: [String]) -> String {
        language.choose(
            "注意：合并时没有采用你的修改——" + notTaken.joined(separator: "；") + "。公开前请核对这一修订是否还需要改正。",
            "Note: a merge did not take your changes — "
                + notTaken.map { MergeDecisions.text(of: $0, in: .english) }.joined(separator: "; ")
                + ". Check whether this revision still needs correcting before publishing it.")
    }

    /// Beside the 公开 button of a report whose comments are not all resolved (rv120 M6: a report was published with
    /// its 批注 still open, unsaid): how many, and which (``ReviewWords/openCommentList(_:)``). It does not stop the
    /// publish.
    func openCommentsCaution(_ threads: [CommentThread], review: ReviewWords) -> String {
        let count = threads.filter { !$0.isResolved }.count
        guard count > 0 else { return "" }
        let list = review.openCommentList(threads)
        return language.choose(
            "注意：这份报告还有 \(count) 条批注未解决——\(list)。公开不会解决这些批注，公开后它们仍在报告页上；"
                + "可以先请报送单位回复或标为已解决，也可以照常公开。",
            "Note: \(Language.counted(count, "comment")) on this report \(count == 1 ? "is" : "are") not resolved — "
                + "\(list). Publishing does not resolve them, and they stay on the report's page; you may have them "
                + "answered or resolved first, or publish as it is.")
    }

    /// The footer of a printed report: `常张乡人民政府 2024 年度报告 · 状态：已报送 · 第 2 版 · 李四 2025-01-08 17:30 保存 ·
    /// 打印于 2025-01-09 09:00（北京时间）`; an old revision's says so instead of the report's status, which is the
    /// current draft's: `… · 第 1 版 · 旧修订（当前草稿为第 5 版，公开的是第 3 版） · …` (user review rv103, F11).
    func printFooter(state: ReportSummary, revision: PrintedRevision, printed: Date) -> String {
        // (times never broken over two lines, the Beijing-time note kept with its time: rv105 F11)
        let saved = ReportController.unbroken(DisplayFormat.time(revision.saved))
        let printedAt = ReportController.unbroken(DisplayFormat.time(printed))
        guard language == .english else {
            let number = DisplayFormat.revision(revision.generation)
            let which =
                revision.isDraft
                ? "状态：\(state.statusLabel) · \(number)"
                : "\(number) · 旧修订（当前草稿为\(DisplayFormat.revision(revision.draft))"
                    + (revision.isPublished
                        ? "，这一版是公开的版本"
                        : revision.published.map { "，公开的是\(DisplayFormat.revision($0))" } ?? "") + "）"
            return "\(state.reportName) · \(which) · \(revision.author) \(saved) 保存 · "
                + "打印于 \(printedAt)\u{2060}（北京时间）"
        }
        func number(_ generation: Int?) -> String { generation.map { "version \($0)" } ?? "a revision" }
        let which =
            revision.isDraft
            ? "Status: \(state.englishStatusLabel) · \(number(revision.generation))"
            : "\(number(revision.generation)) · old revision (the current draft is \(number(revision.draft))"
                + (revision.isPublished
                    ? "; this is the published version"
                    : revision.published.map { "; \(number($0)) is published" } ?? "") + ")"
        return "\(ReportNames.english(state.report, agencyName: state.agencyName)) · \(which) · saved by "
            + "\(revision.author) \(saved) · printed \(printedAt)\u{A0}(Beijing time)"
    }

    /// The page number's words around it at the foot of a printed page: `第 3 页`, `Page 3`.
    var printPage: (before: String, after: String) { language == .english ? ("Page ", "") : ("第 ", " 页") }

    /// What an old revision's page says where the 报送/退回/公开 forms are (``MarkFormsView``): which version it is,
    /// which the current draft is, and what the forms (if any) act on; for one who may restore, the way to use its
    /// text (user review rv103, F9/F10).
    func oldRevisionNotice(revision: Int?, draft: Int?, isSubmitted: Bool, mayRestore: Bool) -> String {
        let (shown, current) = (DisplayFormat.revision(revision), DisplayFormat.revision(draft))
        guard language == .english else {
            if isSubmitted {
                return "这是报送的\(shown)，当前草稿是\(current)（报送后又有修改）：下面的退回、公开针对报送的\(shown)，不是当前草稿。"
            }
            return "这是\(shown)，是旧修订，当前草稿是\(current)：报送、退回、公开都针对当前草稿，请到当前草稿的页面操作。"
                + (mayRestore ? "确要用\(shown)的内容，请用下面的“恢复为草稿”，它就成为新的当前草稿，再报送。" : "")
        }
        let (english, englishCurrent) = (
            revision.map { "version \($0)" } ?? "this revision", draft.map { "version \($0)" } ?? "another revision"
        )
        if isSubmitted {
            return "This is the submitted \(english); the current draft is \(englishCurrent) (changed since): returning"
                + " or publishing below acts on the submitted \(english), not on the current draft."
        }
        return "This is \(english), an old revision; the current draft is \(englishCurrent): submitting, returning and"
            + " publishing act on the current draft, on its page."
            + (mayRestore
                ? " To use \(english)'s text, restore it as the draft below (Restore as the draft) and submit that."
                : "")
    }

    /// At most so many characters: `最多 500 字`.
    func limit(_ count: Int) -> String { language.choose("最多 \(count) 字", "at most \(count) characters") }

    /// What a mark sent by another node did, and when it came: `报送，县里收到于 2025-01-20 14:03（北京时间）`.
    func receipt(_ mark: MarkState, received: String) -> String {
        language.choose(
            "\(mark.mark.verb)，县里收到于 \(received)（北京时间）",
            "\(RevisionWords(language).label(mark)), received here on \(received) (Beijing time)")
    }

    /// What an upload did: a new revision, or none — when the draft already had that text, or, with warnings, for
    /// the reason they give (one's own earlier file sent again: 这份文件就是你提交过的第 1 版…).
    func uploaded(_ notice: UploadNoticeView) -> (before: String, after: String) {
        guard language == .english else {
            return (
                "已上传 ",
                notice.committed
                    ? "：新修订（\(notice.number)）已成为草稿。"
                    : notice.hasWarnings ? "：没有新建修订。" : "：内容与当前草稿相同，没有新建修订。"
            )
        }
        return (
            "Uploaded ",
            notice.committed
                ? ": the new revision (\(notice.number)) is the draft."
                : notice.hasWarnings
                    ? ": no revision was made." : ": the text is the current draft's, so no revision was made."
        )
    }

    /// After an upload's notice: where its findings are.
    var uploadFollowUp: String {
        language.choose(" 检查结果见下方。", " The check findings are below.")
    }

    /// What a restore did: `已恢复为第 1 版：新修订（第 4 版）已成为草稿，之后的修订仍在历史中。`, and what a version
    /// once committed with `force` names (`恢复的这一版当初是强制提交的：…。`).
    func restored(_ notice: RestoreNoticeView) -> String {
        let unsubmitted = notice.unsubmitted.map { number in
            language.choose(
                "报告从“已报送”（\(number)）变回“草稿”，县里看到的也是草稿，须重新报送；如果是误操作，把报告恢复为\(number)的内容，"
                    + "就回到“已报送”。",
                " The report went back from Submitted (\(number)) to Draft, for the county too, and must be submitted "
                    + "again; if this was a mistake, restore the report to \(number)'s text and it is Submitted again.")
        }
        guard let forced = notice.forced, notice.committed else { return restoredOnly(notice) + (unsubmitted ?? "") }
        let english = forced.prefix(1).uppercased() + forced.dropFirst()
        return restoredOnly(notice) + language.choose("\(forced)。", " \(english).") + (unsubmitted ?? "")
    }

    private func restoredOnly(_ notice: RestoreNoticeView) -> String {
        switch (language, notice.committed) {
        case (.english, true):
            "Restored \(notice.from): a new revision (\(notice.number)) is the draft; the revisions after it are "
                + "still in the history."
        case (.english, false): "\(notice.from) has the current draft's text: no revision was made."
        case (_, true): "已恢复为\(notice.from)：新修订（\(notice.number)）已成为草稿，之后的修订仍在历史中。"
        case (_, false): "\(notice.from)的内容与当前草稿相同，没有新建修订。"
        }
    }
}

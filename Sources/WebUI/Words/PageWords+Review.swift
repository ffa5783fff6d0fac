import ReportChecks
import ReportModel
import ReportRepository

/// The words of a report page's review: its workflow (`workflow.mustache`, ``WorkflowView``), its comments
/// (`comments.mustache`, `comment-inline.mustache`, ``CommentsView``) and its check findings (the 检查结果 list,
/// `finding-badge.mustache`, `finding-dismissal.mustache`, ``FindingView``). Each finding brings its own English
/// message; its place names the report's headings and labels as written.
struct ReviewWords: Sendable {
    let language: Language
    /// `：` between a label and what follows.
    let colon: String
    let beijingTime: String
    let workflow: String
    let pathDraft: String
    let pathSubmitted: String
    let pathReturned: String
    let pathPublished: String
    let now: String
    let next: String
    let noSteps: String
    let comments: String
    let resolved: String
    let open: String
    let commentOf: String
    let seeInText: String
    let reply: String
    let replyPlaceholder: String
    let resolve: String
    let noComments: String
    let place: String
    let comment: String
    let commentPlaceholder: String
    let commentSubmit: String
    let answerOrResolve: String
    let findings: String
    let decideHint: String
    let reason: String
    let confirm: String
    let dismiss: String
    let noFindings: String
    let text: String
    let wholeReport: String
    let locate: String
    let readingProblem: String
    let dismissedTag: String
    let formerly: String
    let dismissedNote: String
    let table: String

    init(_ language: Language) {
        self.language = language
        func say(_ chinese: String, _ english: String) -> String { language.choose(chinese, english) }
        colon = say("：", ": ")
        beijingTime = say("（北京时间）", " (Beijing time)")
        workflow = say("流程", "Workflow")
        pathDraft = say("草稿", "Draft")
        pathSubmitted = say("已报送", "Submitted")
        pathReturned = say("退回（意见）", "Returned (with a request)")
        pathPublished = say("已公开", "Published")
        now = say("当前：", "Now: ")
        next = say("下一步", "Next")
        noSteps = say("还没有报送过。", "Not submitted yet.")
        comments = say("批注", "Comments")
        resolved = say("已解决", "Resolved")
        open = say("未解决", "Open")
        commentOf = say("的批注", "'s comment")
        seeInText = say("在正文中查看", "see it in the text")
        reply = say("回复", "Reply")
        replyPlaceholder = say("回复或说明如何解决", "Reply, or say how it was resolved")
        resolve = say("标为已解决", "Mark as resolved")
        noComments = say("没有批注。", "No comments.")
        place = say("位置", "Place")
        comment = say("批注", "Comment")
        commentPlaceholder = say("写给报送单位的意见", "What the submitting office should change or know")
        commentSubmit = say("写批注", "Add the comment")
        answerOrResolve = say("回复与处理", "Reply or resolve")
        findings = say("检查结果", "Check findings")
        decideHint = say(
            "报告本身的问题可逐条“确认”，或写明理由“不予采纳”；不予采纳的不计入错误和警告。",
            "Each problem of the report itself can be \"Confirmed\", or \"Not adopted\" with a reason; one not "
                + "adopted does not count among the errors and warnings.")
        reason = say("理由", "Reason")
        confirm = say("确认", "Confirm")
        dismiss = say("不予采纳", "Not adopted")
        noFindings = say("检查没有发现问题。", "The checks found no problem.")
        text = say("正文", "Text")
        wholeReport = say("全文", "Whole report")
        locate = say("定位", "Go to it")
        readingProblem = say("读取问题", "Reading problem")
        dismissedTag = say("不予采纳", "Not adopted")
        formerly = say("原为", "was ")
        dismissedNote = say("县里不予采纳，不计入：", "Not adopted by the county, not counted: ")
        table = say("表格", "Table")
    }

    /// `（3 个不予采纳，不计入）` after the findings' heading.
    func dismissed(_ count: Int) -> String {
        language.choose("（\(count) 个不予采纳，不计入）", " (\(count) not adopted, not counted)")
    }

    /// `（2 条未解决）` after the comments' heading.
    func openComments(_ count: Int) -> String {
        language.choose("（\(count) 条未解决）", " (\(count) open)")
    }

    /// The comments not resolved (批注 未解决), each by its writer, its number among theirs and its first words, as
    /// the comments' list names them: `王审核的批注 1“请核实表二行政许可件数…”；王审核的批注 2“…”` (what publishing
    /// leaves open, rv120 M6). At most ``openCommentsShown`` of them, then `等 N 条`.
    func openCommentList(_ threads: [CommentThread]) -> String {
        let open = threads.filter { !$0.isResolved }
        let named = open.prefix(Self.openCommentsShown).map { thread in
            let words = thread.comment.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let short = words.count > 20 ? String(words.prefix(19)) + "…" : words
            return language.choose(
                "\(thread.comment.author)的批注 \(thread.number)“\(short)”",
                "\(thread.comment.author)'s comment \(thread.number) “\(short)”")
        }
        let more = open.count > named.count
        return named.joined(separator: language.choose("；", "; "))
            + (more ? language.choose("等 \(open.count) 条", " and \(open.count - named.count) more") : "")
    }

    /// The most open comments ``openCommentList(_:)`` names one by one.
    static let openCommentsShown = 3

    /// The reason field's placeholder: `不予采纳时必须写，最多 500 字`.
    func reasonPlaceholder(_ limit: Int) -> String {
        language.choose("不予采纳时必须写，最多 \(limit) 字", "needed to not adopt it; at most \(limit) characters")
    }

    /// A step of the workflow: a mark, `退回（意见）` for a return with its request.
    func step(_ mark: Mark, withComment: Bool) -> String {
        if mark == .returned, withComment { return pathReturned }
        return language == .english ? mark.englishLabel : mark.label
    }

    /// What a table shows in a cell the text did not provide (`缺失`; in a redline, its older text).
    var missingCell: String { language.choose("缺失", "missing") }

    /// The hint on such a cell.
    var unreadCell: String { language.choose("这一格无法读出", "This cell could not be read") }

    /// The hint on a cell filled with no number: `未填写`, or `未填写数字（“—”）` with what it holds.
    func unfilled(_ text: String) -> String {
        text.isEmpty
            ? language.choose("未填写", "Not filled in")
            : language.choose("未填写数字（“\(text)”）", "No number filled in (“\(text)”)")
    }

    /// A step whose person the node did not record.
    var unrecorded: String { language.choose("（未记录）", "(not recorded)") }

    /// The county's decision on a finding: `县里已确认`, `县里不予采纳，不计入`.
    func decision(_ verdict: FindingVerdict?, dismissed: Bool) -> String {
        guard language == .english else {
            return dismissed ? "县里不予采纳，不计入" : "县里\(verdict?.label ?? "已确认")"
        }
        return dismissed ? "Not adopted by the county, not counted" : "Confirmed by the county"
    }

    /// A finding's severity: `错误`, `Error`.
    func label(_ severity: Severity) -> String { language.choose(severity.label, severity.englishLabel) }

    /// A finding's message: its `english` where it has one.
    func message(of finding: Finding) -> String {
        language == .english ? finding.english ?? finding.message : finding.message
    }

    /// The rule a finding comes from: its name in Chinese, its code in English (as `--lang en` prints it).
    func rule(of finding: Finding) -> String {
        language == .english ? finding.rule : RuleNames.name(of: finding.rule)
    }

    /// Where a finding points (``Place/description(in:)``), `全文` for the whole report.
    func place(of finding: Finding) -> String {
        let place = finding.place.description(in: language)
        return place.isEmpty ? wholeReport : place
    }

    /// A finding's numbers: `各列之和 = 3，总计 = 0`; in English the checks' own names in English
    /// (``NumberNames``), the format's labels as written.
    func numbers(of finding: Finding) -> String {
        finding.numbers.sorted { $0.key < $1.key }.map { name, value in
            "\(language == .english ? NumberNames.english(name) : name) = \(value)"
        }.joined(separator: language.choose("，", ", "))
    }

    /// A table's caption: `表三  收到和处理政府信息公开申请情况（2021 年格式）`; the format's name as written.
    func caption(_ definition: TableTemplate?) -> String {
        guard let definition else { return table }
        return language.choose(
            "\(definition.shortName)  \(definition.name)（\(definition.format) 年格式）",
            "\(TableTemplate.englishName(definition.table))  \(definition.name) (\(definition.format) format)")
    }
}

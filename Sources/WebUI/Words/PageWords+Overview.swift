import ReportModel
import ReportRepository

/// The words of the board (`overview.mustache`, ``OverviewView``), and of what it shows of each report: its status,
/// its office's kind, its number and the days to the deadline.
struct OverviewWords: Sendable {
    let language: Language
    let crumbOverview: String
    let year: String
    let all: String
    let status: String
    let kind: String
    let parent: String
    let name: String
    let searchPlaceholder: String
    let errorsOnly: String
    let filter: String
    let clearFilters: String
    let showing: String
    let missingBefore: String
    let missingAfter: String
    let totalBefore: String
    let totalAfter: String
    let downloadBefore: String
    let downloadAfter: String
    /// The same for a clerk, whose workbook holds her offices only.
    let downloadOwnBefore: String
    let downloadOwnAfter: String
    let uploadReport: String
    let uploadFile: String
    let uploadSubmit: String
    let uploadFormats: String
    let select: String
    let agency: String
    let latestRevision: String
    let lastChange: String
    let checks: String
    let daysLeft: String
    let open: String
    let errors: String
    let warnings: String
    let passed: String
    let report: String
    let history: String
    let compare: String
    let conflict: String
    let batchLegend: String
    let batchExport: String
    let batchExportHint: String
    /// The batch's 报送 on the townships' behalf.
    let batchSubmit: String
    let batchReturn: String
    let batchPublish: String
    let batchNote: String
    let batchApply: String
    let batchHint: String
    let emptyNone: String
    let emptyFiltered: String

    init(_ language: Language) {
        self.language = language
        func say(_ chinese: String, _ english: String) -> String { language.choose(chinese, english) }
        crumbOverview = say("概览", "Overview")
        year = say("年度", "Year")
        all = say("全部", "All")
        status = say("状态", "Status")
        kind = say("类别", "Kind")
        parent = say("上级", "Parent office")
        name = say("名称", "Name")
        searchPlaceholder = say("名称、别名或拼音首字母", "name, other name or pinyin initials")
        errorsOnly = say("只看有错误的", "Only those with errors")
        filter = say("筛选", "Filter")
        clearFilters = say("清除筛选", "Clear the filters")
        showing = say("显示", "Showing")
        missingBefore = say("（其中 ", " (")
        missingAfter = say("份未报送）", "not submitted)")
        totalBefore = say("（共", " (of")
        totalAfter = say("份）", ")")
        downloadBefore = say("下载", "Download the county's Excel of")
        downloadAfter = say("全县 Excel", "")
        downloadOwnBefore = say("下载", "Download your offices' Excel of")
        downloadOwnAfter = say("本机关 Excel", "")
        uploadReport = say("上传报告", "Upload a report")
        uploadFile = say("报告文件", "Report file")
        uploadSubmit = say("上传为新修订", "Upload as a new revision")
        uploadFormats = say(
            "Word（.docx）、PDF、网页或纯文本，20 MB 以内。", "Word (.docx), PDF, a web page or plain text, up to 20 MB.")
        select = say("选择", "Select")
        agency = say("机关", "Office")
        latestRevision = say("最新修订", "Latest revision")
        lastChange = say("最后修改", "Last change")
        checks = say("检查", "Checks")
        daysLeft = say("距截止", "Deadline")
        open = say("查看", "Open")
        errors = say("错误", "Errors")
        warnings = say("警告", "Warnings")
        passed = say("通过", "Passed")
        report = say("报告", "Report")
        history = say("历史", "History")
        compare = say("对比", "Compare")
        conflict = say("冲突", "Conflict")
        batchLegend = say("对勾选的报告", "The ticked reports")
        batchExport = say("导出（Word 和 Excel，.zip）", "Export (Word and Excel, .zip)")
        batchExportHint = say(
            "每份报告的 Word 文件和所选报告的 Excel 汇总表，打包下载；未报送的列在“说明.txt”里。",
            "Each report's Word file and an Excel table of the ticked reports, in one download; the reports not "
                + "submitted are listed in its notes file.")
        batchSubmit = say("代为报送（县里代为上传的）", "Submit on the township's behalf (uploaded by the county)")
        batchReturn = say("退回", "Return")
        batchPublish = say("公开", "Publish")
        batchNote = say(
            "退回意见（退回时必填，每份报告都记这条意见）", "Why they are returned (needed to return; kept with each report)")
        batchApply = say("执行", "Apply")
        batchHint = say(
            "每份报告各自按报送、退回、公开的规则办理；“代为报送”只报送县里代为上传的修订（乡镇自己提交的，等乡镇报送）；"
                + "不符合规则的不改动，并说明原因。",
            "Each report follows the rules of submitting, returning and publishing on its own; \"Submit on the "
                + "township's behalf\" submits only revisions the county uploaded (a township's own waits for it); one "
                + "the rules do not allow is left as it is, and the answer says why.")
        emptyNone = say("还没有可查看的报告。", "No reports to show yet.")
        emptyFiltered = say("没有符合筛选条件的报告。", "No report matches the filters.")
    }

    /// The board's heading: an office's reports, a year's round, or every report.
    func heading(agency: String?, year: Int?) -> String {
        if let agency { return language.choose("\(agency)的报告", "Reports of \(agency)") }
        if let year { return language.choose("\(year) 年度报送情况", "Reports of \(year)") }
        return language.choose("概览", "Overview")
    }

    /// Under the heading of a year's board, for a later year whose reports were started early (not yet due):
    /// `2025 年度已有 1 份报告提前开始（常张乡人民政府），还没到报送的时候：` before the link `查看 2025 年度`.
    func early(year: Int, names: [String]) -> (text: String, link: String) {
        let shown = names.prefix(3)
        let more = names.count > shown.count
        return language == .english
            ? (
                "\(Language.counted(names.count, "report")) of \(year) started early ("
                    + shown.joined(separator: ", ") + (more ? ", …" : "") + "), not yet due: ",
                "see \(year)"
            )
            : (
                "\(year) 年度已有 \(names.count) 份报告提前开始（" + shown.joined(separator: "、") + (more ? "等" : "")
                    + "），还没到报送的时候：",
                "查看 \(year) 年度"
            )
    }

    /// The deadline of a year's round (`截止日期：2025年1月31日`), or of any round (`次年1月31日`).
    func deadline(_ deadline: ReportingDeadline, year: Int?) -> String {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let month = months[max(0, min(11, deadline.month - 1))]
        return language.choose(
            "截止日期：\(year.map { "\($0 + 1)年" } ?? "次年")\(deadline.label)",
            "Deadline: \(deadline.day) \(month) " + (year.map { "\($0 + 1)" } ?? "of the next year"))
    }

    /// A year among the board's years: `2024 年`.
    func year(_ year: Int) -> String { language.choose("\(year) 年", "\(year)") }

    /// How many reports the board shows: `份报告` after the number, `report(s)` in English.
    func reports(_ count: Int) -> String { language.choose("份报告", count == 1 ? "report" : "reports") }

    /// A status of the board, for its rows and its filter.
    func label(_ status: BoardStatus) -> String { language.choose(status.label, status.englishLabel) }

    /// A row's status: a draft changed since it was published says so, and a published revision beside the draft
    /// that the checks find errors in says that too (the row's counts are the draft's). A returned report whose draft
    /// was changed since says which version was returned (`returned`: its number), `已退回（退回的是第 1 版）`: beside
    /// its 第 2 版 it read as if 第 2 版 had been returned (rv119 M7).
    func status(of row: BoardRow, returned: Int? = nil) -> String {
        let errors = row.publishedErrors
        let changed =
            row.report.map { $0.status == .returned && $0.mark(.returned)?.revision != $0.head.id } ?? false
        let which = changed ? returned : nil
        guard language == .english else {
            return row.statusLabel + (which.map { "（退回的是\(DisplayFormat.revision($0))）" } ?? "")
                + (errors > 0 ? "，公开的版本有 \(errors) 个错误" : "")
        }
        return (row.report?.englishStatusLabel ?? label(row.status))
            + (which.map { " (version \($0) was returned)" } ?? "")
            + (errors > 0 ? "; the published version has \(Language.counted(errors, "error"))" : "")
    }

    /// Under a returned report's status, the county's correction request (退回意见) as written, on one line and cut
    /// at ``returnNoteLength`` characters (`…`): the whole is on the report's page (user review rv120, M10: a clerk's
    /// board said 已退回 and not why). `nil` when the report is not returned or the return has no note.
    func returnNote(of row: BoardRow) -> (shown: String, whole: String)? {
        guard let report = row.report, report.status == .returned,
            let comment = report.mark(.returned)?.comment?.comment
        else { return nil }
        let line = comment.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !line.isEmpty else { return nil }
        let cut = line.count > Self.returnNoteLength ? String(line.prefix(Self.returnNoteLength - 1)) + "…" : line
        return (language.choose("退回意见：", "Correction request: ") + cut, line)
    }

    /// The most characters of a correction request the board shows under a returned report's status.
    static let returnNoteLength = 40

    /// A kind of office.
    func label(_ kind: AgencyKind) -> String { language.choose(kind.label, kind.englishLabel) }

    /// `还剩 12 天`, `今天截止`, `已逾期 3 天`.
    func days(_ count: Int) -> String {
        let english =
            count > 0
            ? Language.counted(count, "day") + " left"
            : (count == 0 ? "Due today" : Language.counted(-count, "day") + " late")
        return language.choose(count > 0 ? "还剩 \(count) 天" : (count == 0 ? "今天截止" : "已逾期 \(-count) 天"), english)
    }

    /// `逾期 3 天报送`: a report that arrived after the deadline.
    func submittedLate(_ count: Int) -> String {
        language.choose("逾期 \(count) 天报送", "Submitted " + Language.counted(count, "day") + " late")
    }

    /// How the board names a revision (``RevisionWords/revision(_:)``).
    func revision(_ generation: Int?) -> String { RevisionWords(language).revision(generation) }

    /// A report to choose in the upload form, with what an upload to it does when that is not plain; `next` for next
    /// year's report, not begun (`（下一年度，上传后为第 1 版）`).
    func uploadChoice(_ key: ReportKey, name: String, awaited: Bool, published: Bool, next: Bool = false) -> String {
        guard language == .english else {
            return ReportNames.chinese(key, agencyName: name)
                + (next
                    ? "（下一年度，上传后为第 1 版）"
                    : awaited ? "（未报送，上传后为第 1 版）" : published ? "（已公开，上传须在报告页确认）" : "")
        }
        return ReportNames.english(key, agencyName: name)
            + (next
                ? " (next year: the upload is version 1)"
                : awaited
                    ? " (not submitted: the upload is version 1)"
                    : published ? " (published: confirm the upload on the report's page)" : "")
    }
}

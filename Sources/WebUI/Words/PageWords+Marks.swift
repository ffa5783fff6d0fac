import ReportModel
import ReportRepository

/// The words of the batch page (`batch.mustache`, ``BatchView``): what a mark set on several reports from the board
/// did to each. Offices' names stay as written.
struct BatchWords: Sendable {
    let language: Language
    /// `已完成 3 份，未改动 1 份。`: around the two counts.
    let doneBefore: String
    let doneAfter: String
    let refusedAfter: String
    let agency: String
    let year: String
    let result: String
    let backToOverview: String
    /// Before why a report was left as it was.
    let unchanged: String
    let noSuchReport: String
    /// Who a report is of, in a row of one that is not there or out of reach: never its id (rv120 M11).
    let someReport: String

    init(_ language: Language) {
        self.language = language
        func say(_ chinese: String, _ english: String) -> String { language.choose(chinese, english) }
        doneBefore = say("已完成 ", "Done: ")
        doneAfter = say(" 份，未改动 ", "; left as they were: ")
        refusedAfter = say(" 份。", ".")
        agency = say("机关", "Office")
        year = say("年度", "Year")
        result = say("结果", "Result")
        backToOverview = say("返回概览", "Back to the overview")
        unchanged = say("未改动：", "Left as it was: ")
        noSuchReport = say("没有这份报告。", "there is no such report.")
        someReport = say("一份报告", "A report")
    }

    /// `批量退回的结果`, `Returned together: the results`.
    func heading(_ mark: Mark) -> String {
        switch (mark, language) {
        case (.returned, .english): "Reports returned together: the results"
        case (.submitted, .english): "Reports submitted on the townships' behalf: the results"
        case (_, .english): "Reports published together: the results"
        case (.returned, _): "批量退回的结果"
        case (.submitted, _): "批量代为报送的结果"
        default: "批量公开的结果"
        }
    }

    /// The mark as set: `已退回`, `returned`; a batch's 报送 is on the township's behalf (`已代为报送`).
    func done(_ mark: Mark) -> String {
        mark == .submitted
            ? language.choose("已代为报送", "submitted on the township's behalf")
            : language.choose(mark.label, mark.rawValue)
    }

    /// After `已公开`: the warnings still open, each by its message (`（有 1 个警告：…）`); nothing without any.
    func openWarnings(_ messages: [String]) -> String {
        guard !messages.isEmpty else { return "" }
        return language.choose(
            "（有 \(messages.count) 个警告：\(messages.joined(separator: "；"))）",
            " (" + Language.counted(messages.count, "warning") + " open: \(messages.joined(separator: "; ")))")
    }

    /// After `已公开`: the comments still not resolved (``ReviewWords/openCommentList(_:)``),
    /// `（仍有 1 条批注未解决：王审核的批注 1“…”）`; nothing without any.
    func openComments(_ threads: [CommentThread], review: ReviewWords) -> String {
        let count = threads.filter { !$0.isResolved }.count
        guard count > 0 else { return "" }
        return language.choose(
            "（仍有 \(count) 条批注未解决：\(review.openCommentList(threads))）",
            " (" + Language.counted(count, "comment") + " not resolved: \(review.openCommentList(threads)))")
    }

    /// Why a revision the county uploaded was not published: it was never submitted, and may be on the township's
    /// behalf.
    func countyUploadNotSubmitted(by uploader: String) -> String {
        language.choose(
            "这一修订是 \(uploader) 代为上传的，还没有报送：请勾选后选“代为报送”（或在报告页代为报送），再公开。",
            "This revision was uploaded by \(uploader) on the township's behalf and has not been submitted: tick it and "
                + "choose \"Submit on the township's behalf\" (or submit it on its page), then publish it.")
    }
}

/// The words of the page that asks a reviewer to confirm publishing a report the rules hold back
/// (`confirm-publish.mustache`, ``ConfirmPublishView``).
struct ConfirmPublishWords: Sendable {
    let crumb: String
    let heading: String
    let notYet: String
    let advice: String
    let reason: String
    let placeholder: String
    let confirm: String
    let cancel: String

    init(_ language: Language) {
        func say(_ chinese: String, _ english: String) -> String { language.choose(chinese, english) }
        crumb = say("确认公开", "Confirm publishing")
        heading = say("公开前请确认", "Please confirm before publishing")
        notYet = say("现在还不能直接公开：", " cannot be published as it is yet:")
        advice = say(
            "通常应当退回报送单位改正、由报送单位报送改正后的修订再公开。如果确需现在公开，请写明理由：理由会随“已公开（强制）”标记一起显示在报告页和历史页上。",
            "Usually the report is returned to the submitting office for correction, and published once it has "
                + "submitted the corrected revision. If it must be published now, write the reason: it is shown with "
                + "the \"published (forced)\" mark on the report's page and in its history.")
        reason = say("强制公开的理由", "Why it is published regardless")
        placeholder = say("例如：县政府已审定，表三的错误随后更正", "e.g. approved by the county government; table 3 corrected later")
        confirm = say("确认公开", "Publish")
        cancel = say("取消", "Cancel")
        self.language = language
    }

    let language: Language

    /// Beside a publish of a revision that is not the current draft (the submitted one, the township having
    /// committed more since): both named (user review rv103, F9).
    func notTheDraft(revision: String, draft: String) -> String {
        language.choose(
            "要公开的是报送的\(revision)，不是当前草稿\(draft)（报送后又有修改）。",
            "What would be published is the submitted \(revision), not the current draft, \(draft) (changed since).")
    }
}

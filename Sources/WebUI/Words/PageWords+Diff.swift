import ReportModel

/// The words of the diff page (`diff.mustache`, ``DiffView``) around the comparison itself, whose words are
/// `HTMLDiffRenderer`'s in the same language. The sections' numbers and titles are the reports' own, as written.
struct DiffWords: Sendable {
    let language: Language
    let heading: String
    let old: String
    let new: String
    /// `2023 年报告`, `与 2023 年对比`: around the year.
    let yearReport: String
    let compareWithBefore: String
    let compareWithAfter: String
    let otherRevisions: String
    let backToReport: String
    let redline: String
    let carriedOverHeading: String
    /// Above the checks' findings that compare the year with last year's.
    let crossYearHeading: String
    let carriedOverHint: String
    let part: String
    let sameAsLastYear: String
    let mostlyCarriedOver: String
    let nothingToCompare: String

    init(_ language: Language) {
        self.language = language
        func say(_ chinese: String, _ english: String) -> String { language.choose(chinese, english) }
        heading = say("对比", "Comparison")
        old = say("旧", "Old")
        new = say("新", "New")
        yearReport = say(" 年报告", " report")
        compareWithBefore = say("与 ", "Compare with ")
        compareWithAfter = say(" 年对比", "")
        otherRevisions = say("选择其他修订", "Choose other revisions")
        backToReport = say("返回报告", "Back to the report")
        redline = say("修订视图", "Redline")
        carriedOverHeading = say("与上年相同的文字", "Text the same as last year's")
        crossYearHeading = say("检查发现的与上年对比的问题", "What the checks find against last year's report")
        carriedOverHint = say(
            "各部分正文中与上年报告一字不差的句子所占的比例（年份递增不算不同；全国统一格式中的固定表述不计）。"
                + "比例高的部分可能照搬了上年的内容，请留意核对。",
            "The share of each part's text in sentences word for word as in last year's report (a year one higher "
                + "does not count as a difference; the national format's standard sentences are not counted). A part "
                + "with a high share may have been copied from last year: please check it.")
        part = say("部分", "Part")
        sameAsLastYear = say("与上年相同", "Same as last year")
        mostlyCarriedOver = say("多数照搬上年", "mostly carried over")
        nothingToCompare = say(
            "该报告只有一个修订，也没有上一年度的报告，暂无可比较的内容。",
            "This report has only one revision and no report of the year before: there is nothing to compare yet.")
    }
}

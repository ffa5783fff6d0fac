import ReportModel

/// The words of ``HTMLDiffRenderer`` in one language: the page's own words, each Chinese text beside its English one.
/// What the reports say (their sections' numbers and titles, paragraphs, tables' labels, cells, office names) is not
/// here: the page shows it as written in both languages.
struct HTMLDiffWords {
    let language: Language
    let pageTitle: String
    let old: String
    let new: String
    let title: String
    let agency: String
    let year: String
    let draftMode: String
    let sections: String
    let paragraphs: String
    let noChange: String
    /// Between the counts of the summary: `，`, `, `.
    let listSeparator: String
    /// After a field's name: `：`, `: `.
    let colon: String
    let staleYear: String
    let carriedOver: String
    let implausible: String
    let implausibleText: String
    let carriedOverText: String
    let row: String
    let changedColumns: String
    let total: String
    /// Between the changed cells of a row: `；`, `; `.
    let cellSeparator: String
    let unchanged: String
    let unshared: String
    let sideBySide: String
    let oldSide: String
    let newSide: String
    let preamble: String
    let moved: String

    init(_ language: Language) {
        self.language = language
        func say(_ chinese: String, _ english: String) -> String { language == .english ? english : chinese }
        pageTitle = say("年报比较", "Report comparison")
        old = say("旧", "Old")
        new = say("新", "New")
        title = say("标题", "Title")
        agency = say("机关", "Office")
        year = say("年度", "Year")
        draftMode = say("按稿本比较：所有差异均标出。", "Comparing drafts: every difference is marked.")
        sections = say("章节：", "Sections: ")
        paragraphs = say("段落：", "Paragraphs: ")
        noChange = say("无变化", "no change")
        listSeparator = say("，", ", ")
        colon = say("：", ": ")
        staleYear = say("年份未更新", "Year not updated")
        carriedOver = say("照搬上年", "Carried over")
        implausible = say("请核实", "Please check")
        carriedOverText = say(" 与上年报告一字不差：", " is word for word last year's report: ")
        implausibleText = say(
            " 数字与上年相差悬殊（十倍以上，或由 0 变为 100 以上），请核对：",
            " has a number far from last year's (ten times or more, or from 0 to 100 or more), please check: ")
        row = say("行", "Row")
        changedColumns = say("变动的栏目", "Changed columns")
        total = say("总计", "Total")
        cellSeparator = say("；", "; ")
        unchanged = say("（未变）", " (unchanged)")
        unshared = say(
            "两表格式不同，以下单元格只在一方，未比较：",
            "The two tables have different formats; these cells are on one side only and were not compared:")
        sideBySide = say("逐节对照", "Section by section")
        oldSide = say("旧：", "Old: ")
        newSide = say("新：", "New: ")
        preamble = say("导语", "Preamble")
        moved = say("移动", "moved")
    }

    /// `按年度比较：2023年 → 2024年 的年份变化属正常，不标为修改。`
    func yearMode(from: Int, to: Int) -> String {
        language == .english
            ? "Comparing years: the change of year from \(from) to \(to) is expected and not marked as a change."
            : "按年度比较：\(from)年 → \(to)年 的年份变化属正常，不标为修改。"
    }

    /// `单元格：变动 3 个`, `发现：2 条` (the summary's last two lines).
    func cellsChanged(_ count: Int) -> String {
        language == .english ? "Cells: \(count) changed" : "单元格：变动 \(count) 个"
    }

    func findingsCount(_ count: Int) -> String {
        language == .english ? "Findings: \(count)" : "发现：\(count) 条"
    }

    /// A heading with its count: `发现（2）`, `Findings (2)`.
    func findingsHeading(_ count: Int) -> String {
        language == .english ? "Findings (\(count))" : "发现（\(count)）"
    }

    func changedCellsHeading(_ count: Int) -> String {
        language == .english ? "Changed cells (\(count))" : "变动的单元格（\(count)）"
    }

    /// After a stale year finding's place: ` 仍写“2023年”（上年报告此处为其本年度）：`.
    func staleYearText(_ year: Int?) -> String {
        let year = year.map(String.init) ?? ""
        return language == .english
            ? " still names the year \(year) (last year's report had its own year there): "
            : " 仍写“\(year)年”（上年报告此处为其本年度）："
    }

    /// A report's name on the page: its office and year (`常张乡人民政府 2024年`, `常张乡人民政府 2024`), else its title
    /// as written, else `报告`.
    func name(_ summary: ScriptHeader) -> String {
        let year = summary.year.map { language == .english ? "\($0)" : "\($0)年" }
        let parts = [summary.agency, year].compactMap { $0 }
        return parts.isEmpty
            ? (summary.title ?? (language == .english ? "Report" : "报告")) : parts.joined(separator: " ")
    }

    /// A cell's change's delta: `（+2）`, ` (+2)`.
    func delta(_ text: String) -> String {
        language == .english ? " (\(text))" : "（\(text)）"
    }

    /// A table not compared cell by cell: `（28 个单元格）`, ` (28 cells)`.
    func cellCount(_ count: Int) -> String {
        language == .english ? " (\(Language.counted(count, "cell")))" : "（\(count) 个单元格）"
    }

    /// Where a moved paragraph was: `（移自 一、（一）第 2 段）`, `(moved from 一、（一）paragraph 2)`.
    func movedFrom(_ place: String) -> String {
        language == .english ? "(moved from \(place))" : "（移自 \(place)）"
    }
}

// The years a report's text states in its two places, and the year a file's name states: what the year check
// compares (`year-mismatch`) and what a refused upload tells the person (user review ux98, finding P).

extension Report {
    /// The first year of the title (`…2024年政府信息公开工作年度报告` → 2024), if the title names one.
    public var titleYear: Int? { title.flatMap(YearMentions.first(in:)) }

    /// The year of the statistics-period sentence (`本报告中所列数据的统计期限自2025年1月1日起…` → 2025), read in the
    /// preamble and in section 一 (总体情况), if the report has one.
    public var statisticsPeriodYear: Int? {
        let opening =
            preamble.compactMap(\.paragraph?.text) + (section(slot: 1)?.allParagraphs.map(\.text) ?? [])
        return opening.lazy.compactMap(YearMentions.statisticsYear(in:)).first
    }
}

extension YearMentions {
    /// The year a file's name states: `南陈乡2025年报告.docx`, `changzhang-2025.docx` → 2025; `nil` when it names none,
    /// or two different ones (`2024-2025对照.docx`).
    public static func inFileName(_ name: String) -> Int? {
        var years: Set<Int> = []
        var run = ""
        for character in name + " " {
            if character.isASCII, character.isNumber {
                run.append(character)
                continue
            }
            if run.count == 4, let year = Int(run), (1990...2100).contains(year) { years.insert(year) }
            run = ""
        }
        return years.count == 1 ? years.first : nil
    }
}

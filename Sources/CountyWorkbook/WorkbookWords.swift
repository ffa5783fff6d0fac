public import ReportModel

/// The words the county's workbook writes of its own — sheet names, titles, the agency and year headers, the totals
/// label, what a row or an empty total says — in Chinese, or in English for one who reads the pages or the command
/// line in English (user review ux98, J3: an English reader's workbook said `表三`, `合计（有报告的 16 个单位）`,
/// `（未报送）`). The national format's labels (the tables' names, rows and columns) and the offices' names stay as
/// written in both.
public struct WorkbookWords: Sendable, Hashable {
    /// The language of the words.
    public var language: Language

    /// The words in a language.
    public init(_ language: Language) {
        self.language = language
    }

    private func say(_ chinese: String, _ english: String) -> String {
        language == .english ? english : chinese
    }

    /// The workbook's title, also its file's name: `2024年政府信息公开工作年度报告汇总表`.
    public func title(_ year: Int) -> String {
        say(
            "\(year)年政府信息公开工作年度报告汇总表",
            "Government information disclosure annual reports \(year), summary")
    }

    /// A sheet's name: `表三`, `Table 3`.
    func sheetName(_ template: TableTemplate) -> String {
        say(template.shortName, TableTemplate.englishName(template.table))
    }

    /// A sheet's title: `2024年 表三 收到和处理政府信息公开申请情况（全县汇总）`; the table's name as the format has it.
    func sheetTitle(_ template: TableTemplate, year: Int, coverage: String) -> String {
        say(
            "\(year)年 \(template.shortName) \(template.name)（\(coverage)）",
            "\(year) \(TableTemplate.englishName(template.table)) \(template.name) (\(coverage))")
    }

    /// The header of the agencies' column.
    var agencyHeader: String { say("单位", "Office") }
    /// The header of the years' column.
    var yearHeader: String { say("年度", "Year") }

    /// What the title says a workbook of every agency covers.
    public var wholeCounty: String { say("全县汇总", "whole county") }

    /// Whose reports a workbook holds (``SheetLayout/coverage(wholeCounty:offices:words:)``) when it holds none.
    var noOffice: String { say("没有单位", "no office") }

    /// `5 个单位`, `5 offices`.
    func offices(_ count: Int) -> String {
        say("\(count) 个单位", Language.counted(count, "office"))
    }

    /// `合计`, or `合计（有报告的 12 个单位）` when some agencies have no report of that year, `，其中 3 个未公开` when
    /// some of this year's reports are not published (their figures are in the total but may still change).
    ///
    /// Last year's total over the same offices as this year's (`same`: how many, when it leaves out an office with
    /// a report of last year only) says so: `合计（上年，同 17 个单位）`, or `合计（上年，同 17 个单位中有报告的 15 个）`
    /// when some of them have no report of last year (rv119 F1: `合计（上年）` beside `合计（有报告的 17 个单位）` read as
    /// a fall where it counted two more offices).
    func totalsLabel(previous: Bool, counted: Int, of all: Int, unpublished: Int, same: Int? = nil) -> String {
        var parts = previous ? [say("上年", "last year")] : []
        if previous, let same {
            parts.append(
                counted < same
                    ? say(
                        "同 \(same) 个单位中有报告的 \(counted) 个", "the \(counted) of the same \(offices(same)) with a report")
                    : say("同 \(same) 个单位", "the same \(offices(same))"))
        } else if counted < all {
            parts.append(say("有报告的 \(counted) 个单位", "the \(offices(counted)) with a report"))
        }
        if unpublished > 0 {
            parts.append(
                counted < all || (previous && same != nil)
                    ? say("其中 \(unpublished) 个未公开", "\(unpublished) of them not published")
                    : say(
                        "\(counted) 个单位，其中 \(unpublished) 个未公开",
                        "\(offices(counted)), \(unpublished) of them not published"))
        }
        guard !parts.isEmpty else { return say("合计", "Total") }
        return language == .english
            ? "Total (" + parts.joined(separator: ", ") + ")" : "合计（" + parts.joined(separator: "，") + "）"
    }

    /// An agency's row of the year: its name, with `（未报送）` when it has no report and `（已退回，未公开）` when the
    /// county has not published it (`status`: where it stands, in this language).
    func rowName(_ agency: String, hasReport: Bool, unpublished status: String?) -> String {
        guard hasReport else { return agency + say("（未报送）", " (not submitted)") }
        guard let status else { return agency }
        return agency + say("（\(status)，未公开）", " (\(status), not published)")
    }

    /// An agency's row of the year whose published figures stand beside a draft that differs (changed since, or
    /// another version): `常张乡人民政府（已公开；草稿另有修改，未计入）`.
    func rowNameBesideDraft(_ agency: String) -> String {
        agency + say("（已公开；草稿另有修改，未计入）", " (published; the draft differs and is not counted)")
    }

    /// The comment on a row of the year whose report is not published and has check errors.
    func rowNote(status: String, errors: Int) -> String {
        say(
            "这份报告\(status)，还没有公开，检查发现 \(errors) 个错误：这一行的数字可能还会改，合计里含有这些数字。",
            "This report stands at “\(status)” and is not published yet; the checks found "
                + "\(Language.counted(errors, "error")): the figures of this row may still change, and the totals "
                + "include them.")
    }

    /// The comment on a text cut to what a cell holds.
    func cutNote(count: Int, limit: Int) -> String {
        say(
            "这一格在报告里有 \(count) 个字，超过 Excel 一格最多 \(limit) 个字的上限：这里只写了前 \(limit - 1) 个字，全文请看报告。",
            "This cell has \(count) characters in the report, over Excel's limit of \(limit) for a cell: only the "
                + "first \(limit - 1) are written here; see the report for the whole text.")
    }

    /// The comment on last year's total when it leaves out offices that have a report of last year but none of this
    /// year: which, and why.
    func previousTotalNote(left agencies: [String]) -> String {
        say(
            "上年合计只算本年有报告的单位，以便两行合计比较的是同一批单位：不含 \(agencies.joined(separator: "、"))"
                + "（本年未报送），其上年数字见各自的行。",
            "Last year's total counts only the offices with a report this year, so that the two totals compare the same "
                + "offices: it leaves out \(agencies.joined(separator: ", ")) (not submitted this year), whose last year's "
                + "figures are in their own rows.")
    }

    /// The comment on a total left empty: whose cells kept it from being added up.
    func unknownTotalNote(_ agencies: [String]) -> String {
        let shown = agencies.prefix(8)
        let more = agencies.count > 8
        return say(
            "没有合计：\(shown.joined(separator: "、"))\(more ? " 等 \(agencies.count) 个单位" : "") 的这一格没有数字"
                + "（空白或填了“—”“/”“无”等、无法读取，或其报告的格式没有这一项），不能当作 0 相加。",
            "No total: this cell of \(shown.joined(separator: ", "))\(more ? " and others (\(offices(agencies.count)))" : "")"
                + " holds no number (left blank or filled with “—”, “/”, “无” and the like, not readable, or not in"
                + " their report's format), which cannot be added up as 0.")
    }

    /// The file's subject.
    func subject(_ year: Int) -> String {
        say("\(year)年度政府信息公开工作年度报告", "Government information disclosure annual reports of \(year)")
    }

    /// The file's keywords.
    func keywords(_ year: Int) -> String {
        say("政府信息公开,年度报告,\(year)", "government information disclosure,annual report,\(year)")
    }

    /// The file's comments: how many agencies, how many without a report, how many with a draft nobody submitted
    /// (the county's own upload), how many reported and not published.
    func comments(agencies: Int, missing: Int, drafts: Int = 0, unpublished: Int) -> String {
        say(
            "\(agencies) 个单位" + (missing > 0 ? "，其中 \(missing) 个未报送" : "")
                + (drafts > 0 ? "，\(drafts) 个有草稿但未报送" : "")
                + (unpublished > 0 ? "，\(unpublished) 个已报来但未公开" : "") + "。由年报（Nianbao）导出。",
            offices(agencies) + (missing > 0 ? ", \(missing) of them not submitted" : "")
                + (drafts > 0 ? ", \(drafts) with a draft not submitted" : "")
                + (unpublished > 0 ? ", \(unpublished) sent but not published" : "") + ". Exported by Nianbao.")
    }
}

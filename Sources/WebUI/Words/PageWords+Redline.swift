import ReportModel

/// The words of the redline page (`redline.mustache`, ``RedlinePageView``): a comparison as Word's 修订 shows it.
struct RedlineWords: Sendable {
    let language: Language
    let heading: String
    let original: String
    let revised: String
    let changes: String
    let insertions: String
    let deletions: String
    let cells: String
    /// After the counts: `处`, `格`.
    let placeUnit: String
    let cellUnit: String
    let backToComparison: String
    let backToReport: String
    /// The legend: `下文为修订稿全文：<del>删除的文字</del>加删除线，<ins>插入的文字</ins>加下划线；…`.
    let legendLead: String
    let legendDeleted: String
    let legendStruck: String
    let legendInserted: String
    let legendUnderlined: String
    let legendOld: String
    let legendNew: String
    let legendEnd: String
    let noChanges: String
    let tableAdded: String
    let tableRemoved: String
    let status: String
    let printedAt: String

    init(_ language: Language) {
        self.language = language
        func say(_ chinese: String, _ english: String) -> String { language.choose(chinese, english) }
        heading = say("修订视图", "Redline")
        original = say("原稿", "Original")
        revised = say("修订稿", "Revised")
        changes = say("修订", "Changes")
        insertions = say("插入", "Insertions")
        deletions = say("删除", "Deletions")
        cells = say("表格改动", "Table cells changed")
        placeUnit = say(" 处", "")
        cellUnit = say(" 格", "")
        backToComparison = say("返回对比", "Back to the comparison")
        backToReport = say("返回报告", "Back to the report")
        legendLead = say("下文为修订稿全文：", "The revised text in full below: ")
        legendDeleted = say("删除的文字", "deleted text")
        legendStruck = say("加删除线，", " is struck through, ")
        legendInserted = say("插入的文字", "inserted text")
        legendUnderlined = say("加下划线；表格中改动的单元格写作 ", " underlined; a changed table cell reads ")
        legendOld = say("原值", "old value")
        legendNew = say("新值", "new value")
        legendEnd = say("。", ".")
        noChanges = say("两个修订的内容相同。", "The two revisions have the same text.")
        tableAdded = say("（新增表格）", "(table added)")
        tableRemoved = say("（整张表格已删除）", " (whole table deleted)")
        status = say("状态：", "Status: ")
        printedAt = say("打印于 ", "printed ")
    }

    /// A removed table's caption: `表三  收到和处理政府信息公开申请情况`; the format's name as written.
    func removedCaption(_ definition: TableTemplate?) -> String {
        guard let definition else { return language.choose("表格", "Table") }
        return language.choose(
            "\(definition.shortName)  \(definition.name)",
            "\(TableTemplate.englishName(definition.table))  \(definition.name)")
    }
}

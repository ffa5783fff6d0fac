import ReportModel

/// The words of a report's history (`history.mustache`, ``HistoryView``).
struct HistoryWords: Sendable {
    let language: Language
    let heading: String
    /// After the year in the crumbs: `2024 年`.
    let yearSuffix: String
    let conflict: String
    let resolveConflict: String
    let old: String
    let new: String
    let revision: String
    let author: String
    let node: String
    let time: String
    let message: String
    let parents: String
    let marks: String
    let oldRevision: String
    let newRevision: String
    let merge: String
    let compare: String

    init(_ language: Language) {
        self.language = language
        func say(_ chinese: String, _ english: String) -> String { language.choose(chinese, english) }
        heading = say("历史", "History")
        yearSuffix = say(" 年", "")
        conflict = say("该报告有两条修订线尚未合并。", "This report has two lines of revisions not merged yet.")
        resolveConflict = say("解决冲突", "Resolve the conflict")
        old = say("旧", "Old")
        new = say("新", "New")
        revision = say("修订", "Revision")
        author = say("作者", "Author")
        node = say("节点", "Node")
        time = say("时间", "Time (Beijing)")
        message = say("说明", "Message")
        parents = say("父修订", "Parents")
        marks = say("标记", "Marks")
        oldRevision = say("旧修订", "Old revision")
        newRevision = say("新修订", "New revision")
        merge = say("合并", "merge")
        compare = say("比较所选的两个修订", "Compare the two chosen revisions")
    }

    /// Who set a mark and when (Beijing time, as the 时间 column): `王审核 · 2026-12-07 22:48`.
    func byline(person: String?, time: String) -> String {
        guard let person, !person.isEmpty else { return time }
        return "\(person) · \(time)"
    }

    /// `共 3 个修订。选择“旧”和“新”两个修订，然后比较。`
    func count(_ count: Int) -> String {
        language.choose(
            "共 \(count) 个修订。选择“旧”和“新”两个修订，然后比较。",
            Language.counted(count, "revision") + ". Choose an \"Old\" and a \"New\" one, then compare them.")
    }
}

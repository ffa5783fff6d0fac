import ReportDiff
import ReportModel

/// The words of the conflict page (`conflict.mustache`, ``ConflictView``, ``ConflictMarkup``): the two sides, what
/// each did, the choices and the buttons. The places, the report's text on each side and the names of people and
/// offices stay as written.
struct ConflictWords: Sendable {
    let language: Language
    let heading: String
    let noConflict: String
    let backToReport: String
    let ourDraft: String
    let see: String
    /// After the other line's origin: `：`, `: `.
    let colon: String
    let base: String
    let baseDraft: String
    let compareSides: String
    let history: String
    let clean: String
    /// `县政务公开办 改为`, `（王审核 改的）`: after the side's name, and around who typed it.
    let changedTo: String
    let byBefore: String
    let byAfter: String
    /// `保留县政务公开办的`, `Keep what 县政务公开办 has`: around the side's name.
    let keepBefore: String
    let keepAfter: String
    let keepBothBefore: String
    let keepBothAfter: String
    let edit: String
    let editedText: String
    let submitChosen: String
    let submit: String
    let keepAllBefore: String
    let keepAllAfter: String
    /// The other line when its origin was not recorded.
    let otherLine: String
    /// Around the node a side's author made it on: `李明（常张乡）`, `李明 (常张乡)`.
    let nodeBefore: String
    let nodeAfter: String
    let deleted: String
    let none: String
    let missing: String
    let blank: String
    let table: String
    /// Between the parts of an order: `、`, `, `.
    let listSeparator: String

    init(_ language: Language) {
        self.language = language
        func say(_ chinese: String, _ english: String) -> String { language.choose(chinese, english) }
        heading = say("冲突", "Conflict")
        noConflict = say("该报告没有未解决的冲突。", "This report has no open conflict. ")
        backToReport = say("返回报告", "Back to the report")
        ourDraft = say("本节点的草稿：", "This node's draft: ")
        see = say("查看", "see")
        colon = say("：", ": ")
        base = say("原稿", "Original")
        baseDraft = say("两边共同依据的上一稿：", "The earlier version both sides started from: ")
        compareSides = say("对比两边的版本", "Compare the two sides")
        history = say("历史", "History")
        clean = say("两边改动的是不同的地方，可以自动合并。", "The two sides changed different places: they can be merged as they are.")
        changedTo = say(" 改为", " changed it to")
        byBefore = say("（", " (typed by ")
        byAfter = say(" 改的）", ")")
        keepBefore = say("保留", "Keep what ")
        keepAfter = say("的", " has")
        keepBothBefore = say("两者都保留（", "Keep both (what ")
        keepBothAfter = say("的在前）", " has first)")
        edit = say("编辑", "Edit")
        editedText = say("编辑后的内容（选“编辑”时采用）", "The edited text (taken when \"Edit\" is chosen)")
        submitChosen = say("按所选提交合并", "Merge as chosen")
        submit = say("提交合并", "Merge")
        keepAllBefore = say("全部保留", "Keep what ")
        keepAllAfter = say("的", " has everywhere")
        otherLine = say("另一条修改线的修订", "the other line's revisions")
        nodeBefore = say("（", " (")
        nodeAfter = say("）", ")")
        deleted = say("（已删除）", "(deleted)")
        none = say("（无）", "(none)")
        missing = say("（缺失）", "(missing)")
        blank = say("（空）", "(blank)")
        table = say("表格", "Table")
        listSeparator = say("、", ", ")
    }

    /// What the page says first: who changed the report from where, and what to do. `choosing`: some places were
    /// changed differently on the two sides; without any, the page says the changes are merged by themselves and
    /// asks for no choice (rv120 M5).
    func intro(ours: String, theirs: String, hasBase: Bool, choosing: Bool = true) -> String {
        if !choosing, hasBase {
            return language.choose(
                "\(ours) 和 \(theirs) 都在同一稿的基础上改动了这份报告，改的是不同的地方：不用选择，提交后两边的改动合在一起，"
                    + "生成一个合并修订，冲突即解决。",
                "\(ours) and \(theirs) both changed this report from the same version, in different places: there is "
                    + "nothing to choose; submitting merges both sides' changes into a merge revision, which resolves "
                    + "the conflict.")
        }
        if language == .english {
            let start =
                hasBase
                ? "\(ours) and \(theirs) both changed this report from the same version, some places differently. "
                : "\(ours) and \(theirs) have no version in common (one was committed from scratch on another "
                    + "computer), and some places differ. "
            return start
                + "Choose whose change to keep at each place; what the two sides changed in different places is "
                + "merged by itself. Submitting makes a merge revision, which resolves the conflict."
        }
        let start =
            hasBase
            ? "\(ours) 和 \(theirs) 都在同一稿的基础上改动了这份报告，有些地方改得不一样。"
            : "\(ours) 和 \(theirs) 没有共同的版本（其中一个是在另一台电脑上从头提交的），有些地方内容不一样。"
        return start + "请逐处选择保留谁的改动；两边改在不同地方的内容会自动合在一起。提交后生成一个合并修订，冲突即解决。"
    }

    /// Why the page is shown again after a merge was submitted: `还有 2 个冲突单元需要选择…`.
    func leftToChoose(_ count: Int) -> String {
        language.choose(
            "还有 \(count) 个冲突单元需要选择保留哪一方，然后再提交。",
            "\(Language.counted(count, "conflicting place")) still need a side chosen before the merge is submitted.")
    }

    /// A side named by its version and Beijing time, the draft's marked as the current one:
    /// `第 10 版（现在的草稿，2026-12-06 18:32）`, `Version 10 (current draft, 2026-12-06 18:32)`.
    func version(_ number: String, time: String, isDraft: Bool) -> String {
        switch (language, isDraft) {
        case (.english, true): "\(number) (current draft, \(time))"
        case (.english, false): "\(number) (\(time))"
        case (_, true): "\(number)（现在的草稿，\(time)）"
        case (_, false): "\(number)（\(time)）"
        }
    }

    /// How the sides disagree, naming them: `县政务公开办修改了，张三删除了`.
    func kind(_ kind: MergeConflict.Kind, ours: String, theirs: String) -> String {
        switch (kind, language) {
        case (.bothChanged, .english): "Both sides changed it"
        case (.bothChanged, _): "两边都修改了"
        case (.changedDeleted, .english): "\(ours) changed it, \(theirs) deleted it"
        case (.changedDeleted, _): "\(ours)修改了，\(theirs)删除了"
        case (.deletedChanged, .english): "\(ours) deleted it, \(theirs) changed it"
        case (.deletedChanged, _): "\(ours)删除了，\(theirs)修改了"
        case (.bothAdded, .english): "Both sides added it, differently"
        case (.bothAdded, _): "两边都新增了，内容不同"
        case (.order, .english): "The two sides put the parts in different orders"
        case (.order, _): "两边调整的顺序不同"
        case (.bothMoved, .english): "The two sides moved this paragraph to different places"
        case (.bothMoved, _): "两边把这一段移到了不同的地方"
        case (.onlyOurs, .english): "Only \(ours) has this paragraph here"
        case (.onlyOurs, _): "只有\(ours)在这里有这一段"
        case (.onlyTheirs, .english): "Only \(theirs) has this paragraph here"
        case (.onlyTheirs, _): "只有\(theirs)在这里有这一段"
        }
    }

    /// A whole table or section on one side: `表三（28 个单元格）`, `一、总体情况（3 段）`; names as written.
    func wholeTable(_ name: String, cells: Int) -> String {
        language.choose("\(name)（\(cells) 个单元格）", "\(name) (\(Language.counted(cells, "cell")))")
    }

    func wholeSection(_ heading: String, paragraphs: Int) -> String {
        language.choose("\(heading)（\(paragraphs) 段）", "\(heading) (\(Language.counted(paragraphs, "paragraph")))")
    }
}

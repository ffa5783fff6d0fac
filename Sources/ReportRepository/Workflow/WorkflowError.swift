import Foundation
public import ReportModel

/// Why a comment, an answer or a finding decision was refused. Nothing is changed when one is thrown.
public enum WorkflowError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The anchor is not a unit of the revision's document.
    case unknownAnchor(String)
    /// A cell named by a table of the report and a row and column it has no cell at (``CellName``): what was
    /// written, the table's name, and the words of its rows and columns as the outputs print them.
    case cellNotFound(String, table: String, rows: [String], columns: [String])
    /// A cell named in a table the report does not have, or by a first value that names no table (``CellName``).
    case tableNotFound(String)
    /// A comment, answer or reason with no text.
    case emptyText
    /// A finding 不予采纳 with no reason: said as such, not as an empty comment (user review rv115, M10).
    case noDismissReason
    /// Text longer than ``ReportRepository/maxNoteLength`` characters.
    case textTooLong(Int)
    /// Text with a NUL, which the store would cut the text at: the text with it shown as its code.
    case controlCharacter(String)
    /// No comment of the report has this number, or a name starting with this.
    case commentNotFound(String)
    /// Several comments of the report have names starting with this.
    case ambiguousComment(String)
    /// Several people each wrote a comment of this number on the report, and the number was given without a name.
    case sameNumber(Int, authors: [String])
    /// On a township computer, a comment written under an agency id the county merged away: an answer to it could
    /// not be sent to the county. Its writer, number among theirs, the old id, and the name of the office the id
    /// was merged into.
    case commentOfMergedAgency(author: String, number: Int, agency: String, into: String)
    /// The comment is resolved already: its writer, number among theirs and short name.
    case alreadyResolved(author: String, number: Int, short: String)
    /// No finding of the revision has this key.
    case findingNotFound(String)
    /// A person asked for a move the workflow does not offer from the report's status (``WorkflowRules/moves(status:role:)``):
    /// returning a published report, submitting one already submitted.
    case moveNotAllowed(Mark, status: ReportStatus)
    /// A mark asked for on a revision that is not the report's current draft (nor, for 退回 and 公开, the one
    /// submitted): an old revision opened from the history (user review rv103, F9/F10). Its number (第 N 版), the
    /// current draft's, and the submitted one's if any. The way to use the old text is to restore it as the draft.
    case notCurrentDraft(Mark, generation: Int?, draft: Int?, submitted: Int?)

    /// The county's person asked to submit (代为报送) a revision it did not upload for the office: the office's own
    /// (`maker`, as this node knows it) waits for the office's 报送 (``ReportRepository/checkOnBehalf(_:of:role:)``).
    case townshipSubmits(maker: String)

    public var description: String { Language.pick(chineseDescription, englishDescription) }

    /// What went wrong and what to do in a language: the one home of the message in either, which ``description``
    /// says in the process's language (`--lang en`) and a page in its reader's.
    public func description(in language: Language) -> String {
        language == .english ? englishDescription : chineseDescription
    }

    private var chineseDescription: String {
        switch self {
        case .unknownAnchor(let anchor):
            "“\(anchor)”不是这份报告里的位置：一格照输出的写法写（如 三、表三 · 本年新收 · 自然人），或写 section:三（一节）、"
                + "section:三/paragraph:2（一段）、section:三/table:table3/cell:received:total（一格），"
                + "`nianbao blame REF --format json` 列出全部位置（unit）。什么也没有改动。"
        case .cellNotFound(let place, let table, let rows, let columns):
            "报告的\(table)没有“\(place)”这一格。\(table)的行：\(rows.joined(separator: "、"))；"
                + "列：\(columns.joined(separator: "、"))。什么也没有改动。"
        case .tableNotFound(let table):
            "“\(table)”不是这份报告里的表：请写 表二、表三、表四（或 2、3、4；同一部分的第二个表三写 表三（第 2 个）或 3#2）。"
                + "什么也没有改动。"
        case .emptyText:
            "请写明批注、回复或理由的内容。什么也没有改动。"
        case .noDismissReason:
            "不予采纳须写明理由：请在“理由”里写明这条检查结果为什么不成立。什么也没有改动。"
        case .textTooLong(let limit):
            "内容太长：最多 \(limit) 个字。什么也没有改动。"
        case .controlCharacter(let shown):
            "内容里有看不见的空字符（\(Self.excerpt(shown))）：请删去后再提交。什么也没有改动。"
        case .commentNotFound(let id):
            "这份报告没有“\(id)”这条批注：请写批注的序号（如 2、批注 2，或 王审核的批注 2）或编号的前几位"
                + "（`nianbao comments` 列出全部批注）。什么也没有改动。"
        case .ambiguousComment(let id):
            "有多条批注的编号以 \(id) 开头：请多写几位，或写批注的序号（如 2）。什么也没有改动。"
        case .sameNumber(let number, let authors):
            "\(authors.joined(separator: "、")) 各有一条批注 \(number)：请写上是谁的（如 \(authors.first ?? "")的批注 \(number)），"
                + "或写编号的前几位（`nianbao comments` 列出全部批注）。什么也没有改动。"
        case .alreadyResolved(let author, let number, let short):
            "\(author)的批注 \(number)（\(short)）已经解决了。什么也没有改动。"
        case .commentOfMergedAgency(let author, let number, let agency, let into):
            "\(author)的批注 \(number) 写在合并前的机关编号 \(agency) 名下（县里已把这个编号并入 \(into)）："
                + "本机的回复送不到县里。请登录县里的网页回复这条批注。什么也没有改动。"
        case .findingNotFound(let key):
            "这一修订的检查结果里没有编号为 \(key) 的问题（`nianbao check` 列出问题及其编号）。什么也没有改动。"
        case .moveNotAllowed(let mark, let status):
            "这份报告现在是“\(status.label)”，不能\(mark.verb)。什么也没有改动。"
        case .notCurrentDraft(let mark, let generation, let draft, let submitted):
            "\(Self.number(generation))是旧修订，当前草稿是\(Self.number(draft))"
                + (submitted.map { "（报送的是第 \($0) 版）" } ?? "") + "：这次没有把\(Self.number(generation))标记为\(mark.label)。"
                + (mark == .submitted ? "报送只针对当前草稿" : "退回、公开只针对当前草稿或报送的那一版")
                + "；确要用\(Self.number(generation))的内容，请在它的页面“恢复为草稿”（命令行 `nianbao restore`），"
                + "它就成为新的当前草稿，再按流程报送、公开。什么也没有改动。"
        case .townshipSubmits(let maker):
            "这一修订是 \(maker) 提交的，不是县里代为上传的：请等乡镇自己报送。什么也没有改动。"
        }
    }

    private var englishDescription: String {
        switch self {
        case .unknownAnchor(let anchor):
            "“\(anchor)” is not a place in this report: name a cell as the outputs print it (三、表三 · 本年新收 · 自然人),"
                + " or write section:三 (a section), section:三/paragraph:2 (a paragraph) or"
                + " section:三/table:table3/cell:received:total (a cell); `nianbao blame REF --format json` lists every"
                + " place (unit). Nothing was changed."
        case .cellNotFound(let place, let table, let rows, let columns):
            "\(table) of the report has no cell “\(place)”. Its rows: \(rows.joined(separator: ", ")); its columns:"
                + " \(columns.joined(separator: ", ")). Nothing was changed."
        case .tableNotFound(let table):
            "“\(table)” is no table of this report: write 表二, 表三, 表四 (or 2, 3, 4; a second table 3 of a section"
                + " 表三（第 2 个） or 3#2). Nothing was changed."
        case .emptyText:
            "Write what the comment, answer or reason says. Nothing was changed."
        case .noDismissReason:
            "A finding not adopted needs its reason: write in \"Reason\" why it does not hold. Nothing was changed."
        case .textTooLong(let limit):
            "Too long: at most \(limit) characters. Nothing was changed."
        case .controlCharacter(let shown):
            "The text holds an invisible NUL character (\(Self.excerpt(shown))): delete it and send it again. "
                + "Nothing was changed."
        case .commentNotFound(let id):
            "This report has no comment “\(id)”: give its number (2, or 王审核 2) or the first digits of its id"
                + " (`nianbao comments` lists them). Nothing was changed."
        case .ambiguousComment(let id):
            "Several comments' ids begin with \(id): give more digits, or the comment's number. Nothing was changed."
        case .sameNumber(let number, let authors):
            "\(authors.joined(separator: ", ")) each wrote a comment \(number): say whose (\(authors.first ?? "") \(number)),"
                + " or give the first digits of its id (`nianbao comments` lists them). Nothing was changed."
        case .alreadyResolved(let author, let number, let short):
            "\(author)'s comment \(number) (\(short)) is resolved already. Nothing was changed."
        case .commentOfMergedAgency(let author, let number, let agency, let into):
            "\(author)'s comment \(number) was written under agency id \(agency), which the county merged into \(into):"
                + " an answer from this computer cannot reach the county. Answer it on the county's web pages."
                + " Nothing was changed."
        case .findingNotFound(let key):
            "This revision's check has no finding \(key) (`nianbao check` lists the findings and their keys)."
                + " Nothing was changed."
        case .moveNotAllowed(let mark, let status):
            "The report is “\(status.label)” now: it cannot be marked \(mark.rawValue). Nothing was changed."
        case .notCurrentDraft(let mark, let generation, let draft, let submitted):
            "\(Self.englishNumber(generation)) is an old revision; the current draft is \(Self.englishNumber(draft))"
                + (submitted.map { " (version \($0) was submitted)" } ?? "")
                + ": \(Self.englishNumber(generation)) was not marked \(mark.rawValue). "
                + (mark == .submitted
                    ? "Only the current draft is submitted"
                    : "Only the current draft or the submitted revision is returned or published")
                + "; to use \(Self.englishNumber(generation))'s text, restore it as the draft on its page (`nianbao restore`)"
                + " and submit that. Nothing was changed."
        case .townshipSubmits(let maker):
            "This revision is \(maker)'s, not one the county uploaded on the township's behalf: wait for the township"
                + " to submit it. Nothing was changed."
        }
    }

    /// What kind of failure it is.
    var kind: RepositoryError.Kind {
        switch self {
        case .unknownAnchor, .cellNotFound, .tableNotFound, .emptyText, .noDismissReason, .textTooLong,
            .controlCharacter, .ambiguousComment,
            .sameNumber:
            .badInput
        case .commentNotFound, .findingNotFound: .notFound
        case .alreadyResolved, .moveNotAllowed, .notCurrentDraft, .commentOfMergedAgency, .townshipSubmits: .conflict
        }
    }

    /// The part of a refused text around its first NUL, shown as its code (`…表三<U+0000>第二句…`).
    static func excerpt(_ shown: String) -> String {
        guard let range = shown.range(of: "<U+0000>") else { return String(shown.prefix(20)) }
        let head = shown[..<range.lowerBound]
        let tail = shown[range.lowerBound...]
        var excerpt = head.count > 8 ? "…" : ""
        excerpt += head.suffix(8)
        excerpt += tail.prefix(18)
        if tail.count > 18 { excerpt += "…" }
        return excerpt
    }

    /// `第 3 版`, or `这一修订` when its number is not known.
    private static func number(_ generation: Int?) -> String { generation.map { "第 \($0) 版" } ?? "这一修订" }

    /// `version 3`, or `this revision`.
    private static func englishNumber(_ generation: Int?) -> String {
        generation.map { "version \($0)" } ?? "this revision"
    }
}

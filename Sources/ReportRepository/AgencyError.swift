public import ReportModel
import RevisionStore

/// Why a change to the agency registry was refused. Nothing is changed when one is thrown.
public enum AgencyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An agency with this id exists already.
    case idTaken(String)
    /// No agency has this id.
    case agencyNotFound(String)
    /// A name that cannot be an agency's (empty, a line break, longer than 100 characters).
    case invalidName(String)
    /// The name (as names are compared) is already another agency's name or alias.
    case nameTaken(name: String, agency: String)
    /// An agency cannot be its own parent (`agency add ID --parent ID`).
    case sameAgency(String)
    /// An agency cannot be merged into itself (`agency merge ID ID`).
    case mergeIntoItself(String)
    /// Both agencies have a report for these years, with different content.
    case mergeConflict(from: String, into: String, years: [Int])
    /// A merge another node made could not be followed here: both ids have a report for these years with different
    /// texts, and this node cannot tell what of its report is its own (it has not seen the remote's since).
    case followConflict(from: String, into: String, years: [Int])
    /// A deadline that is not a day of the year as `MM-DD`.
    case invalidDeadline(String)
    /// Another node sent a report of an agency id that was merged here into another (``AgencyMerge``).
    case mergedAway(String, into: String)
    /// An agency id that was merged into another (`agency merge`): its reports are that agency's now.
    case mergedInto(String, into: String, name: String)
    /// A token was asked for an agency id this node has not registered: the agency is registered first
    /// (`agency add`), so that what its reports and records bring is matched against a known office.
    case notRegistered(String)
    /// A name to take away from an agency (`agency alias ID NAME --remove`) that is not one of its aliases.
    case notAnAlias(name: String, agency: String)

    /// What went wrong and what to do: in Chinese, or in English when the process speaks English.
    public var description: String { Language.pick(chineseDescription, englishDescription) }

    /// What went wrong and what to do in a language: the one home of the message in either, which ``description``
    /// says in the process's language (`--lang en`) and a page in its reader's.
    public func description(in language: Language) -> String {
        language == .english ? englishDescription : chineseDescription
    }

    private var chineseDescription: String {
        switch self {
        case .idTaken(let id):
            "已经有编号为 \(id) 的机关（`nianbao agency list` 列出全部机关）。什么也没有改动。"
        case .agencyNotFound(let id):
            "没有编号为 \(id) 的机关（`nianbao agency list` 列出全部机关）。什么也没有改动。"
        case .invalidName(let name):
            "“\(name.showingInvisibleCharacters)”不能作为机关名称：请写 1 到 100 个字，不要换行，也不要夹带看不见的控制字符。什么也没有改动。"
        case .nameTaken(let name, let agency):
            "名称“\(name)”已经是机关 \(agency) 的名称或别名（或只是前面多了、少了县市名）：同一个名称只能指一个机关；"
                + "要让 \(agency) 改用这个写法，请用 nianbao agency rename \(agency) \(name)。什么也没有改动。"
        case .sameAgency(let id):
            "\(id) 不能是它自己的上级。什么也没有改动。"
        case .mergeIntoItself(let id):
            "不能把机关 \(id) 合并到它自己：合并要写两个不同的机关编号，先写要并掉的，再写保留的"
                + "（如 `nianbao agency merge 旧编号 新编号`；`nianbao agency list` 列出全部机关）。什么也没有改动。"
        case .mergeConflict(let from, let into, let years):
            "\(from) 和 \(into) 在 \(years.map(String.init).joined(separator: "、")) 年度都有报告，而且内容不同，"
                + "不能并成一个编号。如果两者是同一个机关：先决定保留哪一份，把它也提交到另一个编号"
                + "（如 `nianbao export \(into)/\(years.first ?? 0) -o 保留.txt`，"
                + "再 `nianbao commit 保留.txt --agency \(from) --year \(years.first ?? 0)`），两边相同后再合并，另一份仍留在历史里。"
                + "如果是两个乡镇合并成了一个乡镇：不要合并编号，以前年度的报告留在各自名下，"
                + "用 `nianbao agency expect 年度 编号…` 设定每年应报送的机关。什么也没有改动。"
        case .followConflict(let from, let into, let years):
            "本机 \(from) 的 \(years.map(String.init).joined(separator: "、")) 年度报告与对方 \(into) 的不同，"
                + "又无法判断哪些是本机自己的修改，所以本机仍按 \(from) 保留它，没有删除，也不会发送。"
                + "请把它导出（`nianbao export \(from)/\(years.first ?? 0) -o 本机.txt`）交县政务公开办核对；"
                + "不要把对方的报告提交到 \(from) 名下，那样会覆盖本机的修改。"
        case .invalidDeadline(let text):
            "“\(text)”不是有效的截止日期：请写 月-日，如 01-31。什么也没有改动。"
        case .mergedAway(let from, let into):
            "机关 \(from) 已在这里并入 \(into)（机关合并），它的报告现在记在 \(into) 名下：请先同步取回"
                + "（`nianbao sync` 或 `nianbao pull`），本节点会跟着合并，然后再推送。什么也没有改动。"
        case .mergedInto(let from, let into, let name):
            "机关编号 \(from) 已并入 \(into)（\(name)），它的报告现在记在 \(into) 名下：请改用 \(into)"
                + "（例如 \(into)/年度）。什么也没有改动。"
        case .notRegistered(let id):
            "本节点还没有登记编号为 \(id) 的机关：请先用 `nianbao agency add \(id) --name 机关全称` 登记它，"
                + "再为它创建令牌或添加填报员（`nianbao agency list` 列出已登记的机关）。什么也没有改动。"
        case .notAnAlias(let name, let agency):
            "“\(name)”不是\(agency)的别名（`nianbao agency list` 列出每个机关的别名；机关的正式名称只能用"
                + " `nianbao agency rename` 改）。什么也没有改动。"
        }
    }

    private var englishDescription: String {
        switch self {
        case .idTaken(let id):
            "An agency with the id \(id) exists already (`nianbao agency list` lists them). Nothing was changed."
        case .agencyNotFound(let id):
            "No agency has the id \(id) (`nianbao agency list` lists them). Nothing was changed."
        case .invalidName(let name):
            "“\(name.showingInvisibleCharacters)” cannot be an agency's name: write 1 to 100 characters, without line"
                + " breaks or invisible control characters. Nothing was changed."
        case .nameTaken(let name, let agency):
            "The name “\(name)” is already the name or an alias of agency \(agency) (or is with its county or city"
                + " added or dropped): one name names one agency; to have \(agency) written so, use nianbao agency"
                + " rename \(agency) \(name). Nothing was changed."
        case .sameAgency(let id):
            "\(id) cannot be its own parent. Nothing was changed."
        case .mergeIntoItself(let id):
            "Agency \(id) cannot be merged into itself: a merge names two different agency ids, first the one that"
                + " goes, then the one that stays (`nianbao agency merge OLD-ID NEW-ID`; `nianbao agency list` lists"
                + " them). Nothing was changed."
        case .mergeConflict(let from, let into, let years):
            "\(from) and \(into) both have a report for \(years.map(String.init).joined(separator: ", ")), with"
                + " different texts, so they cannot become one id. If they are one office: decide which text stays,"
                + " commit it to the other id too (`nianbao export \(into)/\(years.first ?? 0) -o keep.txt`, then"
                + " `nianbao commit keep.txt --agency \(from) --year \(years.first ?? 0)`) and merge once both are the"
                + " same; the other text stays in the history. If two townships became one: do not merge the ids; earlier"
                + " years' reports stay under each, and `nianbao agency expect YEAR ID…` sets who must report each"
                + " year. Nothing was changed."
        case .followConflict(let from, let into, let years):
            "This node's \(from) report of \(years.map(String.init).joined(separator: ", ")) differs from \(into)'s"
                + " there, and what of it is this node's own edit cannot be told, so it is kept here under \(from), not"
                + " deleted and not sent. Export it (`nianbao export \(from)/\(years.first ?? 0) -o mine.txt`) for the"
                + " county office to check; do not commit the other report under \(from), which would overwrite it."
        case .invalidDeadline(let text):
            "“\(text)” is not a deadline: write month-day, such as 01-31. Nothing was changed."
        case .mergedAway(let from, let into):
            "Agency \(from) was merged into \(into) here, and its reports are \(into)'s now: pull first (`nianbao sync`"
                + " or `nianbao pull`), this node merges too, then push. Nothing was changed."
        case .mergedInto(let from, let into, let name):
            "The agency id \(from) was merged into \(into) (\(name)), and its reports are \(into)'s now: use \(into)"
                + " (such as \(into)/YEAR). Nothing was changed."
        case .notRegistered(let id):
            "No agency with the id \(id) is registered here: register it first with `nianbao agency add \(id) --name"
                + " FULL-NAME`, then create its token or add its clerk (`nianbao agency list` lists the registered agencies)."
                + " Nothing was changed."
        case .notAnAlias(let name, let agency):
            "“\(name)” is not an alias of \(agency) (`nianbao agency list` lists each agency's aliases; an agency's own"
                + " name is changed only with `nianbao agency rename`). Nothing was changed."
        }
    }

    /// What kind of failure it is.
    var kind: RepositoryError.Kind {
        switch self {
        case .idTaken, .invalidName, .nameTaken, .sameAgency, .mergeIntoItself, .invalidDeadline: .badInput
        case .agencyNotFound, .notRegistered, .notAnAlias: .notFound
        case .mergeConflict, .followConflict, .mergedAway: .conflict
        case .mergedInto: .notFound
        }
    }
}

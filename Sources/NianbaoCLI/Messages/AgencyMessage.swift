import ReportModel
import ReportRepository

/// The lines `nianbao agency` and the import summary print about agencies, in Chinese, or in English with
/// `--lang en` / `NIANBAO_LANG=en`.
enum AgencyMessage {
    case added(id: String, name: String)
    case addedFromFile(count: Int)
    case fromAlone
    case ownOffice(id: String, name: String)
    case renamedThere(old: String, new: String)
    case nameNeeded
    case aliasesNow(Agency)
    case renamed(id: String, name: String, aliases: [String])
    case merged(AgencyMergeOutcome)
    case expected(year: Int, count: Int, isDefault: Bool)
    case expectedReset(year: Int)
    case noAgencies
    case newAgency(id: String, name: String, suggestions: [String])
    case expectNeedsIDs

    /// The text in the process's language.
    var text: String {
        switch self {
        case .added(let id, let name):
            Language.pick(
                "已登记机关 \(id)（\(name)）。给它发令牌：nianbao token create --agency \(id)",
                "Registered agency \(id) (\(name)). Its token: nianbao token create --agency \(id)")
        case .addedFromFile(let count):
            count == 0
                ? Language.pick("文件里没有机关，什么也没有登记。", "The file lists no agency: nothing was registered.")
                : Language.pick(
                    "已登记 \(count) 个机关，编号在前（给乡镇发令牌：nianbao token create --agency 编号）：",
                    "Registered \(Language.counted(count, "agency", plural: "agencies")), ids first (a township's"
                        + " token: nianbao token create --agency ID):")
        case .ownOffice(let id, let name):
            Language.pick(
                "  本节点的单位：\(name)（\(id)）；提交报告时写 --agency \(id)。",
                "  This node's office: \(name) (\(id)); commit its reports with --agency \(id).")
        case .renamedThere(let old, let new):
            Language.pick("  \(old) 已改名为 \(new)。", "  \(old) is now called \(new).")
        case .fromAlone:
            Language.pick(
                "--from 登记文件里的机关：编号、--name、--alias 和 --parent 写在文件的各行里，不能同时写在命令里。",
                "--from registers the file's agencies: their ids, names and parents are in its lines, not on the"
                    + " command line with it.")
        case .nameNeeded:
            Language.pick(
                "请写出机关全称（--name 长子县常张乡人民政府），或用 --from 文件 登记一个文件里的全部机关。",
                "Give the agency's full name (--name NAME), or --from FILE for every agency of a file.")
        case .renamed(let id, let name, let aliases):
            Language.pick(
                "\(id) 现在叫 \(name)；别名：\(aliases.isEmpty ? "（无）" : aliases.joined(separator: "、"))",
                "\(id) is now called \(name); aliases: \(aliases.isEmpty ? "(none)" : aliases.joined(separator: ", "))")
        case .aliasesNow(let agency):
            Language.pick(
                "\(agency.name)（\(agency.id)）的别名：\(agency.aliases.isEmpty ? "（无）" : agency.aliases.joined(separator: "、"))",
                "Aliases of \(agency.name) (\(agency.id)): "
                    + (agency.aliases.isEmpty ? "(none)" : agency.aliases.joined(separator: ", ")))
        case .merged(let outcome):
            Language.pick(
                "已把 \(outcome.from) 合并到 \(outcome.into)：移过去的年度 \(Self.years(outcome.moved))；"
                    + "两边内容相同的年度 \(Self.years(outcome.same))。"
                    + (outcome.tookName
                        ? "\(outcome.into) 采用 \(outcome.from) 的名称。" : "\(outcome.from) 的名称成为 \(outcome.into) 的别名。"),
                "Merged \(outcome.from) into \(outcome.into): moved years \(Self.years(outcome.moved)); years with the"
                    + " same content \(Self.years(outcome.same)). "
                    + (outcome.tookName
                        ? "\(outcome.into) takes \(outcome.from)'s name."
                        : "\(outcome.from)'s name is now an alias of \(outcome.into).")
            )
        case .expected(let year, let count, let isDefault):
            Language.pick(
                "\(year) 年度应报送的机关 \(count) 个" + (isDefault ? "（默认：全部乡镇/街道和县直部门）" : "（县里设定的名单）") + "：",
                "\(Language.counted(count, "agency", plural: "agencies")) must report for \(year)"
                    + (isDefault ? " (default: every township and department)" : "")
                    + ":")
        case .expectedReset(let year):
            Language.pick(
                "\(year) 年度应报送的机关恢复为默认：全部乡镇/街道和县直部门。",
                "The agencies expected for \(year) are the default again: every township and department.")
        case .noAgencies:
            Language.pick(
                "还没有登记机关：用 `nianbao agency add --name 全称` 登记（`--from 名单文件` 一次登记全部），或 `nianbao import` 导入报告。",
                "No agencies yet: `nianbao agency add --name NAME` registers one (`--from FILE` a list), `nianbao import` adds them too."
            )
        case .newAgency(let id, let name, let suggestions):
            Language.pick(
                "新机关  \(id)（\(name)）"
                    + (suggestions.isEmpty
                        ? "" : "：是不是 \(suggestions.joined(separator: "、"))？如是，用 `nianbao agency merge \(id) 编号` 合并"),
                "new agency \(id) (\(name))"
                    + (suggestions.isEmpty
                        ? ""
                        : ": did you mean \(suggestions.joined(separator: ", "))? If so, `nianbao agency merge \(id) ID`")
            )
        case .expectNeedsIDs:
            Language.pick(
                "请写出应报送的机关编号，或用 --default 恢复默认名单。", "Name the agencies expected, or --default for the default list.")
        }
    }

    private static func years(_ years: [Int]) -> String {
        years.isEmpty ? Language.pick("（无）", "(none)") : years.map(String.init).joined(separator: "、")
    }
}

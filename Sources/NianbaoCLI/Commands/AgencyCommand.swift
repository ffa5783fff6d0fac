public import ArgumentParser
import Foundation
import ReportModel
public import ReportRepository

extension AgencyKind: ExpressibleByArgument {}

extension Nianbao {
    /// `nianbao agency add|list|alias|merge|expect`: the county's register of agencies.
    struct AgencyCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "agency", _superCommandName: Nianbao.toolName,
            abstract: Language.pick(
                "管理机关名册：登记、列出、别名、合并，以及每个年度应报送的机关。",
                "Manage the register of agencies: add, list, aliases, merge, and who must report each year."),
            subcommands: [Add.self, List.self, Alias.self, Rename.self, Merge.self, Expect.self])

        /// `nianbao agency add [ID] --name NAME [--alias A]… [--parent ID] [--kind KIND]`, or
        /// `nianbao agency add --from FILE [--kind KIND]`.
        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add",
                abstract: Language.pick(
                    "登记一个机关，或用 --from 登记一个文件里的全部机关；不写编号时由名称生成拼音编号。",
                    "Register an agency, or with --from every agency of a file; an id left out is made from the name."),
                discussion: Language.pick(
                    """
                    编号由名称生成时与 import 的规则相同：去掉前面的县市名、“人民政府”等和末尾的乡、镇、街道等后取拼音\
                    （长子县常张乡人民政府 → changzhang），已有同一编号时加 -2、-3…。--from 文件每行一个机关：\
                    全称[<TAB>编号[<TAB>上级编号]]（与 import 的 agencies.tsv 同一格式，编号可以不写）；\
                    有一行不对时整个文件都不登记，并指出是第几行。登记后列出每个机关的编号：给乡镇发令牌时用 \
                    nianbao token create --agency 编号。
                    """,
                    """
                    An id made from the name follows import's rule: the pinyin of the name without the county or \
                    city in front, 人民政府 and the like, or a trailing 乡, 镇, 街道… (长子县常张乡人民政府 → changzhang), \
                    with -2, -3… when that id is taken. A --from file has one agency a line: \
                    FULL-NAME[<TAB>ID[<TAB>PARENT-ID]] (import's agencies.tsv format, the id optional); when a line is \
                    wrong, nothing of the file is registered and the line is named. Each agency is printed with its \
                    id, which nianbao token create --agency takes.
                    """))

            @Argument(
                help: ArgumentHelp(
                    Language.pick(
                        "机关编号：拼音或统一社会信用代码，如 changzhang；不写时由名称生成。",
                        "The agency's id, as changzhang; made from the name when left out.")))
            var id: String?

            @Option(name: .long, help: ArgumentHelp(Language.pick("全称，如 长子县常张乡人民政府。", "The full name.")))
            var name: String?

            @Option(
                name: .long,
                help: ArgumentHelp(
                    Language.pick(
                        "登记这个文件里的全部机关，每行：全称[<TAB>编号[<TAB>上级编号]]（- 为标准输入）。",
                        "Register every agency of this file, lines FULL-NAME[<TAB>ID[<TAB>PARENT-ID]] (- for stdin)."),
                    valueName: "FILE"))
            var from: String?

            @Option(name: .long, help: ArgumentHelp(Language.pick("别名（可写多次），如 常张乡。", "Another name (repeatable).")))
            var alias: [String] = []

            @Option(name: .long, help: ArgumentHelp(Language.pick("上级机关的编号。", "The id of the office above it.")))
            var parent: String?

            @Option(
                name: .long,
                help: ArgumentHelp(
                    Language.pick(
                        "类别：township（乡镇/街道）、department（县直部门）、government（本级政府）；不写时按名称推断"
                            + "（用 --from 时对文件里的每个机关）。",
                        "township, department or government (with --from, of every agency of the file); guessed from"
                            + " the name when not given.")))
            var kind: AgencyKind?

            @OptionGroup var administrator: AdministratorOptions
            @OptionGroup var repository: RepositoryOptions
            @OptionGroup var output: FormatOptions

            func validate() throws {
                if from != nil {
                    guard id == nil, name == nil, alias.isEmpty, parent == nil else {
                        throw ValidationError(AgencyMessage.fromAlone.text)
                    }
                } else if name == nil {
                    throw ValidationError(AgencyMessage.nameNeeded.text)
                }
            }

            func run() async throws {
                let by = try administrator.name()
                let opened = try repository.open()
                guard let name else {
                    let file = from ?? "-"
                    let text = String(decoding: try FileInput.read(file), as: UTF8.self)
                    let agencies = try await opened.addAgencies(listing: text, file: file, kind: kind, by: by)
                    switch output.chosen {
                    case .json: try Output.printJSON(AgenciesJSON(agencies: agencies.map(RegisteredAgencyJSON.init)))
                    case .text:
                        Output.print(AgencyMessage.addedFromFile(count: agencies.count).text)
                        for agency in agencies { Output.print(RegisteredAgencyJSON.line(agency)) }
                    }
                    return
                }
                let agency = try await opened.addAgency(
                    id: id, name: name, aliases: alias, parent: parent, kind: kind, by: by)
                switch output.chosen {
                case .json: try Output.printJSON(RegisteredAgencyJSON(agency))
                case .text: Output.print(AgencyMessage.added(id: agency.id, name: agency.name).text)
                }
            }
        }

        /// `nianbao agency list [--format json]`.
        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "list", abstract: Language.pick("按拼音顺序列出全部机关。", "List every agency, in pinyin order."))

            @OptionGroup var repository: RepositoryOptions
            @OptionGroup var output: FormatOptions

            func run() async throws {
                let agencies = try await repository.open(.readOnly).agencyRegistry()
                switch output.chosen {
                case .json: try Output.printJSON(AgenciesJSON(agencies: agencies.map(RegisteredAgencyJSON.init)))
                case .text:
                    if agencies.isEmpty { Output.print(AgencyMessage.noAgencies.text) }
                    for agency in agencies { Output.print(RegisteredAgencyJSON.line(agency)) }
                }
            }
        }

        /// `nianbao agency alias ID ALIAS…`.
        struct Alias: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "alias",
                abstract: Language.pick(
                    "给机关加上别名（报告里的其他写法）；加 --remove 删去别名。",
                    "Give an agency other names; with --remove, take them away."))

            @Argument(help: ArgumentHelp(Language.pick("机关编号。", "The agency's id.")))
            var id: String

            @Argument(help: ArgumentHelp(Language.pick("别名，如 常张乡 长子县常张乡人民政府。", "The other names.")))
            var aliases: [String]

            @Flag(
                name: .long,
                help: ArgumentHelp(
                    Language.pick(
                        "删去这些别名（如误加的、或别的机关的名称）：以后写这个名称的文件不再算作这个机关的报告；已保存的报告不变。",
                        "Take these aliases away: a file naming the agency so is no longer taken for its report.")))
            var remove = false

            @OptionGroup var administrator: AdministratorOptions
            @OptionGroup var repository: RepositoryOptions
            @OptionGroup var output: FormatOptions

            func run() async throws {
                let by = try administrator.name()
                let opened = try repository.open()
                let agency =
                    remove
                    ? try await opened.removeAliases(aliases, from: id, by: by)
                    : try await opened.addAliases(aliases, to: id, by: by)
                switch output.chosen {
                case .json: try Output.printJSON(RegisteredAgencyJSON(agency))
                case .text: Output.print(AgencyMessage.aliasesNow(agency).text)
                }
            }
        }

        /// `nianbao agency rename ID NAME`.
        struct Rename: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "rename",
                abstract: Language.pick(
                    "给机关改名（如撤乡设镇：常张乡人民政府改为常张镇人民政府）：旧名称成为别名，以前的报告仍然对得上。",
                    "Rename an agency (a township that became a town): the old name becomes an alias, so earlier reports"
                        + " still match it."))

            @Argument(help: ArgumentHelp(Language.pick("机关编号。", "The agency's id.")))
            var id: String

            @Argument(help: ArgumentHelp(Language.pick("新名称，如 长子县常张镇人民政府。", "The new name.")))
            var name: String

            @OptionGroup var administrator: AdministratorOptions
            @OptionGroup var repository: RepositoryOptions
            @OptionGroup var output: FormatOptions

            func run() async throws {
                let by = try administrator.name()
                let agency = try await repository.open().renameAgency(id, to: name, by: by)
                switch output.chosen {
                case .json: try Output.printJSON(RegisteredAgencyJSON(agency))
                case .text:
                    Output.print(AgencyMessage.renamed(id: agency.id, name: agency.name, aliases: agency.aliases).text)
                }
            }
        }

        /// `nianbao agency merge FROM INTO`.
        struct Merge: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "merge",
                abstract: Language.pick(
                    "把同一机关的两个编号合并为一个：FROM 的报告移到 INTO 名下，FROM 的名称成为别名。",
                    "Merge two ids of one office: FROM's reports move under INTO, FROM's name becomes an alias."))

            @Argument(help: ArgumentHelp(Language.pick("要并掉的机关编号。", "The id merged away.")))
            var from: String

            @Argument(help: ArgumentHelp(Language.pick("保留的机关编号。", "The id kept.")))
            var into: String

            @OptionGroup var administrator: AdministratorOptions
            @OptionGroup var repository: RepositoryOptions
            @OptionGroup var output: FormatOptions

            func run() async throws {
                let by = try administrator.name()
                let outcome = try await repository.open().mergeAgency(from, into: into, author: by)
                switch output.chosen {
                case .json: try Output.printJSON(AgencyMergeJSON(outcome))
                case .text: Output.print(AgencyMessage.merged(outcome).text)
                }
            }
        }

        /// `nianbao agency expect YEAR [ID…] [--default]`.
        struct Expect: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "expect",
                abstract: Language.pick(
                    "设定或查看一个年度应报送的机关（默认：全部乡镇/街道和县直部门）。",
                    "Set or show the agencies that must report for a year (default: every township and department)."))

            @Argument(help: ArgumentHelp(Language.pick("年度，如 2024。", "The year.")))
            var year: Int

            @Argument(help: ArgumentHelp(Language.pick("应报送的机关编号；不写时列出当前名单。", "The agencies; none shows the list.")))
            var ids: [String] = []

            @Flag(name: .long, help: ArgumentHelp(Language.pick("恢复默认名单。", "Go back to the default list.")))
            var `default` = false

            @OptionGroup var repository: RepositoryOptions
            @OptionGroup var output: FormatOptions

            func validate() throws {
                if `default`, !ids.isEmpty { throw ValidationError(AgencyMessage.expectNeedsIDs.text) }
            }

            func run() async throws {
                let opened = try repository.open(ids.isEmpty && !`default` ? .readOnly : .singleConnection)
                if `default` {
                    try await opened.setExpectedAgencies(nil, year: year)
                    Output.diagnose(AgencyMessage.expectedReset(year: year).text)
                } else if !ids.isEmpty {
                    try await opened.setExpectedAgencies(ids, year: year)
                }
                let (agencies, isDefault) = try await opened.expectedAgencies(year: year)
                switch output.chosen {
                case .json:
                    try Output.printJSON(
                        ExpectedJSON(
                            year: year, isDefault: isDefault, agencies: agencies.map(RegisteredAgencyJSON.init)))
                case .text:
                    Output.print(AgencyMessage.expected(year: year, count: agencies.count, isDefault: isDefault).text)
                    for agency in agencies { Output.print(RegisteredAgencyJSON.line(agency)) }
                }
            }
        }
    }
}

/// One agency in `nianbao agency list --format json`.
struct RegisteredAgencyJSON: JSONOutput {
    let id: String
    let name: String
    let aliases: [String]
    @NullEncodable var parent: String?
    @NullEncodable var kind: String?

    init(_ agency: Agency) {
        id = agency.id
        name = agency.name
        aliases = agency.aliases
        parent = agency.parent
        kind = agency.kind?.rawValue
    }

    /// `changzhang	长子县常张乡人民政府	乡镇/街道	上级 zhangzi	别名 常张乡`.
    static func line(_ agency: Agency) -> String {
        let kind = agency.kind ?? AgencyNaming.guessedKind(of: agency.name)
        var columns = [agency.id, agency.name, Language.pick(kind.label, kind.englishLabel)]
        if let parent = agency.parent { columns.append(Language.pick("上级 ", "parent ") + parent) }
        if !agency.aliases.isEmpty {
            columns.append(
                Language.pick("别名 ", "aliases ") + agency.aliases.joined(separator: Language.pick("、", ", ")))
        }
        return columns.joined(separator: "\t")
    }
}

/// `nianbao agency list --format json`.
struct AgenciesJSON: JSONOutput {
    let agencies: [RegisteredAgencyJSON]
}

/// `nianbao agency expect YEAR --format json`.
struct ExpectedJSON: JSONOutput {
    let year: Int
    let isDefault: Bool
    let agencies: [RegisteredAgencyJSON]
}

/// `nianbao agency merge FROM INTO --format json`.
struct AgencyMergeJSON: JSONOutput {
    let from: String
    let into: String
    let moved: [Int]
    let same: [Int]

    init(_ outcome: AgencyMergeOutcome) {
        from = outcome.from
        into = outcome.into
        moved = outcome.moved
        same = outcome.same
    }
}

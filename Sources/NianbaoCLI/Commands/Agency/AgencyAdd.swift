import ArgumentParser
import ReportModel
import ReportRepository

extension Nianbao.AgencyCommand {
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
}

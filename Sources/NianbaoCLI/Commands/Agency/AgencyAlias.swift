import ArgumentParser
import ReportModel
import ReportRepository

extension Nianbao.AgencyCommand {
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
}

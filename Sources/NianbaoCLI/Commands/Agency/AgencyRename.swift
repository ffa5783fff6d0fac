import ArgumentParser
import ReportModel
import ReportRepository

extension Nianbao.AgencyCommand {
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
}

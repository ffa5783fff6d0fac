import ArgumentParser
import ReportModel
import ReportRepository

extension Nianbao.AgencyCommand {
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
}

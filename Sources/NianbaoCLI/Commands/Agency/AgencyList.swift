import ArgumentParser
import ReportModel
import ReportRepository

extension Nianbao.AgencyCommand {
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
}
